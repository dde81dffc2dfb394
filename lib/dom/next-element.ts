// The pre-order element walks of the core. Under jsdom a walk is many times cheaper than
// querySelectorAll or a live collection, so several passes walk the tree instead. `elementWalk`
// (a TreeWalker) is the cheapest when the tree keeps its shape; `nextElement` restarts from any
// element, so walks that skip subtrees or change the tree use it.

/** The element after `el` in document order, staying below `root` (null when the walk is done). */
export function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let at: Element | null = el;
  while (at && at !== root && !at.nextElementSibling) at = at.parentElement;
  return at && at !== root ? at.nextElementSibling : null;
}

/**
 * The elements below `root` (not `root`) in document order: call the result until it gives null.
 * A TreeWalker moves inside jsdom in one call per element where `nextElement` makes two or three
 * (about 0.6x the time on copied articles). Attributes may change during the walk, the tree's
 * shape may not.
 */
export function elementWalk(root: Element): () => Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  return () => walker.nextNode() as Element | null;
}

/** The first element below `root`, in document order, passing `test` (which may count and stop). */
export function findDescendant(root: Element, test: (el: Element) => boolean): Element | null {
  // nextElement: searches are short and often stop early, where making a TreeWalker would not pay.
  for (let el = root.firstElementChild; el; el = nextElement(el, root)) if (test(el)) return el;
  return null;
}

/**
 * Descendants of `root` that pass `test`, in document order, as a static array (safe to change
 * the tree while looping over it). Under jsdom a query for the same elements costs many times
 * a walk with a plain test.
 */
export function allWhere<T extends Element = Element>(root: Element, test: (el: Element) => boolean): T[] {
  const out: Element[] = [];
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) if (test(el)) out.push(el);
  return out as T[];
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
