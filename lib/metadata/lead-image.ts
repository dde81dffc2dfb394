import type { LeadImage } from '../types';
import { closestContent, closestTag, closestWhere, descendantsNamed, firstDescendantNamed, descendantsWithAttr } from '../dom/has-tag';
import { isDeskName } from './byline';
import { findDescendant } from '../dom/next-element';
import { alternation } from '../text/escape-regexp';

/**
 * Words that introduce an image credit: "Photo:", "Image credit:", "फोटो :" (photo), "चित्र:"
 * (picture), "तस्वीर" (picture), "साभार" (courtesy), "स्रोत" (source). Lowercase.
 */
export const CREDIT_MARKERS: readonly string[] = [
  'photo credit', 'photo credits', 'image credit', 'image credits', 'picture credit', 'photo courtesy',
  'image courtesy', 'image source', 'photo source', 'courtesy', 'credit', 'credits', 'photograph', 'photo', 'photos',
  'image', 'images', 'picture', 'pic', 'source', 'फोटो', 'फ़ोटो', 'फोटो क्रेडिट', 'चित्र', 'तस्वीर', 'इमेज', 'साभार',
  'स्रोत', 'सोर्स', 'ছবি', 'تصویر', 'صورة',
];
/** Credits that start with "courtesy" keep only the name. */
const COURTESY = /^(?:courtesy(?:\s+of)?|साभार|सौजन्य)\s*[:：]?\s*/iu;
/** Placeholder share images: a site logo is not a lead image. */
const PLACEHOLDER = /(?:^|[-_/.])(?:logo|default|placeholder|fallback|blank|dummy|no-?image)(?:[-_/.]|$)/i;

const MARKERS = alternation(CREDIT_MARKERS);
// The marker follows the start or separators, never a letter: no edge test needed before it.
const MARKER_COLON = new RegExp(`(?:^|[\\s\\-–—|,.(\\[]+)(?:${MARKERS})(?:\\s+by)?\\s*[:：]\\s*(.+?)[)\\]\\s]*$`, 'iu');
const MARKER_BY = /(?:^|[\s\-–—|,.(\[]+)(?:photo|photograph|image|picture|pic)s?\s+by\s+(.+?)[)\]\s]*$/iu;
const TRAILING_PARENS = /\s*[(\[]([^()[\]]{2,60})[)\]]\s*$/u;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Splits a caption line into caption and credit: "Tiktok - फोटो : अमर उजाला" → "Tiktok" /
 * "अमर उजाला"; "Photo: Reuters" → "" / "Reuters"; "A bus (Image credit: Getty)" → "A bus" / "Getty";
 * "A bus. Photo by Jane Doe/AP" → "A bus." / "Jane Doe/AP"; "A bus (Reuters)" → "A bus" / "Reuters".
 */
