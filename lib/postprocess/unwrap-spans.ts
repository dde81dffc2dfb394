// Spans and <font>s only carried styling the reader view does not use; without their classes
// they are noise in the markup. Spans that set a language or direction stay.
import type { PassContext } from '../passes/pass-context';
import { HTML_NS, all, normalizeText, unwrap } from './dom';

export function unwrapSpans(root: Element, _ctx: PassContext): void {
  for (const el of all(root, 'span, font')) {
    if (el.namespaceURI !== HTML_NS) continue;
    if (el.hasAttribute('lang') || el.hasAttribute('dir') || el.hasAttribute('id')) continue;
    // A span of plain text after text joins it in one step (what unwrap and normalize below
    // would do in four tree mutations).
    const only = el.firstChild;
    const lone = only && only === el.lastChild && only.nodeType === 3 ? (only as Text) : null;
    const prev = lone && el.previousSibling;
    const next = lone && prev?.nodeType !== 3 && el.nextSibling;
    if (lone && prev?.nodeType === 3) {
      (prev as Text).appendData(lone.data);
      el.remove();
    } else if (lone && next && next.nodeType === 3) {
      // Likewise before text ("<p><span>The</span> river"): it would join what follows.
      (next as Text).insertData(0, lone.data);
      el.remove();
    } else unwrap(el);
  }
  normalizeText(root);
}
