// The same caption printed twice (a slideshow's captions repeated under inline images, a gallery
// and its lightbox copy, a gallery's full and truncated caption) is read once. Only captions and
// photo credits (<figcaption> or a class naming them): paragraphs repeat on purpose (the same
// question put to each person interviewed, a meal plan's repeated lines), and so do quotes.
import type { PassContext } from '../passes/pass-context';
import { allWhere } from '../dom/next-element';

const PASS = 'removeRepeatedCaptions';
/** `figcaption, [class*="caption" i], [class*="credit" i]`, as a test (see `allWhere`). */
const isCaptionBlock = (el: Element): boolean => {
  if (el.localName === 'figcaption') return true;
  const cls = el.getAttribute('class');
  return !!cls && /caption|credit/i.test(cls);
};
/** Shorter captions ("Photo: AP") may repeat legitimately. */
const MIN_CHARS = 40;
/** Compared pairwise: a page with more captions than this is compared on the first ones only. */
const MAX_CAPTIONS = 300;
/** The toggle a caption ends with when it has a short and a full version ("… more", "less"). */
const TOGGLE = /\s*(?:(?:\.\.\.|…)\s*)?(?:(?:read|show|see) )?(?:more|less)?\s*(?:\.\.\.|…)?$/u;
const MEDIA = 'img, picture, video, iframe, math, svg';

export function removeRepeatedCaptions(root: Element, ctx: PassContext): void {
  const seen: Array<{ key: string; el: Element }> = [];
  for (const el of allWhere(root, isCaptionBlock)) {
    if (!root.contains(el) || seen.length >= MAX_CAPTIONS) continue;
    const key = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase().replace(TOGGLE, '');
    if (key.length < MIN_CHARS) continue;
    let drop = false;
    for (const s of seen) {
      // A caption's own wrapper (<figcaption><div class="caption">…) is the same caption, not a copy.
      if (s.el.contains(el) || el.contains(s.el) || !root.contains(s.el)) continue;
      // The same caption again, or its truncated version ("… more") after the full one.
      if (s.key === key || s.key.startsWith(key)) {
        drop = true;
        break;
      }
      // The full version after the truncated one: the truncated one goes.
      if (key.startsWith(s.key) && !s.el.querySelector(MEDIA)) {
        ctx.remove(s.el, PASS, 'a shorter copy of a later caption');
        s.key = key;
        s.el = el;
        break;
      }
    }
    if (!drop) {
      if (!seen.some((s) => s.el === el)) seen.push({ key, el });
      continue;
    }
    // A caption holding an image keeps it.
    if (el.querySelector(MEDIA)) continue;
    ctx.remove(el, PASS, 'the same text appeared earlier in the article');
  }
}
