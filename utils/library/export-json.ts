// Saar's own lossless format: the stored records, as they are. Image blobs are not included
// (they are a cache of the remote pictures the article links to).
import type { LibraryArticle } from './types';

export const SAAR_FORMAT = 'saar-library';
export const SAAR_FORMAT_VERSION = 1;

export interface SaarExport {
  format: typeof SAAR_FORMAT;
  version: number;
  exportedAt: string;
  articles: LibraryArticle[];
}

export function exportJson(articles: LibraryArticle[], now = new Date()): string {
  const doc: SaarExport = { format: SAAR_FORMAT, version: SAAR_FORMAT_VERSION, exportedAt: now.toISOString(), articles };
  return JSON.stringify(doc, null, 1);
}
