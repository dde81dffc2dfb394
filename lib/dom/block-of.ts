/** Elements that sit inside a line of text: the line belongs to the block around them. */
const INLINE = new Set(['a', 'span', 'time', 'strong', 'em', 'b', 'i', 'u', 'small', 'abbr', 'font', 'sup', 'sub', 'mark', 'cite', 'q', 's']);

/** The nearest element around `node`, below `root`, that is not inline: the block its text is a line of (null when that is `root`). */
export function blockOf(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (!INLINE.has(el.localName)) return el;
  return null;
}
