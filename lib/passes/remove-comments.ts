import type { Rule } from './noise-engine';
import { labelSet, matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { COMMENT_TOKENS } from '../data/noise-tokens';
import { iframeHost } from './remove-ads';

const TOKENS = tokenMatcher(COMMENT_TOKENS);
const LABELS = labelSet('commentLabels');
const COUNT_NOUNS = labelSet('commentCountNouns');
/** "12 Comments": a number and a comment-count noun of any language. */
const COUNT = /^\d+ (.+)$/u;

/** Comment sections (class/id, comment-platform iframes) and their headings/buttons. */
export const commentsRule: Rule = {
  pass: 'removeComments',
  structure(t, ctx) {
    if (!t.attrs) return null;
    if (t.tag === 'iframe' && /(^|\.)disqus\.com$/.test(iframeHost(t.el))) return 'comments iframe';
    const hit = matchTokens(t, TOKENS, ctx);
    // On an article page a named comment thread goes even when it outweighs a short post; on a
    // forum (page kind 'forum' or 'other') the posts are the content and the share guard keeps them.
    if (hit && hit.keepShare === undefined && ctx.pageKind === 'article') return { ...hit, unguarded: true };
    return hit;
  },
  phrase(_t, b) {
    return LABELS.has(b.label) || COUNT_NOUNS.has(COUNT.exec(b.label)?.[1] ?? '') ? { reason: `comments label "${b.label}"`, widen: 'links' } : null;
  },
};

export const removeComments = rulePass(commentsRule);
