/** Saar's extraction core: pure, standard DOM only; the content script, CLI, benchmark and tests all call it. */
export { detectArticle } from './detect/detect-article';
export { extractArticle, extractArticleSteps, ATTEMPTS } from './extract/extract-article';
export type { ExtractStep } from './extract/extract-article';
export { extractArticleAsync } from './extract/extract-article-async';
export type { AsyncExtractHooks } from './extract/extract-article-async';
export type * from './types';
