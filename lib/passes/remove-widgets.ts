import type { Rule } from './noise-engine';
import { isLinkLike, labelSet, matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { AUTHOR_BIO_TOKENS, REVIEW_TOKENS, WIDGET_TOKENS } from '../data/noise-tokens';

/** On articles, author bio boxes too; on forums the same names hold each post's author. */
const ARTICLE_TOKENS = tokenMatcher({ strong: [...WIDGET_TOKENS.strong, ...AUTHOR_BIO_TOKENS], weak: WIDGET_TOKENS.weak });
/** On other pages (products), shopper review sections too. */
const OTHER_TOKENS = tokenMatcher({ strong: [...WIDGET_TOKENS.strong, ...REVIEW_TOKENS], weak: WIDGET_TOKENS.weak });
const LABELS = labelSet('widgetLabels');
const NAV = labelSet('navLabels');
const SHOP = labelSet('shopLabels');

/**
 * Recirculation widgets: trending, most read, related, recommended, next article, sidebars, author
 * bio boxes (by class/id); in the phrase stage their headings ("Trending Videos", "सबसे ज्यादा पढ़ी गई",
 * "Next Article") with the box of links after them, and navigation items ("Election") that are links.
 */
export const widgetsRule: Rule = {
  pass: 'removeWidgets',
  structure(t, ctx) {
    return t.attrs ? matchTokens(t, ctx.pageKind === 'article' ? ARTICLE_TOKENS : OTHER_TOKENS, ctx) : null;
  },
  phrase(t, b, ctx) {
    // On other pages (shops) the box after the heading may be a carousel of product cards.
    if (LABELS.has(b.label)) return { reason: `widget heading "${b.label}"`, widen: 'links', list: ctx.pageKind === 'other' ? 'cards' : 'links-or-empty' };
    if (ctx.pageKind === 'other' && SHOP.has(b.label)) return { reason: `shop widget heading "${b.label}"`, widen: 'links', list: 'cards' };
    if (NAV.has(b.label) && isLinkLike(t, b)) return { reason: `navigation item "${b.label}"`, widen: 'links' };
    return null;
  },
};

export const removeWidgets = rulePass(widgetsRule);
