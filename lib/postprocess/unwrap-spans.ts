// Spans and <font>s only carried styling the reader view does not use; without their classes
// they are noise in the markup. Spans that set a language or direction stay.
import type { PassContext } from '../passes/pass-context';
import { HTML_NS, all, unwrap } from './dom';

export function unwrapSpans(root: Element, _ctx: PassContext): void {
  for (const el of all(root, 'span, font')) {
    if (el.namespaceURI !== HTML_NS) continue;
    if (el.hasAttribute('lang') || el.hasAttribute('dir') || el.hasAttribute('id')) continue;
    // A span of plain text after text joins it in one step (what unwrap and normalize below
    // would do in four tree mutations).
    const only = el.firstChild;
    const prev = el.previousSibling;
    if (only && only === el.lastChild && only.nodeType === 3 && prev?.nodeType === 3) {
      (prev as Text).appendData((only as Text).data);
      el.remove();
    } else unwrap(el);
  }
  root.normalize();
}
