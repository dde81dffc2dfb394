// A tree built by DOM calls can hold nestings the HTML parser never builds, and then its HTML
// parses back as a different tree. The page's own parser makes some of them: content foster-
// parented out of a malformed table lands inside the element around the table (`<p><table><p>x`
// gives a <p> inside a <p>). The output string must parse back to itself (every consumer
// sanitizes it again), so these nestings are mended before it is written.
import { elementWalk } from '../dom/next-element';

/** Start tags that close an open <p> ("in body" insertion mode: close a p element in button scope). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section',
  'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'plaintext', 'table', 'hr', 'xmp',
  'li', 'dd', 'dt',
]);
/** Where the search for an open <p> stops (the "button scope" boundaries). */
const P_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button', 'svg', 'math']);
/** Special elements the parser's search for an open <li>/<dd>/<dt> stops at (all but address, div, p). */
const LIST_ITEM_STOPS = new Set([
  'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption',
  'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe',
  'img', 'input', 'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes',
  'noscript', 'object', 'ol', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary',
  'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
  'svg', 'math',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Table parts and the parents the parser puts them in; anywhere else it drops the tag (an article root that was a table gives its rows). */
const TABLE_PARENTS: Record<string, string[]> = {
  caption: ['table'], colgroup: ['table'], thead: ['table'], tbody: ['table'], tfoot: ['table'],
  col: ['colgroup'], tr: ['tbody', 'thead', 'tfoot'], td: ['tr'], th: ['tr'],
};
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Mends what can be mended in place under `holder` and says whether the rest is stable:
 *  - a <p> holding a block that would close it becomes a <div> (same children, same order);
 *  - returns false when a list item sits inside another of its kind, a heading directly inside a
 *    heading, or a table part outside its place: the caller then takes the parse of the HTML
 *    instead (rare; it costs a round trip).
 */
export function mendParseNesting(holder: Element): boolean {
  const paragraphs = new Set<Element>();
  // Ancestors whose way up to the scope's end was already searched (by a walk from below them,
  // which went on to that end): a later search stops there, so each element is passed once, not
  // once per block below it.
  const searched = new Set<Element>();
  let stable = true;
  const next = elementWalk(holder);
  for (let el = next(); el; el = next()) {
    if (el.namespaceURI !== HTML_NS) continue;
    const tag = el.localName;
    if (CLOSES_P.has(tag)) {
      for (let a = el.parentElement; a && a !== holder && !P_SCOPE.has(a.localName) && !searched.has(a); a = a.parentElement) {
        searched.add(a);
        if (a.localName === 'p') paragraphs.add(a);
      }
    }
    if (tag === 'li' || tag === 'dd' || tag === 'dt') {
      for (let a = el.parentElement; a && a !== holder; a = a.parentElement) {
        const up = a.localName;
        if (tag === 'li' ? up === 'li' : up === 'dd' || up === 'dt') stable = false;
        if (LIST_ITEM_STOPS.has(a.localName)) break;
      }
    }
    if (HEADINGS.has(tag) && el.parentElement && HEADINGS.has(el.parentElement.localName)) stable = false;
    const parents = TABLE_PARENTS[tag];
    if (parents && !parents.includes(el.parentElement?.localName ?? '')) stable = false;
  }
  for (const p of paragraphs) {
    const div = p.ownerDocument.createElement('div');
    for (const name of p.getAttributeNames()) div.setAttribute(name, p.getAttribute(name)!);
    while (p.firstChild) div.appendChild(p.firstChild);
    p.replaceWith(div);
  }
  return stable;
}
