import type { Rule } from './noise-engine';
import { labelSet, matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { SHARE_NEGATIVE_TOKENS, SHARE_TOKENS } from '../data/noise-tokens';

const TOKENS = tokenMatcher(SHARE_TOKENS, SHARE_NEGATIVE_TOKENS);
const LABELS = labelSet('shareLabels');

/** Social share and follow bars, and their buttons/labels ("Share", "शेयर करें", "Followed"). */
export const shareRule: Rule = {
  pass: 'removeShareBars',
  structure(t, ctx) {
    return t.attrs ? matchTokens(t, TOKENS, ctx) : null;
  },
  phrase(_t, b) {
    return LABELS.has(b.label) ? { reason: `share/follow label "${b.label}"`, widen: 'links' } : null;
  },
};

export const removeShareBars = rulePass(shareRule);
