import { allWhere, elementWalk, findDescendant } from './next-element';

/**
 * Whether an element with one of `tags` (lower-case names) is below `el`: `el.querySelector('a, b')`
 * as a boolean. Through getElementsByTagName, which jsdom answers by walking its own tree: a
 * selector query compiles its selector afresh in every document (each page, each copy), and its
 * first use there costs tenths of a millisecond where this costs microseconds.
 */
export function hasDescendantTag(el: Element, tags: readonly string[]): boolean {
  for (const tag of tags) if (el.getElementsByTagName(tag).length) return true;
  return false;
}

/**
 * The same question for a longer list (`CONTENT_INSIDE`'s ten tags): one walk of the subtree
 * instead of one lookup per tag, each of which walks it again when the answer is no.
 */
export function containsTag(el: Element, tags: ReadonlySet<string>): boolean {
  const next = elementWalk(el);
  for (let d = next(); d; d = next()) if (tags.has(d.localName)) return true;
  return false;
}

// Iterating a live getElementsByTagName collection is many times slower in jsdom than a walk
// (each index goes through the collection's proxy): the lists below come from walks.

/** The elements named `tag` (lower case) below `el`, in document order: `querySelectorAll('tag')`. */
export function descendantsNamed(el: Element, tag: string): Element[] {
  return allWhere(el, (d) => d.localName === tag);
}

/**
 * The elements named `tag` (lower case) below `el` that carry `attr`, in document order:
 * `el.querySelectorAll('tag[attr]')` without a selector compile (see hasDescendantTag).
 */
export function descendantsWithAttr(el: Element, tag: string, attr: string): Element[] {
  return allWhere(el, (d) => d.localName === tag && d.hasAttribute(attr));
}

/** The first element named `tag` (lower case) below `el`: `el.querySelector('tag')`. */
export function firstDescendantNamed(el: Element, tag: string): Element | null {
  return findDescendant(el, (d) => d.localName === tag);
}

/** The first element named `tag` below `el` that carries `attr`: `el.querySelector('tag[attr]')`. */
export function firstDescendantWithAttr(el: Element, tag: string, attr: string): Element | null {
  return findDescendant(el, (d) => d.localName === tag && d.hasAttribute(attr));
}

/** The nearest of `el` and its ancestors named `tag` (lower case): `el.closest('tag')`. */
export function closestTag(el: Element, tag: string): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (at.localName === tag) return at;
  return null;
}

/** Whether an ancestor of `el` (not `el` itself) is named `tag` (lower case). */
export function hasAncestor(el: Element, tag: string): boolean {
  return !!el.parentElement && !!closestTag(el.parentElement, tag);
}

/**
 * `el.closest(selector)` for a selector of tags and attribute values, as a test of each element
 * from `el` up: a selector query is compiled afresh in every document (each page).
 */
export function closestWhere(el: Element, test: (e: Element, tag: string) => boolean): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (test(e, e.localName)) return e;
  return null;
}

/** `closest('article, main, [itemprop="articleBody"], [role="main"]')`: the content part of the page. */
export function closestContent(el: Element): Element | null {
  return closestWhere(el, (e, tag) => tag === 'article' || tag === 'main' || (e.hasAttributes() && (e.getAttribute('itemprop') === 'articleBody' || e.getAttribute('role') === 'main')));
}