export function splitCaption(text: string): { caption: string; credit: string } {
  const t = squash(text);
  const m = MARKER_COLON.exec(t) ?? MARKER_BY.exec(t);
  if (m) {
    const caption = t.slice(0, m.index).replace(/[\s\-–—|,(\[]+$/, '').trim();
    return { caption, credit: m[1].replace(COURTESY, '').trim() };
  }
  const p = TRAILING_PARENS.exec(t);
  if (p && (isDeskName(p[1]) || /\b(?:images?|photos?|getty|shutterstock|istock|alamy|wikimedia|unsplash)\b/i.test(p[1]))) {
    return { caption: t.slice(0, p.index).trim(), credit: p[1].trim() };
  }
  return { caption: t, credit: '' };
}

/** The file name without extension and resize suffixes, to match an og:image with its <img>. */
export function imageKey(src: string): string {
  let path = src;
  try {
    path = new URL(src, 'https://x.invalid/').pathname;
  } catch {
    /* keep as is */
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    /* a malformed escape ("%zz") on the page: compare the name as written */
  }
  const file = name
    .toLowerCase()
    .replace(/\.(?:jpe?g|png|webp|gif|avif|bmp|svg)$/i, '')
    .replace(/(?:[-_@]\d+x\d*|[-_]\d+w|[-_](?:small|medium|large|thumb|thumbnail|original|scaled))+$/i, '');
  return file;
}

/** Printable ASCII without `%`: URL parsing and decoding can only drop characters of it, never add any. */
const PLAIN_ASCII = /^[\x20-\x24\x26-\x7e]*$/;

/**
 * False when `imageKey(src)` surely does not contain `probe`: for plain ASCII the key is a piece of
 * `src` lowercased, so the test spares the URL parse of most of a page's image sources.
 */
export function mayHaveKey(src: string, probe: string): boolean {
  return !PLAIN_ASCII.test(src) || src.toLowerCase().includes(probe);
}

function sourcesOf(img: Element): string[] {
  const out: string[] = [];
  for (const attr of ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-srcset', 'srcset']) {
    const v = img.getAttribute(attr);
    if (!v) continue;
    if (attr.endsWith('srcset')) for (const part of v.split(',')) out.push(part.trim().split(/\s+/)[0]);
    else out.push(v.trim());
  }
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture) for (const s of descendantsWithAttr(picture, 'source', 'srcset')) out.push((s.getAttribute('srcset') ?? '').split(',')[0].trim().split(/\s+/)[0]);
  return out.filter(Boolean);
}

export function absoluteUrl(src: string, base: string): string {
  try {
    const u = new URL(src, base || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

/** `[class*="credit" i]` and `[class*="copyright" i]` (ASCII case-insensitive, as in selectors). */
const CREDIT_CLASS = /credit|copyright/i;
const CREDIT_ONLY_CLASS = /credit/i;

/**
 * A credit: `[class*="credit" i], [class*="copyright" i], [itemprop="copyrightHolder"],
 * [itemprop="creditText"], cite, small` (a walk with this test spares compiling that selector
 * in each page's document under jsdom).
 */
export function isCaptionCredit(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'cite' || tag === 'small') return true;
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class');
  if (cls && CREDIT_CLASS.test(cls)) return true;
  const prop = el.getAttribute('itemprop');
  return prop === 'copyrightHolder' || prop === 'creditText';
}

/** `el.matches('[class*="credit" i]')`. */
function isCreditClass(el: Element): boolean {
  return CREDIT_ONLY_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * A caption box: `figcaption, [class*="caption" i], [class*="credit" i], [itemprop="caption"]`
 * (a walk with this test is much cheaper than that query under jsdom).
 */
function isCaptionLike(el: Element): boolean {
  if (el.localName === 'figcaption') return true;
  const cls = el.getAttribute('class')?.toLowerCase();
  if (cls && (cls.includes('caption') || cls.includes('credit'))) return true;
  return el.getAttribute('itemprop') === 'caption';
}

/** Whether `root` holds at least `n` <img> elements (stops counting there). */
function hasImages(root: Element, n: number): boolean {
  let seen = 0;
  return !!findDescendant(root, (el) => el.localName === 'img' && ++seen >= n);
}

/** The <img> in the page showing the same picture as `src` (the og:image / JSON-LD image). */
export function findImageElement(doc: Document, src: string, images?: Iterable<HTMLImageElement>): HTMLImageElement | null {
  const key = imageKey(src);
  if (!key || key.length < 3 || !doc.body) return null;
  let seen = 0;
  let fallback: HTMLImageElement | null = null;
  // Every key that matches `key` starts with, or is, this much of it (see mayHaveKey).
  const probe = key.slice(0, 8);
  for (const img of images ?? (descendantsNamed(doc.body, 'img') as HTMLImageElement[])) {
    if (++seen > 400) break;
    const hit = sourcesOf(img).some((s) => {
      if (!mayHaveKey(s, probe)) return false;
      const k = imageKey(s);
      return k === key || (k.length >= 8 && key.length >= 8 && (k.startsWith(key) || key.startsWith(k)));
    });
    if (!hit || closestWhere(img, (_, t) => t === 'nav' || t === 'footer' || t === 'aside')) continue;
    if (closestContent(img)) return img;
    fallback ??= img;
  }
  return fallback;
}

/** Caption and credit from the figure around `img`, or a caption element right beside it. */
export function captionOf(img: Element): { caption: string; credit: string } {
  let box: Element | null = closestTag(img, 'figure');
  let captionEl: Element | null = (box && firstDescendantNamed(box, 'figcaption'));
  if (!captionEl) {
    // No figure: a caption element within a couple of levels up.
    let up: Element | null = img.parentElement;
    for (let i = 0; up && i < 3 && !captionEl; i++, up = up.parentElement) {
      const c = findDescendant(up, isCaptionLike);
      if (c && !c.contains(img) && squash(c.textContent ?? '').length <= 300) { captionEl = c; box = up; }
      if (hasImages(up, 3)) break;
    }
  }
  if (!captionEl) return { caption: '', credit: '' };
  const full = squash(captionEl.textContent ?? '');
  const creditEl = isCreditClass(captionEl) ? null : (findDescendant(captionEl, isCaptionCredit) ?? (box && findDescendant(box, isCaptionCredit)));
  if (creditEl && !creditEl.contains(img)) {
    const creditText = squash(creditEl.textContent ?? '');
    const rest = captionEl.contains(creditEl) ? squash(full.replace(creditText, '')) : full;
    if (creditText) {
      const inner = splitCaption(creditText);
      return { caption: splitCaption(rest).caption, credit: inner.credit || inner.caption };
    }
  }
  if (isCreditClass(captionEl)) {
    const inner = splitCaption(full);
    return { caption: '', credit: inner.credit || inner.caption };
  }
  return splitCaption(full);
}

export interface LeadImageInput {
  /** og:image, twitter:image, JSON-LD image…, best first. */
  sources: string[];
  alt?: string;
  /** Caption and credit from JSON-LD, used when the page shows none. */
  caption?: string;
  credit?: string;
}

/** The lead image: the page's share image made absolute, with alt, caption and credit from its figure. */
export function findLeadImage(
  doc: Document,
  pageUrl: string,
  input: LeadImageInput,
  images?: Iterable<HTMLImageElement>,
): LeadImage | null {
  const base = pageUrl || doc.baseURI || '';
  for (const raw of input.sources) {
    const src = absoluteUrl(raw.trim(), base);
    if (!src) continue;
    const img = findImageElement(doc, src, images);
    if (!img && PLACEHOLDER.test(new URL(src).pathname)) continue;
    const fromPage = img ? captionOf(img) : { caption: '', credit: '' };
    return {
      src,
      alt: squash(img?.getAttribute('alt') ?? '') || squash(input.alt ?? ''),
      caption: fromPage.caption || squash(input.caption ?? ''),
      credit: fromPage.credit || squash(input.credit ?? ''),
    };
  }
  return null;
}
