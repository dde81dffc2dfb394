// The reader view brings its own styling: page classes, ids, inline styles, data-* and event
// handlers are dropped, keeping only what carries meaning (targets, sources, text alternatives,
// table structure, language, dates, quotes). Footnote ids (prefixed by keepFootnotes) stay.
import type { PassContext } from '../passes/pass-context';
import { HTML_NS } from './dom';
import { elementWalk } from '../dom/next-element';
import { ID_PREFIX } from './keep-footnotes';

/** Attributes kept on HTML elements. */
export const KEPT_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'sizes', 'media', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'headers',
  'scope', 'abbr', 'lang', 'dir', 'datetime', 'cite', 'start', 'reversed', 'poster', 'controls', 'open', 'span',
]);
/** `type` only where it means something to the reader (list numbering, media formats). */
const TYPE_ELEMENTS = new Set(['ol', 'li', 'source']);
/** Never kept, whatever the namespace. */
const ALWAYS_DROPPED = /^(?:on|data-|aria-)|^(?:class|style|id|name|tabindex|contenteditable|draggable|hidden|slot|is|nonce|xmlns:.*)$/i;

export function stripAttributes(root: Element, _ctx: PassContext): void {
  // A walk (removing attributes leaves the tree's shape alone), not a list of every element.
  const next = elementWalk(root);
  for (let el: Element | null = root; el; el = next()) {
    if (!el.hasAttributes()) continue;
    const html = el.namespaceURI === HTML_NS;
    if (html) {
      // Names only: reading `attributes` makes an Attr object per attribute (costly under jsdom).
      for (const name of el.getAttributeNames()) {
        const lower = name.toLowerCase();
        if (KEPT_ATTRIBUTES.has(lower) || (lower === 'type' && TYPE_ELEMENTS.has(el.localName)) || (lower === 'value' && el.localName === 'li')) continue;
        if (lower === 'id' && (el.getAttribute(name) ?? '').startsWith(ID_PREFIX)) continue;
        el.removeAttribute(name);
      }
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name === 'id' && attr.value.startsWith(ID_PREFIX)) continue;
      if (ALWAYS_DROPPED.test(name)) {
        // MathML and SVG attributes are presentation; the sanitizer's allow-list vets the rest.
        el.removeAttributeNS(attr.namespaceURI, attr.localName);
      }
    }
  }
}
