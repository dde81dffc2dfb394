import type { Rule } from './noise-engine';
import { matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { BREADCRUMB_TOKENS } from '../data/noise-tokens';
import { BREADCRUMB_SEPARATORS } from '../data/noise-structure';

const TOKENS = tokenMatcher(BREADCRUMB_TOKENS);
const TRAIL_TAGS = new Set(['nav', 'ol', 'ul', 'div', 'p', 'span', 'section']);

/**
 * Breadcrumb trails: by class/id, schema.org BreadcrumbList, aria-label; and in the phrase stage,
 * a short line of links joined by › » > → ("Hindi News › Technology › Tech Diary › …").
 */
export const breadcrumbsRule: Rule = {
  pass: 'removeBreadcrumbs',
  structure(t, ctx) {
    if (!t.attrs) return null;
    if ((t.attr('itemtype') ?? '').includes('BreadcrumbList')) return 'itemtype BreadcrumbList';
    if (/breadcrumb/i.test(t.attr('aria-label') ?? '')) return 'aria-label breadcrumb';
    return matchTokens(t, TOKENS, ctx);
  },
  phrase(t, b) {
    if (!TRAIL_TAGS.has(t.tag) || b.links < 2 || b.words > 40) return null;
    const seps = b.text.match(BREADCRUMB_SEPARATORS)?.length ?? 0;
    if (seps < 2 || seps < b.links - 1) return null;
    // `>` in code is generics or an arrow (`Result<i32, &str>`, `-> u8`), not a separator.
    // Asked last: the query costs more than the text test, and most blocks have no separators.
    return t.el.querySelector('pre, code') ? null : `breadcrumb trail (${b.links} links)`;
  },
};

export const removeBreadcrumbs = rulePass(breadcrumbsRule);
