// Stored pictures: checking what the tab sent (collect-images.ts), finding the stored copy of an
// <img>, and rewriting body HTML so stored pictures are used instead of the network.
import { IMAGE_LIMITS, type CollectReport, type ImageLimits, type SkipReason } from './collect-images';
import { isHttpUrl } from './validate';
import type { LibraryImage } from './types';
import type { ExtractResult } from '../../lib/types';
import type { LibraryDb } from './db';

/** Raster types only: an SVG can carry script and would need its own sanitizing. */
const STORED_TYPES = /^image\/(png|jpeg|gif|webp|avif)$/;
const DATA_URL = /^data:(image\/[\w.+-]+);base64,([A-Za-z0-9+/=]*)$/;

export interface ImageReport {
  kept: number;
  skipped: { src: string; reason: SkipReason | 'unsupported-type' }[];
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  // Chunks keep String.fromCharCode's argument list small.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/**
 * What the tab sent, checked again here (the tab is beside untrusted page code): shape, http(s)
 * sources, raster image types, and the same byte limits. Returns blobs ready to store.
 */
export function decodeCollected(raw: unknown, limits: ImageLimits = IMAGE_LIMITS): { images: { src: string; blob: Blob }[]; report: ImageReport } {
  const report: ImageReport = { kept: 0, skipped: [] };
  const images: { src: string; blob: Blob }[] = [];
  const r = raw as Partial<CollectReport> | null;
  if (Array.isArray(r?.skipped)) {
    for (const s of r.skipped.slice(0, 200)) if (s && typeof s.src === 'string' && typeof s.reason === 'string') report.skipped.push({ src: s.src.slice(0, 300), reason: s.reason });
  }
  let total = 0;
  for (const item of Array.isArray(r?.images) ? r.images : []) {
    if (!item || !isHttpUrl(item.src) || typeof item.dataUrl !== 'string') continue;
    if (images.length >= limits.maxImages) {
      report.skipped.push({ src: item.src, reason: 'too-many' });
      continue;
    }
    // base64 is 4/3 of the bytes: refuse oversized strings before decoding them.
    if (item.dataUrl.length > (limits.maxBytesPerImage * 4) / 3 + 64) {
      report.skipped.push({ src: item.src, reason: 'too-large' });
      continue;
    }
    const m = DATA_URL.exec(item.dataUrl);
    if (!m || !STORED_TYPES.test(m[1].toLowerCase())) {
      report.skipped.push({ src: item.src, reason: 'unsupported-type' });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(m[2]);
    } catch {
      report.skipped.push({ src: item.src, reason: 'not-an-image' });
      continue;
    }
    if (bytes.length > limits.maxBytesPerImage) {
      report.skipped.push({ src: item.src, reason: 'too-large' });
      continue;
    }
    if (total + bytes.length > limits.maxBytesPerArticle) {
      report.skipped.push({ src: item.src, reason: 'article-budget' });
      continue;
    }
    total += bytes.length;
    images.push({ src: item.src, blob: new Blob([bytes as BlobPart], { type: m[1].toLowerCase() }) });
  }
  report.kept = images.length;
  return { images, report };
}

/** Absolute http(s) addresses an <img> may show: its src, its srcset and its <picture> sources. */
export function imageCandidates(img: Element, baseUrl: string): string[] {
  const raw: string[] = [img.getAttribute('src') ?? ''];
  const sets = [img.getAttribute('srcset') ?? ''];
  if (img.parentElement?.localName === 'picture') {
    for (const s of Array.from(img.parentElement.querySelectorAll('source'))) sets.push(s.getAttribute('srcset') ?? '');
  }
  for (const set of sets) for (const part of set.split(/,\s+/)) raw.push(part.trim().split(/\s+/)[0] ?? '');
  const out: string[] = [];
  for (const u of raw) {
    if (!u || u.startsWith('data:')) continue;
    try {
      const abs = new URL(u, baseUrl);
      if ((abs.protocol === 'http:' || abs.protocol === 'https:') && !out.includes(abs.href)) out.push(abs.href);
    } catch {
      // Not a URL: nothing stored under it.
    }
  }
  return out;
}

/** The stored picture for `img`, if any of its candidates was kept. */
export function findStored<T extends { src: string }>(img: Element, baseUrl: string, bySrc: Map<string, T>): T | undefined {
  for (const c of imageCandidates(img, baseUrl)) {
    const hit = bySrc.get(c);
    if (hit) return hit;
  }
  return undefined;
}

export function bySrc<T extends { src: string }>(images: T[]): Map<string, T> {
  return new Map(images.map((i) => [i.src, i]));
}

/**
 * Body HTML with stored pictures pointed at `replace(stored, n)` (srcset, sizes and <picture>
 * sources dropped so the browser cannot pick a network copy). Pictures with nothing stored are
 * kept, or dropped when `dropOthers`. Parsing is inert (DOMParser): nothing loads or runs.
 */
export function rewriteImages<T extends { src: string }>(
  html: string,
  baseUrl: string,
  stored: Map<string, T>,
  replace: (img: T, n: number) => string,
  opts: { dropOthers?: boolean; parser?: DOMParser } = {},
): { html: string; used: T[] } {
  const doc = (opts.parser ?? new DOMParser()).parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const used: T[] = [];
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const hit = findStored(img, baseUrl, stored);
    if (!hit) {
      if (opts.dropOthers) img.remove();
      continue;
    }
    if (img.parentElement?.localName === 'picture') for (const s of Array.from(img.parentElement.querySelectorAll('source'))) s.remove();
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    let n = used.indexOf(hit);
    if (n < 0) n = used.push(hit) - 1;
    img.setAttribute('src', replace(hit, n));
  }
  // Serializing (reading) the inert body; callers insert it through the sanitizer as before.
  return { html: doc.body.innerHTML, used };
}

