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
