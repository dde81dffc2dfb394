// Library operations. Every write runs in one transaction: a failure leaves nothing half-written.
import type { LibraryDb } from './db';
import { canonicalUrl } from './canonical-url';
import type { ArticleStatus, LibraryArticle, LibraryImage, SaveInput } from './types';

export class LibraryError extends Error {
  constructor(
    public code: 'quota' | 'failed',
    message: string,
    public override cause?: unknown,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export const QUOTA_MESSAGE = 'Storage is full: this article was not saved. Everything saved before is intact; delete or export old articles to make room.';

function isQuotaError(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined, i = 0; e && i < 4; e = e.inner as typeof e, i++) {
    if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  }
  return false;
}

/** Run a write; storage errors become a LibraryError with a message users can act on. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    if (isQuotaError(err)) throw new LibraryError('quota', QUOTA_MESSAGE, err);
    throw new LibraryError('failed', `Could not write to the library: ${err instanceof Error ? err.message : String(err)}`, err);
  }
}

const newId = () => crypto.randomUUID();

/** Save an article, or update the one already saved under the same canonical URL. */
export function saveArticle(db: LibraryDb, input: SaveInput, now = Date.now()): Promise<LibraryArticle> {
  return guard(() =>
    db.transaction('rw', db.articles, db.images, async () => {
      const key = canonicalUrl(input.url || input.result?.url || '');
      const existing = await db.articles.where('canonicalUrl').equals(key).first();
      const r = input.result;
      const fresh: LibraryArticle = {
        id: existing?.id ?? newId(),
        url: input.url || r?.url || key,
        canonicalUrl: key,
        title: r?.title || input.title || existing?.title || key,
        siteName: r?.siteName || existing?.siteName || hostOf(key),
        byline: r?.byline || existing?.byline || '',
        savedAt: existing?.savedAt ?? input.savedAt ?? now,
        updatedAt: now,
        readingMinutes: r?.readingMinutes ?? existing?.readingMinutes ?? 0,
        summary: r?.summary?.text ?? existing?.summary ?? '',
        status: input.status ?? existing?.status ?? 'unread',
        favourite: input.favourite != null ? (input.favourite ? 1 : 0) : (existing?.favourite ?? 0),
        tags: uniqueTags([...(existing?.tags ?? []), ...(input.tags ?? [])]),
        readingPosition: existing?.readingPosition ?? 0,
        // A pending link saved again must not wipe an article already fetched.
        result: r ?? existing?.result ?? null,
        lang: r?.lang ?? existing?.lang ?? '',
      };
      await db.articles.put(fresh);
      // A save with pictures replaces the ones stored before; without, keeps them.
      if (input.images?.length) {
        await db.images.where('articleId').equals(fresh.id).delete();
        await db.images.bulkPut(input.images.map((img): LibraryImage => ({ id: newId(), articleId: fresh.id, src: img.src, blob: img.blob })));
      }
      return fresh;
    }),
  );
}

/** Put whole records back as they were (import, undo of a delete). Same canonical URL: replaced. */
export function putArticles(db: LibraryDb, articles: LibraryArticle[], images: LibraryImage[] = []): Promise<number> {
  return guard(() =>
    db.transaction('rw', db.articles, db.images, async () => {
      for (const a of articles) {
        const clash = await db.articles.where('canonicalUrl').equals(a.canonicalUrl).first();
        if (clash && clash.id !== a.id) {
          await db.images.where('articleId').equals(clash.id).delete();
          await db.articles.delete(clash.id);
        }
      }
      await db.articles.bulkPut(articles);
      if (images.length) await db.images.bulkPut(images);
      return articles.length;
    }),
  );
}

export interface ArticlePatch {
  status?: ArticleStatus;
  favourite?: boolean;
  tags?: string[];
  readingPosition?: number;
}

export function updateArticle(db: LibraryDb, id: string, patch: ArticlePatch, now = Date.now()): Promise<LibraryArticle | undefined> {
  return guard(() =>
    db.transaction('rw', db.articles, async () => {
      const a = await db.articles.get(id);
      if (!a) return undefined;
      const next: LibraryArticle = { ...a };
      if (patch.status) next.status = patch.status;
      if (patch.favourite != null) next.favourite = patch.favourite ? 1 : 0;
      if (patch.tags) next.tags = uniqueTags(patch.tags);
      if (patch.readingPosition != null) next.readingPosition = Math.min(1, Math.max(0, patch.readingPosition));
      // Reading position alone is not an edit worth re-sorting by.
      if (patch.status || patch.favourite != null || patch.tags) next.updatedAt = now;
      await db.articles.put(next);
      return next;
    }),
  );
}

export interface Deleted {
  article: LibraryArticle;
  images: LibraryImage[];
}

/** Delete an article and its images; the returned copy lets the UI undo. */
export function deleteArticle(db: LibraryDb, id: string): Promise<Deleted | undefined> {
  return guard(() =>
    db.transaction('rw', db.articles, db.images, async () => {
      const article = await db.articles.get(id);
      if (!article) return undefined;
      const images = await db.images.where('articleId').equals(id).toArray();
      await db.images.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      return { article, images };
    }),
  );
}

export function restoreArticle(db: LibraryDb, deleted: Deleted): Promise<number> {
  return putArticles(db, [deleted.article], deleted.images);
}

export function clearLibrary(db: LibraryDb): Promise<void> {
  return guard(() => db.transaction('rw', db.articles, db.images, async () => {
    await db.images.clear();
    await db.articles.clear();
  }));
}

export type SortKey = 'savedAt' | 'updatedAt';
export interface ListQuery {
  status?: ArticleStatus | 'all';
  favourite?: boolean;
  tag?: string;
  sort?: SortKey;
  /** Newest first unless false. */
  desc?: boolean;
  offset?: number;
  limit?: number;
}

/** One page of the list and the total matching, using indexes (fast on thousands of articles). */
export async function listArticles(db: LibraryDb, q: ListQuery = {}): Promise<{ items: LibraryArticle[]; total: number }> {
  const sort = q.sort ?? 'savedAt';
  const desc = q.desc !== false;
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 50;
  return db.transaction('r', db.articles, async () => {
    // Plain status + savedAt: the compound index gives order, paging and count without a scan.
    if (q.status && q.status !== 'all' && sort === 'savedAt' && !q.tag && !q.favourite) {
      const range = db.articles.where('[status+savedAt]').between([q.status, -Infinity], [q.status, Infinity]);
      const total = await range.count();
      const coll = desc ? range.reverse() : range;
      return { items: await coll.offset(offset).limit(limit).toArray(), total };
    }
    let coll = db.articles.orderBy(sort);
    if (desc) coll = coll.reverse();
    const hasFilter = (q.status && q.status !== 'all') || q.tag || q.favourite;
    if (!hasFilter) return { items: await coll.offset(offset).limit(limit).toArray(), total: await db.articles.count() };
    coll = coll.filter((a) => (!q.status || q.status === 'all' || a.status === q.status) && (!q.tag || a.tags.includes(q.tag)) && (!q.favourite || a.favourite === 1));
    const all = await coll.toArray();
    return { items: all.slice(offset, offset + limit), total: all.length };
  });
}

export async function allTags(db: LibraryDb): Promise<string[]> {
  return (await db.articles.orderBy('tags').uniqueKeys()).map(String);
}

export function uniqueTags(tags: string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const v = t.trim().replace(/\s+/g, ' ').slice(0, 60);
    if (v && !out.some((o) => o.toLowerCase() === v.toLowerCase())) out.push(v);
  }
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