/**
 * The body HTML with the stored lead picture put first, as a figure with its caption and credit
 * (text only), unless the body already shows it. `leadStored` tells whether the lead was stored.
 * Readers and exports that use stored pictures show the lead from here.
 */
export function withStoredLead<T extends { src: string }>(result: ExtractResult, stored: Map<string, T>, parser: DOMParser = new DOMParser()): { html: string; leadStored: boolean } {
  const lead = result.leadImage;
  let leadSrc = '';
  try {
    leadSrc = lead?.src ? new URL(lead.src, result.url).href : '';
  } catch {
    // An unusable address: not stored under it.
  }
  const hit = leadSrc ? stored.get(leadSrc) : undefined;
  if (!lead || !hit) return { html: result.contentHtml, leadStored: false };
  const doc = parser.parseFromString(`<!doctype html><html><body>${result.contentHtml}</body></html>`, 'text/html');
  if (Array.from(doc.body.querySelectorAll('img')).some((img) => findStored(img, result.url, stored) === hit)) return { html: result.contentHtml, leadStored: true };
  const fig = doc.createElement('figure');
  const img = doc.createElement('img');
  img.setAttribute('src', hit.src);
  img.setAttribute('alt', lead.alt || lead.caption);
  fig.append(img);
  const credit = lead.credit.trim();
  const caption = [lead.caption.trim(), credit && !lead.caption.includes(credit) ? credit : ''].filter(Boolean).join(' · ');
  if (caption) {
    const fc = doc.createElement('figcaption');
    fc.textContent = caption;
    fig.append(fc);
  }
  doc.body.prepend(fig);
  return { html: doc.body.innerHTML, leadStored: true };
}

/** Stored pictures of one article (for export and the offline reader). */
export function articleImages(db: LibraryDb, articleId: string): Promise<LibraryImage[]> {
  return db.images.where('articleId').equals(articleId).toArray();
}
