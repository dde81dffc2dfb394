// Showing a saved article with its stored pictures. The body keeps going through the one sanitizer
// (insertSanitizedHtml); before that, each stored picture's <img> gets a unique 1×1 raster data:
// placeholder (the only non-network source the sanitizer lets through), so opening the article
// makes no request for it. Once the body is in the page, placeholders are swapped for object URLs
// of the stored blobs, set on the element (never through HTML), and revoked when the view closes.
import type { ExtractResult } from '../../lib/types';
import { bySrc, rewriteImages, withStoredLead } from './offline-images';
import type { LibraryImage } from './types';

export const PLACEHOLDER_PREFIX = 'data:image/gif;saar-offline=';
const GIF_1PX = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const placeholder = (n: number) => `${PLACEHOLDER_PREFIX}${n};base64,${GIF_1PX}`;

/**
 * The result to render and the pictures its placeholders stand for (by index). A stored lead
 * image moves into the body as a figure (the header's lead figure accepts http(s) only, which
 * would load it from the network); when the body already shows it, the header just drops it.
 */
export function offlineResult(result: ExtractResult, images: LibraryImage[], parser: DOMParser = new DOMParser()): { result: ExtractResult; used: LibraryImage[] } {
  if (!images.length) return { result, used: [] };
  const stored = bySrc(images);
  const { html: body, leadStored } = withStoredLead(result, stored, parser);
  const { html, used } = rewriteImages(body, result.url, stored, (_img, n) => placeholder(n), { parser });
  return { result: { ...result, contentHtml: html, ...(leadStored ? { leadImage: null } : {}) }, used };
}

/**
 * Swap placeholders under `root` for object URLs of the stored blobs (one URL per picture, kept in
 * `urls` across calls, so a re-inserted body reuses them); returns every URL made, to revoke.
 */
export function swapInStoredImages(
  root: ParentNode,
  used: LibraryImage[],
  urls: Map<number, string> = new Map(),
  createUrl: (b: Blob) => string = (b) => URL.createObjectURL(b),
): string[] {
  for (const img of Array.from(root.querySelectorAll<HTMLImageElement>(`img[src^="${PLACEHOLDER_PREFIX}"]`))) {
    const n = Number(/saar-offline=(\d+);/.exec(img.getAttribute('src') ?? '')?.[1]);
    const stored = used[n];
    if (!stored) continue;
    let url = urls.get(n);
    if (!url) urls.set(n, (url = createUrl(stored.blob)));
    img.hidden = false;
    img.removeAttribute('loading');
    img.src = url;
  }
  return [...urls.values()];
}
