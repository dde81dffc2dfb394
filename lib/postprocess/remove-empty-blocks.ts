// After cleaning, wrappers whose content was removed are left empty; they would show as blank
// gaps. Images, rules, line breaks and formulas are content without text and are never dropped,
// nor is anything holding them, nor a footnote target.
import type { PassContext } from '../passes/pass-context';
import { all } from './dom';

const PASS = 'removeEmptyBlocks';
const CANDIDATES = new Set(['p', 'div', 'span', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'blockquote', 'figure', 'figcaption', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'font', 'strong', 'em', 'b', 'i', 'u', 'small', 'center', 'a', 'address', 'details', 'summary']);
/** Content that has no text of its own. */
const CONTENT_WITHOUT_TEXT = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'math', 'hr', 'table', 'canvas', 'object', 'embed', 'source']);
/** Inline wrappers kept when they hold a <br> (a line break inside running text). */
const INLINE = new Set(['span', 'a', 'font', 'strong', 'em', 'b', 'i', 'u', 'small']);
const VISIBLE = /[^\s\u00a0\u200b-\u200d\u2060\ufeff]/;

export function removeEmptyBlocks(root: Element, ctx: PassContext): void {
  const elements = all(root, '*');
  // One bottom-up sweep (descendants come after their ancestors in document order): an element
  // has content when it is content, has visible text, is a link target, or a child has content.
  const full = new Set<Element>();
  const hasBr = new Set<Element>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i];
    const name = el.localName;
    let content = CONTENT_WITHOUT_TEXT.has(name) || el.hasAttribute('id') || (name === 'a' && el.hasAttribute('name'));
    for (let c = el.firstChild; c && !content; c = c.nextSibling) {
      if (c.nodeType === 3) content = VISIBLE.test(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        if (full.has(c as Element)) content = true;
        else if ((c as Element).localName === 'br' || hasBr.has(c as Element)) hasBr.add(el);
      }
    }
    if (content) full.add(el);
  }
  for (const el of elements) {
    if (full.has(el) || !CANDIDATES.has(el.localName) || !el.parentNode || !root.contains(el)) continue;
    // <br>s alone do not make a block worth keeping; an inline wrapper around one is a line break.
    if (INLINE.has(el.localName) && hasBr.has(el)) continue;
    // An inline wrapper of whitespace separates words ("from<span> </span>import" in highlighted
    // code): its whitespace stays in its place.
    const space = el.textContent ?? '';
    if (space && INLINE.has(el.localName)) {
      el.replaceWith(el.ownerDocument.createTextNode(space));
      continue;
    }
    ctx.remove(el, PASS, 'empty after cleaning');
  }
}
