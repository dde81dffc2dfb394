/**
 * What alike elements share (the cards of a grid, the items of a list, the posts of a thread): their
 * tag and first class name, digits dropped (`col-4`, `post-123`). Not the other names: CMSs add
 * each item's own categories, states and numbers after it (WordPress's `category-dinner tag-rice`,
 * WooCommerce's `first`/`last`/`outofstock`, `mv-list-single-10068`).
 */
export function signature(el: Element): string {
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0].replace(/\d+/g, '');
  return `${el.localName}|${first}`;
}

/** How many of `elements` share each signature. */
export function countBySignature(elements: Iterable<Element>): Map<string, number> {
  const out = new Map<string, number>();
  for (const el of elements) {
    const k = signature(el);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
