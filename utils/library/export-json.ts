// Saar's own lossless format: the stored records, as they are, and (format version 2) the pictures
// kept offline, base64-encoded with their type, so an import restores them byte for byte.
import type { LibraryArticle, LibraryImage } from './types';
import { blobToBase64 } from './offline-images';

export const SAAR_FORMAT = 'saar-library';
/** 1: articles only. 2: adds `images` (present only when there are any). Both are read back. */
export const SAAR_FORMAT_VERSION = 2;

/** A stored picture in a file: the blob as base64 with its MIME type. */
export interface SaarImageRecord {
  id: string;
  articleId: string;
  src: string;
  type: string;
  data: string;
}

export interface SaarExport {
  format: typeof SAAR_FORMAT;
  version: number;
  exportedAt: string;
  articles: LibraryArticle[];
  images?: SaarImageRecord[];
}

export async function serializeImages(images: LibraryImage[]): Promise<SaarImageRecord[]> {
  const out: SaarImageRecord[] = [];
  for (const i of images) out.push({ id: i.id, articleId: i.articleId, src: i.src, type: i.blob.type, data: await blobToBase64(i.blob) });
  return out;
}

export function exportJson(articles: LibraryArticle[], now = new Date(), images: SaarImageRecord[] = []): string {
  const ids = new Set(articles.map((a) => a.id));
  const mine = images.filter((i) => ids.has(i.articleId));
  const doc: SaarExport = { format: SAAR_FORMAT, version: SAAR_FORMAT_VERSION, exportedAt: now.toISOString(), articles, ...(mine.length ? { images: mine } : {}) };
  return JSON.stringify(doc, null, 1);
}
