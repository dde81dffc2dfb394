import type { Rule } from './noise-engine';
import { isLinkLike, labelSet, matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { AUTHOR_BIO_TOKENS, POST_GRID_TOKENS, REVIEW_TOKENS, WIDGET_TOKENS } from '../data/noise-tokens';
import { descendantsWithAttr } from '../dom/has-tag';

/** On articles, author bio boxes and builders' post grids too; on forums the same names hold each post's author. */
const ARTICLE_TOKENS = tokenMatcher({ strong: [...WIDGET_TOKENS.strong, ...AUTHOR_BIO_TOKENS, ...POST_GRID_TOKENS], weak: WIDGET_TOKENS.weak });
/** Names that say "a box about the writer" (matched first, to guard them apart). */
const AUTHOR_BOX_TOKENS = tokenMatcher({ strong: AUTHOR_BIO_TOKENS, weak: [] });
/** On other pages (products), shopper review sections too. */
const OTHER_TOKENS = tokenMatcher({ strong: [...WIDGET_TOKENS.strong, ...REVIEW_TOKENS], weak: WIDGET_TOKENS.weak });
const LABELS = labelSet('widgetLabels');
const NAV = labelSet('navLabels');
const SHOP = labelSet('shopLabels');
const TOC = labelSet('tocLabels');
const AUTHOR_BOX = labelSet('authorBoxLabels');
/** An author or reviewer bio: a name, a role, a paragraph or two, links to their posts. */
const MAX_BIO_CHARS = 1500;
/** Share of a table of contents' links that must point into the page. */
const MIN_IN_PAGE_LINKS = 0.6;

/**
 * Recirculation widgets: trending, most read, related, recommended, next article, sidebars, author
 * bio boxes (by class/id); in the phrase stage their headings ("Trending Videos", "सबसे ज्यादा पढ़ी गई",
 * "Next Article") with the box of links after them, and navigation items ("Election") that are links.
 */
export const widgetsRule: Rule = {
  pass: 'removeWidgets',
  structure(t, ctx) {
    if (!t.attrs) return null;
    if (ctx.pageKind !== 'article') return matchTokens(t, OTHER_TOKENS, ctx);
    // A bio box no longer than a bio is never the article, whatever share of the page's <p> text
    // it holds (a blog writing its body in <div>s has few <p>s: the bio's may be most of them).
    const bio = matchTokens(t, AUTHOR_BOX_TOKENS, ctx);
    if (bio) return (t.el.textContent ?? '').length <= MAX_BIO_CHARS ? { ...bio, unguarded: true } : bio;
    return matchTokens(t, ARTICLE_TOKENS, ctx);
  },
  phrase(t, b, ctx) {
    // On other pages (shops) the box after the heading may be a carousel of product cards.
    if (LABELS.has(b.label)) return { reason: `widget heading "${b.label}"`, widen: 'links', list: ctx.pageKind === 'other' ? 'cards' : 'links-or-empty' };
    if (ctx.pageKind === 'article' && AUTHOR_BOX.has(b.label)) return { reason: `author box "${b.label}"`, box: MAX_BIO_CHARS };
    if (TOC.has(b.label) && !listsOtherPages(t.el, ctx.url)) return { reason: `table of contents "${b.label}"`, widen: 'links', list: 'links' };
    if (ctx.pageKind === 'other' && SHOP.has(b.label)) return { reason: `shop widget heading "${b.label}"`, widen: 'links', list: 'cards' };
    if (NAV.has(b.label) && isLinkLike(t, b)) return { reason: `navigation item "${b.label}"`, widen: 'links' };
    return null;
  },
};

/**
 * Whether the links after a table-of-contents heading (in the siblings after it, or after its
 * wrapper; a one-link toggle button is passed over) go mostly to other pages: the chapters below a
 * documentation page, which are content. A jump list into the page ("#fares",
 * "https://site/this-page#fares") repeats the page's own headings; with no list left (dropped
 * as navigation, or filled by the page's script) the heading is alone.
 */
function listsOtherPages(el: Element, pageUrl: string): boolean {
  let page: URL | null = null;
  try {
    page = new URL(pageUrl);
  } catch {
    // Without the page's address only bare "#anchors" count as in the page.
  }
  for (let n: Element | null = el, i = 0; n && i < 4; n = n.parentElement, i++) {
    for (let s = n.nextElementSibling, j = 0; s && j < 3; s = s.nextElementSibling, j++) {
      const links = descendantsWithAttr(s, 'a', 'href');
      if (links.length < 2) continue;
      let inPage = 0;
      for (const a of links) if (isInPageLink(a.getAttribute('href')!, page)) inPage++;
      return inPage < MIN_IN_PAGE_LINKS * links.length;
    }
  }
  return false;
}

function isInPageLink(href: string, page: URL | null): boolean {
  if (href.startsWith('#')) return true;
  if (!page || !href.includes('#')) return false;
  try {
    const url = new URL(href, page);
    return url.host === page.host && url.pathname.replace(/\/$/, '') === page.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

export const removeWidgets = rulePass(widgetsRule);
