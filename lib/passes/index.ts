// OWNER: noise-passes helper. The ordered list of cleaning passes run on the cloned body
// before the article is located (structure first, phrases second).
import type { Pass } from './pass-context';

export interface NamedPass { name: string; run: Pass }

/** Run before scoring, on the whole cloned body. */
export const PRE_PASSES: NamedPass[] = [];
/** Run after the article root is chosen, on that subtree only (inline "also read", ad labels…). */
export const POST_PASSES: NamedPass[] = [];
