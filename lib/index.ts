/** Saar's extraction core: pure, standard DOM only; the content script, CLI, benchmark and tests all call it. */
export { detectArticle } from './detect/detect-article';
export { extractArticle, ATTEMPTS } from './extract/extract-article';
export type * from './types';
