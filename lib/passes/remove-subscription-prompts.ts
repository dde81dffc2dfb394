import type { Rule } from './noise-engine';
import { findPattern, labelSet, matchTokens, patternList, rulePass, tokenMatcher } from './noise-engine';
import { SUBSCRIPTION_TOKENS } from '../data/noise-tokens';
import { MODAL_ROLES } from '../data/noise-structure';

const TOKENS = tokenMatcher(SUBSCRIPTION_TOKENS);
const LABELS = labelSet('subscribeLabels');
const PATTERNS = patternList('subscribePatterns');

/**
 * Paywalls, subscribe/sign-in prompts and premium banners ("सब्सक्राइब करें", "एड फ्री अनुभव के
 * लिए … सब्सक्राइब करें"), and the modals they open in (<dialog>, role=dialog, aria-modal).
 */
export const subscriptionRule: Rule = {
  pass: 'removeSubscriptionPrompts',
  structure(t, ctx) {
    if (t.tag === 'dialog') return '<dialog>';
    if (!t.attrs) return null;
    const role = t.attr('role');
    if (role && MODAL_ROLES.has(role)) return `modal (role=${role})`;
    if (t.attr('aria-modal') === 'true') return 'modal (aria-modal)';
    return matchTokens(t, TOKENS, ctx);
  },
  phrase(_t, b) {
    if (LABELS.has(b.label)) return { reason: `subscribe prompt "${b.label}"`, widen: 'links' };
    const p = findPattern(b, PATTERNS);
    return p ? { reason: `subscribe prompt /${p.source}/`, widen: 'wrapper' } : null;
  },
};

export const removeSubscriptionPrompts = rulePass(subscriptionRule);
