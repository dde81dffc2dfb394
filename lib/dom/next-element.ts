// The one pre-order element walk of the core. Under jsdom a hand-rolled walk is many times cheaper
// than querySelectorAll, a TreeWalker or a live collection, so several passes walk the tree this way.

/** The element after `el` in document order, staying below `root` (null when the walk is done). */
export function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let at: Element | null = el;
  while (at && at !== root && !at.nextElementSibling) at = at.parentElement;
  return at && at !== root ? at.nextElementSibling : null;
}

/** The first element below `root`, in document order, passing `test` (which may count and stop). */
export function findDescendant(root: Element, test: (el: Element) => boolean): Element | null {
  for (let el = root.firstElementChild; el; el = nextElement(el, root)) if (test(el)) return el;
  return null;
}

/**
 * `Array.from(el.children)` without the live collection: under jsdom `children` is a proxied
 * collection re-read after every tree change, costing microseconds per call even for one child.
 */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) out.push(k);
  return out;
}
