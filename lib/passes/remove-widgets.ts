import type { Rule } from './noise-engine';
import { isLinkLike, labelSet, matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { WIDGET_TOKENS } from '../data/noise-tokens';

const TOKENS = tokenMatcher(WIDGET_TOKENS);
const LABELS = labelSet('widgetLabels');
const NAV = labelSet('navLabels');

/**
 * Recirculation widgets: trending, most read, related, recommended, next article, sidebars (by
 * class/id); in the phrase stage their headings ("Trending Videos", "सबसे ज्यादा पढ़ी गई",
 * "Next Article") with the box of links after them, and navigation items ("Election") that are links.
 */
export const widgetsRule: Rule = {
  pass: 'removeWidgets',
  structure(t, ctx) {
    return t.attrs ? matchTokens(t, TOKENS, ctx) : null;
  },
  phrase(t, b) {
    if (LABELS.has(b.label)) return { reason: `widget heading "${b.label}"`, widen: 'links', list: 'links-or-empty' };
    if (NAV.has(b.label) && isLinkLike(t, b)) return { reason: `navigation item "${b.label}"`, widen: 'links' };
    return null;
  },
};

export const removeWidgets = rulePass(widgetsRule);
