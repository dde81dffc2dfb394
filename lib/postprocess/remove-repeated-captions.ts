// The same caption printed twice (a slideshow's captions repeated under inline images, a gallery
// and its lightbox copy, a gallery's full and truncated caption) is read once. Only captions and
// photo credits (<figcaption> or a class naming them): paragraphs repeat on purpose (the same
// question put to each person interviewed, a meal plan's repeated lines), and so do quotes.
import type { PassContext } from '../passes/pass-context';
import { all } from './dom';

const PASS = 'removeRepeatedCaptions';
const BLOCKS = 'figcaption, [class*="caption" i], [class*="credit" i]';
/** Shorter captions ("Photo: AP") may repeat legitimately. */
const MIN_CHARS = 40;

export function removeRepeatedCaptions(root: Element, ctx: PassContext): void {
  const seen = new Map<string, Element>();
  for (const el of all(root, BLOCKS)) {
    if (!root.contains(el)) continue;
    const key = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (key.length < MIN_CHARS) continue;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, el);
      continue;
    }
    // A caption's own wrapper (<figcaption><div class="caption">…) is the same caption, not a copy.
    if (first.contains(el)) continue;
    // A caption holding an image keeps it.
    if (el.querySelector('img, picture, video, iframe, math, svg')) continue;
    ctx.remove(el, PASS, 'the same text appeared earlier in the article');
  }
}
