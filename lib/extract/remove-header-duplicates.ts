import type { PassContext } from '../passes/pass-context';
import type { Metadata } from '../metadata/read-metadata';
import { elementWalk } from '../dom/next-element';

/** Names of elements that hold the byline or dateline rather than article text. */
const BYLINE_NAMES = /(^|[\s_-])(byline|by-line|author|authors|writer|dateline|timestamp|publish(ed)?-?(date|time|on)?|posted-?on|article-?meta|story-?meta|meta-?data|date)([\s_-]|$)/i;
/** Words a byline line may carry; a longer block is prose and stays. */
const MAX_BYLINE_WORDS = 25;

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The title, byline line and dateline are reported apart, so they must not be repeated at the
 * top of the body. Only the first heading equal to the title is removed, and only short blocks
 * named like a byline.
 */
export function removeHeaderDuplicates(root: Element, ctx: PassContext, meta: Metadata): void {
  const title = normalize(meta.title);
  if (title) {
    for (const h of Array.from(root.querySelectorAll('h1, h2')).slice(0, 3)) {
      const text = normalize(h.textContent ?? '');
      if (text && (text === title || (text.length > 15 && (title.includes(text) || text.includes(title))))) {
        ctx.remove(h, 'removeHeaderDuplicates', 'the title, shown apart');
        break;
      }
    }
    // A lone h1 that is not the title is still the page headline in most layouts.
    const h1s = root.getElementsByTagName('h1');
    if (h1s.length === 1 && root.firstElementChild && isNearStart(root, h1s[0])) ctx.remove(h1s[0], 'removeHeaderDuplicates', 'the headline, shown apart');
  }
  for (const el of namedElements(root)) {
    if (!el.parentNode) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    const tag = el.localName;
    if (!BYLINE_NAMES.test(names) && tag !== 'address' && !(tag === 'time' && el.parentElement === root)) continue;
    if (el.closest('p') && tag !== 'p') continue; // a date inside a sentence stays
    const words = (el.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
    if (words > MAX_BYLINE_WORDS || el.querySelector('p, img, figure, h2, h3')) continue;
    ctx.remove(el, 'removeHeaderDuplicates', 'byline or dateline, shown apart');
  }
}

/**
 * `root.querySelectorAll('[class], [id], [rel="author"], address, time')` as a walk (the query
 * costs many walks under jsdom; jsdom matches `rel`'s value case-insensitively, as here).
 */
function namedElements(root: Element): Element[] {
  const out: Element[] = [];
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    const tag = el.localName;
    if (tag === 'address' || tag === 'time' || (el.hasAttributes() && (el.hasAttribute('class') || el.hasAttribute('id') || el.getAttribute('rel')?.toLowerCase() === 'author'))) out.push(el);
  }
  return out;
}

/** True when nothing but whitespace-short text precedes `el` in `root`. */
function isNearStart(root: Element, el: Element): boolean {
  let chars = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (el.contains(n)) return true;
    chars += (n.nodeValue ?? '').trim().length;
    if (chars > 200) return false;
  }
  return false;
}
