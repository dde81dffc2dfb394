// The search index, kept between sessions in the `meta` table (schema v3), so opening the library
// does not re-index every article (seconds at 5,000; see bench/results/library.md).
//
// Saved with it: each article's id and updatedAt when indexed. On open, the (updatedAt, id) pairs
// are read from the updatedAt index (keys only, no article bodies) and compared: articles saved,
// edited, imported or restored since are (re)indexed, deleted ones dropped. Any writer (the
// background's saves, another tab) is therefore caught up with, without it touching the index.
// A different INDEX_VERSION (fields or tokenizer changed) or a damaged record means a rebuild.
import type { LibraryDb } from './db';
import { LibrarySearch } from './search';

export const SEARCH_META_KEY = 'search-index';
/** Bump when what is indexed or how it is tokenized changes. */
export const INDEX_VERSION = 1;

export interface SavedIndex {
  version: number;
  /** Ids and the updatedAt each had when indexed (parallel arrays). */
  ids: string[];
  stamps: number[];
  json: string;
}

export interface OpenedSearch {
  search: LibrarySearch;
  /** id → updatedAt of what the index holds (kept up to date by the library page). */
  stamps: Map<string, number>;
  source: 'saved' | 'rebuilt';
  /** Articles (re)indexed or dropped while catching up; > 0 means it is worth saving again. */
  changed: number;
}

function isSaved(v: unknown): v is SavedIndex {
  const s = v as SavedIndex | undefined;
  return !!s && s.version === INDEX_VERSION && Array.isArray(s.ids) && Array.isArray(s.stamps) && s.ids.length === s.stamps.length && typeof s.json === 'string';
}

/** Build the index from every article (first open, or after a version change). */
export async function rebuildSearch(db: LibraryDb): Promise<OpenedSearch> {
  const all = await db.articles.toArray();
  return { search: new LibrarySearch(all), stamps: new Map(all.map((a) => [a.id, a.updatedAt])), source: 'rebuilt', changed: all.length };
}

/** The saved index, caught up with the database; or a fresh build when there is none usable. */
export async function openSearch(db: LibraryDb): Promise<OpenedSearch> {
  const saved = (await db.meta.get(SEARCH_META_KEY))?.value;
  if (!isSaved(saved)) return rebuildSearch(db);
  let search: LibrarySearch;
  try {
    search = LibrarySearch.fromJSON(saved.json);
  } catch {
    return rebuildSearch(db);
  }
  const opened: OpenedSearch = { search, stamps: new Map(saved.ids.map((id, i) => [id, saved.stamps[i]])), source: 'saved', changed: 0 };
  opened.changed = await catchUp(db, opened);
  return opened;
}

/**
 * Bring `opened` up to date with the database: compare (id, updatedAt) pairs read from the
 * updatedAt index (keys only), re-index what differs, drop what is gone. Returns how many changed.
 */
export async function catchUp(db: LibraryDb, opened: Pick<OpenedSearch, 'search' | 'stamps'>): Promise<number> {
  const { search, stamps } = opened;
  const [times, keys] = await db.transaction('r', db.articles, () =>
    Promise.all([db.articles.orderBy('updatedAt').keys(), db.articles.orderBy('updatedAt').primaryKeys()]),
  );
  const stale: string[] = [];
  const present = new Set<string>();
  keys.forEach((id, i) => {
    present.add(id);
    if (stamps.get(id) !== times[i]) stale.push(id);
  });
  let changed = 0;
  for (const id of [...stamps.keys()]) {
    if (present.has(id)) continue;
    search.remove(id);
    stamps.delete(id);
    changed++;
  }
  for (const a of await db.articles.bulkGet(stale)) {
    if (!a) continue;
    search.upsert(a);
    stamps.set(a.id, a.updatedAt);
    changed++;
  }
  return changed;
}

/** Save the index (the library page does this while idle, after changes). */
export async function saveSearch(db: LibraryDb, opened: Pick<OpenedSearch, 'search' | 'stamps'>): Promise<void> {
  const value: SavedIndex = { version: INDEX_VERSION, ids: [...opened.stamps.keys()], stamps: [...opened.stamps.values()], json: opened.search.toJSON() };
  await db.meta.put({ key: SEARCH_META_KEY, value });
}
