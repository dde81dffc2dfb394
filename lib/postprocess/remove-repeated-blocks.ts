// On pages that are not articles (forum threads, listings, shops), the same block printed twice is
// read once: a thread's opening post repeated above the replies, a reply quoting an earlier post
// whole, a product blurb in both the mobile and the desktop layout. Articles keep their repeats
// (the same question put to each person interviewed, a refrain): see remove-repeated-captions.ts.
import type { PassContext } from '../passes/pass-context';
import { elementWalk } from '../dom/next-element';

const PASS = 'removeRepeatedBlocks';
/** Shorter lines ("Reply", "Add to cart", "$19.99") repeat on purpose on such pages. */
const MIN_CHARS = 40;
/** Blocks that hold a line of text; one is compared only when no other block sits inside it. */
const BLOCKS = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'div', 'section', 'article', 'blockquote',
  'td', 'th', 'figcaption', 'header', 'footer', 'aside', 'address', 'details', 'summary',
]);
/** Other block-level children: a block holding one of these is a container, not a line. */
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'form', 'fieldset', 'nav', 'main', 'figure', 'picture', 'hr']);
/** Code repeats on purpose (the same line in two listings). */
const KEPT = new Set(['pre', 'code', 'math', 'svg']);

export function removeRepeatedBlocks(root: Element, ctx: PassContext): void {
  if (ctx.pageKind === 'article') return;
  const seen = new Map<string, Element>();
  const repeats: Element[] = [];
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    if (!BLOCKS.has(el.localName) || hasBlockChild(el)) continue;
    const key = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (key.length < MIN_CHARS || insideKept(el, root)) continue;
    const first = seen.get(key);
    // A block inside the first (a <p> in a <div> through an inline <span>) is the same text, not a copy.
    if (!first) seen.set(key, el);
    else if (!first.contains(el)) repeats.push(el);
  }
  for (const el of repeats) if (!el.querySelector('img, picture, video, iframe')) ctx.remove(el, PASS, 'the same text appeared earlier on the page');
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.localName) || CONTAINERS.has(c.localName) || KEPT.has(c.localName)) return true;
  return false;
}

function insideKept(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (KEPT.has(p.localName)) return true;
  return false;
}
