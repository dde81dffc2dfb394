import type { Rule } from './noise-engine';
import { findPattern, matchTokens, patternList, rulePass, tokenMatcher } from './noise-engine';
import { CONSENT_TOKENS } from '../data/noise-tokens';

const TOKENS = tokenMatcher(CONSENT_TOKENS);
const PATTERNS = patternList('consentPatterns');

/** Cookie, consent and GDPR bars (consent-platform class/ids; "We use cookies" notices). */
export const consentRule: Rule = {
  pass: 'removeConsentBars',
  structure(t, ctx) {
    return t.attrs ? matchTokens(t, TOKENS, ctx) : null;
  },
  phrase(_t, b) {
    const p = findPattern(b, PATTERNS);
    return p ? { reason: `consent notice /${p.source}/`, widen: 'links' } : null;
  },
};

export const removeConsentBars = rulePass(consentRule);
