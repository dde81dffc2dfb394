// Source indentation survives as runs of spaces and newlines between tags; outside <pre> a
// browser renders any run as one space, so collapse them and keep the output small (a line
// break between blocks, one space elsewhere). Text inside pre/code/textarea is left alone.
import type { PassContext } from '../passes/pass-context';

const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const PRESERVE = new Set(['pre', 'code', 'textarea', 'listing', 'plaintext', 'xmp', 'samp', 'kbd']);

export function collapseWhitespace(root: Element, _ctx: PassContext): void {
  const doc = root.ownerDocument;
  const stop = root.parentElement;
  // Whether an element is or sits in a preserving one, asked once per element: text nodes
  // share their parents, and each parentElement read is a jsdom call.
  const preserving = new Map<Element, boolean>();
  const isPreserved = (el: Element | null): boolean => {
    // Up to the first element already answered (iterative: copies can be 512 levels deep).
    const chain: Element[] = [];
    let yes = false;
    for (let p = el; p && p !== stop; p = p.parentElement) {
      const known = preserving.get(p);
      if (known !== undefined) { yes = known; break; }
      if (PRESERVE.has(p.localName)) { yes = true; preserving.set(p, true); break; }
      chain.push(p);
    }
    for (const p of chain) preserving.set(p, yes);
    return yes;
  };
  // SHOW_TEXT = 4; a TreeWalker is iterative and fast on large bodies.
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (!/[ \t\n\r\f]{2}|[\t\n\r\f]/.test(value)) continue;
    const collapsed = /^[ \t\n\r\f]+$/.test(value) && /\n/.test(value) ? '\n' : value.replace(COLLAPSIBLE, ' ');
    // A lone newline between blocks is common and already collapsed: writing it again would
    // only cost a mutation.
    if (collapsed === value || isPreserved(n.parentElement)) continue;
    n.nodeValue = collapsed;
  }
}
