// Source indentation survives as runs of spaces and newlines between tags; outside <pre> a
// browser renders any run as one space, so collapse them and keep the output small (a line
// break between blocks, one space elsewhere). Text inside pre/code/textarea is left alone.
import type { PassContext } from '../passes/pass-context';

const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const PRESERVE = new Set(['pre', 'code', 'textarea', 'listing', 'plaintext', 'xmp', 'samp', 'kbd']);

export function collapseWhitespace(root: Element, _ctx: PassContext): void {
  const doc = root.ownerDocument;
  // SHOW_TEXT = 4; a TreeWalker is iterative and fast on large bodies.
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (!/[ \t\n\r\f]{2}|[\t\n\r\f]/.test(value)) continue;
    let preserved = false;
    for (let p = n.parentElement; p && p !== root.parentElement; p = p.parentElement) {
      if (PRESERVE.has(p.localName)) { preserved = true; break; }
    }
    if (preserved) continue;
    n.nodeValue = /^[ \t\n\r\f]+$/.test(value) && /\n/.test(value) ? '\n' : value.replace(COLLAPSIBLE, ' ');
  }
}
