// The reading library lives in IndexedDB in the extension's own origin, so pages never see it.
// Versioned schema: each version lists only what changes; upgrades are tested in db.test.ts.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { LibraryArticle, LibraryImage, LibraryMeta } from './types';

export const DB_NAME = 'saar-library';
export const LATEST_VERSION = 3;

/** Index strings per version (Dexie syntax: first key is the primary key, & unique, * multiEntry). */
export const SCHEMA = {
  1: {
    articles: 'id, &canonicalUrl, url, savedAt, updatedAt, status, favourite, *tags, [status+savedAt]',
    images: 'id, articleId',
  },
  2: {
    articles: 'id, &canonicalUrl, url, savedAt, updatedAt, status, favourite, *tags, [status+savedAt], lang',
  },
  /** v3: `meta` (key → value) holds the saved search index; nothing else changes. */
  3: {
    meta: 'key',
  },
} as const;

/** v1 → v2: add `lang`, filled from the stored extraction result. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify((a: Partial<LibraryArticle>) => {
      a.lang = typeof a.result?.lang === 'string' ? a.result.lang : '';
    });
}

export type LibraryDb = Dexie & {
  articles: EntityTable<LibraryArticle, 'id'>;
  images: EntityTable<LibraryImage, 'id'>;
  meta: EntityTable<LibraryMeta, 'key'>;
};

export interface OpenOptions {
  name?: string;
  /** Stop at an older version (migration tests). */
  version?: number;
  /** IndexedDB implementation (fake-indexeddb in unit tests and the benchmark). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createLibraryDb(opts: OpenOptions = {}): LibraryDb {
  const db = new Dexie(opts.name ?? DB_NAME, {
    ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
    ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
  }) as LibraryDb;
  const upTo = opts.version ?? LATEST_VERSION;
  db.version(1).stores(SCHEMA[1]);
  if (upTo >= 2) db.version(2).stores(SCHEMA[2]).upgrade(upgradeToV2);
  // A new table only: no records to rewrite.
  if (upTo >= 3) db.version(3).stores(SCHEMA[3]);
  return db;
}

let shared: LibraryDb | null = null;
/** The extension's library database (one connection per context). */
export function libraryDb(): LibraryDb {
  shared ??= createLibraryDb();
  return shared;
}
