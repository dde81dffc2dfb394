import type { Rule } from './noise-engine';
import { labelSet, matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { COMMENT_TOKENS } from '../data/noise-tokens';
import { iframeHost } from './remove-ads';

const TOKENS = tokenMatcher(COMMENT_TOKENS);
const LABELS = labelSet('commentLabels');
const COUNT = /^\d+ (comments?|टिप्पणियां|टिप्पणी|कमेंट्स?)$/u;

/** Comment sections (class/id, comment-platform iframes) and their headings/buttons. */
export const commentsRule: Rule = {
  pass: 'removeComments',
  structure(t, ctx) {
    if (!t.attrs) return null;
    if (t.tag === 'iframe' && /(^|\.)disqus\.com$/.test(iframeHost(t.el))) return 'comments iframe';
    return matchTokens(t, TOKENS, ctx);
  },
  phrase(_t, b) {
    return LABELS.has(b.label) || COUNT.test(b.label) ? { reason: `comments label "${b.label}"`, widen: 'links' } : null;
  },
};

export const removeComments = rulePass(commentsRule);
