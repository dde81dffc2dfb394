import type { Rule } from './noise-engine';
import { findPattern, labelSet, matchTokens, patternList, rulePass, tokenMatcher } from './noise-engine';
import { PROMO_TOKENS } from '../data/noise-tokens';

const TOKENS = tokenMatcher(PROMO_TOKENS);
const LABELS = labelSet('promoLabels');
const PATTERNS = patternList('promoPatterns');

/** Newsletter sign-ups and app-download promos ("डाउनलोड करें … App", "एप में पढ़ें", "Read in app"). */
export const promosRule: Rule = {
  pass: 'removePromos',
  structure(t, ctx) {
    return t.attrs ? matchTokens(t, TOKENS, ctx) : null;
  },
  phrase(_t, b) {
    if (LABELS.has(b.label)) return { reason: `promo "${b.label}"`, widen: 'links' };
    const p = findPattern(b, PATTERNS);
    return p ? { reason: `promo /${p.source}/`, widen: 'wrapper' } : null;
  },
};

export const removePromos = rulePass(promosRule);
