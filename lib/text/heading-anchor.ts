import { LETTER, NUMBER, replaceOutside } from './char-class';
// Documentation generators (Sphinx, rustdoc, MkDocs, Markdown renderers) give a section or a
// heading an id made from the heading's words: `<section id="respond-to-review-comments">`. Such an
// id repeats the heading; it does not say what the block is, so boilerplate names in it
// ("comments", "replies", "recommended") must not count.

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Fewer words than this and the id may just as well be a role name ("comments", "related-posts"). */
const MIN_WORDS = 3;

function slug(value: string): string {
  return replaceOutside(value.toLowerCase(), LETTER | NUMBER, '-').replace(/^-+|-+$/g, '');
}

/** The heading the element is, or the one it opens with (after empty anchors: `<span id="x"></span>`). */
function ownHeading(el: Element): Element | null {
  if (HEADING.has(el.localName)) return el;
  let first = el.firstElementChild;
  while (first && !first.firstChild && !HEADING.has(first.localName)) first = first.nextElementSibling;
  return first && HEADING.has(first.localName) ? first : null;
}

/** True when `id` is the slug of the element's own heading, with at least three words. */
export function isHeadingAnchor(el: Element, id: string): boolean {
  const s = slug(id).replace(/-\d+$/, '');
  if (s.split('-').length < MIN_WORDS) return false;
  const h = ownHeading(el);
  return !!h && slug(h.textContent ?? '') === s;
}
