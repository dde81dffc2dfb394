// Reads Saar's JSON export back (exact records), and Omnivore / Wallabag JSON exports as pending links.
import { SAAR_FORMAT, type SaarExport } from './export-json';
import type { ArticleStatus, LibraryArticle, LibraryImage } from './types';
import { base64ToBytes } from './offline-images';
import { isExtractResult, isHttpUrl } from './validate';
import type { PendingLink } from './pending';

const STATUSES: ArticleStatus[] = ['unread', 'read', 'archived'];

function isArticle(a: unknown): a is LibraryArticle {
  if (!a || typeof a !== 'object') return false;
  const r = a as Record<string, unknown>;
  return (
    typeof r.id === 'string' && typeof r.url === 'string' && typeof r.canonicalUrl === 'string' && typeof r.title === 'string' &&
    typeof r.siteName === 'string' && typeof r.byline === 'string' && Number.isFinite(r.savedAt) && Number.isFinite(r.updatedAt) &&
    Number.isFinite(r.readingMinutes) && typeof r.summary === 'string' && STATUSES.includes(r.status as ArticleStatus) &&
    (r.favourite === 0 || r.favourite === 1) && Array.isArray(r.tags) && r.tags.every((t) => typeof t === 'string') &&
    Number.isFinite(r.readingPosition) && (r.result === null || isExtractResult(r.result)) && typeof r.lang === 'string'
  );
}

/** Parse a Saar export; throws with a readable message on anything else or any malformed record. */
export function parseSaarJson(text: string): LibraryArticle[] {
  return parseSaarExport(text).articles;
}

const IMAGE_TYPE = /^image\/(png|jpeg|gif|webp|avif)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Articles and (format 2) their stored pictures, decoded back into blobs. */
export function parseSaarExport(text: string): { articles: LibraryArticle[]; images: LibraryImage[] } {
  const doc = JSON.parse(text) as Partial<SaarExport>;
  if (doc?.format !== SAAR_FORMAT || !Array.isArray(doc.articles)) throw new Error('Not a Saar library export.');
  const bad = doc.articles.findIndex((a) => !isArticle(a));
  if (bad >= 0) throw new Error(`Article ${bad + 1} in the file is malformed.`);
  const ids = new Set(doc.articles.map((a) => a.id));
  const images: LibraryImage[] = [];
  for (const [n, raw] of (Array.isArray(doc.images) ? doc.images : []).entries()) {
    const i = raw as unknown as Record<string, unknown>;
    const ok =
      !!i && typeof i.id === 'string' && typeof i.articleId === 'string' && ids.has(i.articleId) && isHttpUrl(i.src) &&
      typeof i.type === 'string' && IMAGE_TYPE.test(i.type) && typeof i.data === 'string' && BASE64.test(i.data);
    if (!ok) throw new Error(`Picture ${n + 1} in the file is malformed.`);
    const bytes = base64ToBytes(i.data as string);
    images.push({ id: i.id as string, articleId: i.articleId as string, src: i.src as string, blob: new Blob([bytes as BlobPart], { type: i.type as string }) });
  }
  return { articles: doc.articles, images };
}

const toTime = (v: unknown): number | undefined => {
  const t = typeof v === 'number' ? (v < 1e12 ? v * 1000 : v) : typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(t) ? t : undefined;
};

const labelNames = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((l) => (typeof l === 'string' ? l : typeof l === 'object' && l ? String((l as { name?: unknown; label?: unknown }).name ?? (l as { label?: unknown }).label ?? '') : '')).filter(Boolean) : [];

/**
 * Omnivore (array of {url, title, labels, state, savedAt, readingProgressPercent}) and Wallabag
 * (array of {url, title, tags, is_archived, is_starred, created_at}) exports.
 */
export function parseOtherJson(text: string): PendingLink[] {
  const data = JSON.parse(text) as unknown;
  const items = Array.isArray(data) ? data : [];
  const out: PendingLink[] = [];
  for (const raw of items) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    if (!isHttpUrl(r.url)) continue;
    const wallabag = 'is_archived' in r || 'is_starred' in r;
    const archived = wallabag ? r.is_archived === 1 || r.is_archived === true : String(r.state ?? '').toLowerCase() === 'archived';
    const read = !wallabag && Number(r.readingProgressPercent ?? 0) >= 100;
    out.push({
      url: r.url,
      title: typeof r.title === 'string' ? r.title : '',
      tags: labelNames(wallabag ? r.tags : r.labels),
      status: archived ? 'archived' : read ? 'read' : 'unread',
      favourite: wallabag ? r.is_starred === 1 || r.is_starred === true : false,
      savedAt: toTime(wallabag ? r.created_at : r.savedAt),
    });
  }
  return out;
}
