// Records of the reading library (IndexedDB through Dexie, see db.ts).
import type { ExtractResult } from '../../lib/types';

export type ArticleStatus = 'unread' | 'read' | 'archived';

export interface LibraryArticle {
  id: string;
  url: string;
  /** Normalized URL (see canonical-url.ts): saving it again updates this record. */
  canonicalUrl: string;
  title: string;
  siteName: string;
  byline: string;
  /** ms since epoch. */
  savedAt: number;
  updatedAt: number;
  readingMinutes: number;
  summary: string;
  status: ArticleStatus;
  /** 0/1 rather than boolean: IndexedDB cannot index booleans. */
  favourite: 0 | 1;
  tags: string[];
  /** Scroll position as a fraction 0..1 of the article height. */
  readingPosition: number;
  /** The extracted article; null for a pending link that is not fetched yet. */
  result: ExtractResult | null;
  /** Schema v2: the article language ('' when unknown), backfilled from result.lang. */
  lang: string;
}

/** An image kept for offline reading, separate so list queries stay small. */
export interface LibraryImage {
  id: string;
  articleId: string;
  /** The absolute address the picture was fetched from (the body's src or chosen srcset candidate). */
  src: string;
  blob: Blob;
}

/** Schema v3: small key → value records (the saved search index). */
export interface LibraryMeta {
  key: string;
  value: unknown;
}

/** What a save needs: an extracted result (or a bare link for pending items) and optional extras. */
export interface SaveInput {
  url: string;
  result: ExtractResult | null;
  title?: string;
  tags?: string[];
  status?: ArticleStatus;
  favourite?: boolean;
  savedAt?: number;
  images?: { src: string; blob: Blob }[];
}
