/** Attributes never copied: styles (the reader has its own, and jsdom re-parses each one) and handlers. */
const isDroppedAttribute = (name: string): boolean => name === 'style' || name.startsWith('on');

/**
 * Copy `root` into `target` (an inert document: images do not load, scripts never run), leaving
 * out the elements in `excluded` and their subtrees. Iterative, so 10,000-deep nesting cannot
 * overflow the stack.
 */
export function copySubtree(root: Element, target: Document, excluded: Set<Element>): Element {
  const top = copyElement(root, target);
  const stack: Array<[Node, Node]> = [[root, top]];
  while (stack.length) {
    const [src, dst] = stack.pop()!;
    for (let c = src.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        if (excluded.has(c as Element)) continue;
        const copy = copyElement(c as Element, target);
        dst.appendChild(copy);
        stack.push([c, copy]);
      } else if (c.nodeType === 3) {
        dst.appendChild(target.createTextNode(c.nodeValue ?? ''));
      }
    }
  }
  return top;
}

function copyElement(el: Element, target: Document): Element {
  let copy: Element;
  try {
    copy = target.createElementNS(el.namespaceURI, el.localName);
  } catch {
    // The HTML parser accepts names (`p<`) that createElement refuses; import those as they are.
    copy = target.importNode(el, false) as Element;
    for (const a of Array.from(copy.attributes)) if (isDroppedAttribute(a.name)) copy.removeAttribute(a.name);
    return copy;
  }
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    if (isDroppedAttribute(a.name)) continue;
    try {
      if (a.namespaceURI) copy.setAttributeNS(a.namespaceURI, a.name, a.value);
      else copy.setAttribute(a.name, a.value);
    } catch {
      // A name the DOM refuses (e.g. `"foo`) is page garbage; dropping it loses nothing readable.
    }
  }
  return copy;
}
