// Lazy-loaded images keep the real address in a data-* attribute (or in a <noscript> fallback)
// and show a placeholder until page script swaps it in. No page script runs in the reader view,
// so do the swap here, and drop what is only a placeholder or a tracking pixel.
import type { PassContext } from '../passes/pass-context';
import { parseInertHtml } from '../sanitize/parse-inert';
import { splitSrcset } from '../sanitize/sanitize';
import { closestTag } from '../dom/has-tag';
import { elementWalk } from '../dom/next-element';
import { all } from './dom';

const PASS = 'fixLazyImages';

/** Attributes lazy loaders keep the real source in, most specific first. */
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-echo', 'data-orig-src', 'data-img-src', 'data-actualsrc', 'data-pagespeed-lazy-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

/** File names lazy loaders use while the real image waits. */
const PLACEHOLDER_NAME = /(?:^|[/_.-])(?:blank|spacer|pixel|transparent|placeholder|lazy|loading|loader|grey|gray|empty|1x1|dot)[\w-]*\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])/i;
/** Tracking-pixel paths (analytics beacons inside article bodies). */
const TRACKER = /(?:[/.]|^)(?:pixel|beacon|tracking|track|count|stats?|analytics|imp|impression)(?:[/.?]|$)|\/b\/ss\/|\/1x1\./i;
/** Inline images shorter than this are placeholders (a 1×1 gif is ~70 chars), longer ones real. */
const SMALL_DATA_URL = 600;

function isPlaceholderSrc(src: string): boolean {
  const s = src.trim();
  if (!s || s === '#' || s === 'about:blank') return true;
  if (/^data:/i.test(s)) return s.length < SMALL_DATA_URL || /^data:image\/svg/i.test(s);
  return PLACEHOLDER_NAME.test(s);
}

function looksLikeUrl(v: string | null): v is string {
  if (!v) return false;
  const s = v.trim();
  return !!s && !/\s/.test(s.split(/\s+/)[0] ?? '') && /^(?:https?:|\/\/|\/|\.\.?\/|[\w-])/i.test(s) && !/^(?:data|javascript|vbscript):/i.test(s) && !/^\{/.test(s);
}

/** Largest candidate of a srcset (by width or density), for the `src` a reader view shows. */
function bestFromSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const c of splitSrcset(srcset)) {
    if (isPlaceholderSrc(c.url)) continue;
    const m = /^(\d+(?:\.\d+)?)([wx])$/.exec(c.descriptor);
    const score = m ? parseFloat(m[1]) * (m[2] === 'x' ? 1000 : 1) : 1;
    if (score > bestScore) { best = c.url; bestScore = score; }
  }
  return best;
}

function fixSrcset(el: Element): void {
  const current = el.getAttribute('srcset');
  const currentOk = !!current && splitSrcset(current).some((c) => !isPlaceholderSrc(c.url));
  if (currentOk) return;
  for (const attr of LAZY_SRCSET_ATTRS) {
    const v = el.getAttribute(attr);
    if (v && splitSrcset(v).some((c) => looksLikeUrl(c.url))) { el.setAttribute('srcset', v.trim()); return; }
  }
  if (current) el.removeAttribute('srcset');
}

/** Point an <img> at its real image; false when it has none. */
function fixImage(img: Element): boolean {
  fixSrcset(img);
  const src = img.getAttribute('src') ?? '';
  if (!isPlaceholderSrc(src)) return true;
  for (const attr of LAZY_SRC_ATTRS) {
    const v = img.getAttribute(attr);
    if (looksLikeUrl(v) && !isPlaceholderSrc(v)) { img.setAttribute('src', v.trim()); return true; }
  }
  const fromSet = bestFromSrcset(img.getAttribute('srcset') ?? '');
  if (fromSet) { img.setAttribute('src', fromSet); return true; }
  // <picture>: the sources carry the image.
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture) {
    for (const source of all(picture, 'source')) {
      const best = bestFromSrcset(source.getAttribute('srcset') ?? '');
      if (best) { img.setAttribute('src', best); return true; }
    }
  }
  return false;
}

function isTracker(img: Element): boolean {
  const w = parseInt(img.getAttribute('width') ?? '', 10);
  const h = parseInt(img.getAttribute('height') ?? '', 10);
  if (w >= 0 && h >= 0 && w <= 2 && h <= 2) return true;
  const style = (img.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
  if (/(?:^|;)(?:width:[01]px|height:[01]px|display:none)/.test(style)) return true;
  const src = img.getAttribute('src') ?? '';
  return !/^data:/i.test(src) && !(img.getAttribute('alt') ?? '').trim() && TRACKER.test(src) && !/\.(?:jpe?g|png|webp|avif)(?:$|[?#])/i.test(src);
}

/** The image elements inside a <noscript>, whether the parser made them elements or raw text. */
function noscriptImages(ns: Element): Element[] {
  const doc = ns.ownerDocument;
  if (ns.firstElementChild) return all(ns, 'img, picture').filter((el) => !el.parentElement?.closest('picture') || el.localName === 'picture');
  const text = ns.textContent ?? '';
  if (!/<(?:img|picture)\b/i.test(text)) return [];
  const parsed = parseInertHtml(text, doc);
  // Only images cross over, adopted into the working document; nothing else is taken.
  return all(parsed.body, 'img, picture')
    .filter((el) => el.localName === 'picture' || !el.parentElement?.closest('picture'))
    .map((el) => doc.importNode(el, true) as Element);
}

/** The lazy image a <noscript> stands in for: its previous sibling, or that sibling's only image. */
function placeholderFor(ns: Element): Element | null {
  let prev = ns.previousElementSibling;
  if (!prev) return null;
  if (prev.localName === 'img' || prev.localName === 'picture') return prev;
  const imgs = all(prev, 'img');
  if (imgs.length === 1 && !(prev.textContent ?? '').trim()) prev = closestTag(imgs[0], 'picture') ?? imgs[0];
  else return null;
  return prev;
}

export function fixLazyImages(root: Element, ctx: PassContext): void {
  for (const ns of all(root, 'noscript')) {
    if (ctx.isRemoved(ns)) continue;
    const images = noscriptImages(ns);
    if (!images.length) { ctx.remove(ns, PASS, 'noscript without an image'); continue; }
    const target = placeholderFor(ns);
    const targetImg = target?.localName === 'img' ? target : target?.querySelector('img');
    const replace = !!target && (!targetImg || !fixImage(targetImg) || isPlaceholderSrc(targetImg.getAttribute('src') ?? ''));
    if (target && !replace) { ctx.remove(ns, PASS, 'noscript duplicate of a loaded image'); continue; }
    const parent = ns.parentNode!;
    for (const img of images) parent.insertBefore(img, ns);
    if (target && replace) ctx.remove(target, PASS, 'lazy placeholder replaced by its noscript image');
    ctx.remove(ns, PASS, 'noscript unwrapped to its image');
  }
  // One walk for both lists (fixSrcset changes attributes only, never the tree), instead of a
  // tag lookup and a query compiled in this copy for each.
  const sources: Element[] = [];
  const imgs: Element[] = [];
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    if (el.localName === 'img') imgs.push(el);
    else if (el.localName === 'source' && closestTag(el, 'picture')) sources.push(el);
  }
  for (const source of sources) fixSrcset(source);
  for (const img of imgs) {
    if (ctx.isRemoved(img)) continue;
    if (!fixImage(img)) { ctx.remove(img, PASS, 'placeholder image without a real source'); continue; }
    if (isTracker(img)) ctx.remove(img, PASS, 'tracking pixel');
  }
}
