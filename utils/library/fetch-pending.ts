// Fetch and extract pending links from the library page (an extension page: it has DOMParser,
// unlike Chrome's service worker). Needs host permission for each origin, asked for by the caller.
import { extractArticle } from '../../lib/index';
import type { ExtractResult } from '../../lib/types';
import type { LibraryDb } from './db';
import { saveArticle } from './store';
import type { LibraryArticle } from './types';
import { collectImagesInPage, IMAGE_LIMITS } from './collect-images';
import { decodeCollected } from './offline-images';

export async function fetchArticle(url: string, fetcher: typeof fetch = fetch): Promise<ExtractResult> {
  const res = await fetcher(url, { credentials: 'omit', redirect: 'follow' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) throw new Error(`not a web page (${type})`);
  const html = await res.text();
  // An inert document: nothing in it runs or loads.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, { url: res.url || url });
}

export interface FetchProgress {
  done: number;
  total: number;
  failed: { url: string; error: string }[];
}

/**
 * Fetch pending articles one by one; `onProgress` after each. Failures stay pending. With
 * `keepImages`, each article's pictures are fetched first and stored with it in one transaction.
 */
export async function fetchPending(
  db: LibraryDb,
  items: LibraryArticle[],
  onProgress: (p: FetchProgress) => void,
  fetcher?: typeof fetch,
  opts: { keepImages?: boolean } = {},
): Promise<FetchProgress> {
  const p: FetchProgress = { done: 0, total: items.length, failed: [] };
  for (const item of items) {
    try {
      const result = await fetchArticle(item.url, fetcher);
      // Keep the stored URL as the key: a redirect must not create a second copy.
      const images = opts.keepImages ? decodeCollected(await collectImagesInPage(result.contentHtml, result.url, result.leadImage?.src ?? '', IMAGE_LIMITS)).images : [];
      await saveArticle(db, { url: item.url, result: { ...result, url: result.url || item.url }, images: images.length ? images : undefined });
    } catch (err) {
      p.failed.push({ url: item.url, error: err instanceof Error ? err.message : String(err) });
    }
    p.done++;
    onProgress({ ...p, failed: [...p.failed] });
  }
  return p;
}
