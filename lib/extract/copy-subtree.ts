/**
 * Copy `root` into `target` (an inert document: images do not load, scripts never run), leaving
 * out the elements in `excluded` and their subtrees. Iterative, so 10,000-deep nesting cannot
 * overflow the stack.
 */
export function copySubtree(root: Element, target: Document, excluded: Set<Element>): Element {
  const top = target.importNode(root, false) as Element;
  const stack: Array<[Node, Node]> = [[root, top]];
  while (stack.length) {
    const [src, dst] = stack.pop()!;
    for (let c = src.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        if (excluded.has(c as Element)) continue;
        const copy = target.importNode(c, false);
        dst.appendChild(copy);
        stack.push([c, copy]);
      } else if (c.nodeType === 3) {
        dst.appendChild(target.createTextNode(c.nodeValue ?? ''));
      }
    }
  }
  return top;
}
