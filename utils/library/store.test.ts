// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import { deleteArticle, LibraryError, listArticles, QUOTA_MESSAGE, restoreArticle, saveArticle, updateArticle } from './store';
import { memoryDb, sampleResult } from './testing';

afterEach(() => vi.restoreAllMocks());

describe('saveArticle', () => {
  it('saves once per canonical URL: saving again updates and keeps user state', async () => {
    const db = memoryDb();
    const first = await saveArticle(db, { url: 'https://news.example/a/budget?utm_source=x#top', result: sampleResult() }, 100);
    await updateArticle(db, first.id, { status: 'read', favourite: true, readingPosition: 0.5 }, 150);
    const second = await saveArticle(db, { url: 'https://news.example/a/budget', result: sampleResult({ title: 'Budget approved (updated)' }), tags: ['civic'] }, 200);
    expect(await db.articles.count()).toBe(1);
    expect(second.id).toBe(first.id);
    expect(second.title).toBe('Budget approved (updated)');
    expect(second.savedAt).toBe(100);
    expect(second.updatedAt).toBe(200);
    expect(second.status).toBe('read');
    expect(second.favourite).toBe(1);
    expect(second.readingPosition).toBe(0.5);
    expect(second.tags).toEqual(['civic']);
  });

  it('a pending link saved again does not wipe a fetched article', async () => {
    const db = memoryDb();
    await saveArticle(db, { url: 'https://news.example/a/budget', result: sampleResult() });
    const again = await saveArticle(db, { url: 'https://news.example/a/budget', result: null, title: 'x' });
    expect(again.result?.contentHtml).toContain('budget');
  });

  it('stores images in their own table and removes them with the article', async () => {
    const db = memoryDb();
    const a = await saveArticle(db, { url: 'https://n.example/1', result: sampleResult(), images: [{ src: 'https://n.example/i.jpg', blob: new Blob(['img']) }] });
    const imgs = await db.images.where('articleId').equals(a.id).toArray();
    expect(imgs).toHaveLength(1);
    expect(await imgs[0].blob.text()).toBe('img');
    const gone = await deleteArticle(db, a.id);
    expect(await db.images.count()).toBe(0);
    await restoreArticle(db, gone!);
    expect(await db.articles.get(a.id)).toEqual(gone!.article);
    expect(await db.images.count()).toBe(1);
  });

  it('saving again with pictures replaces the stored ones; saving without keeps them', async () => {
    const db = memoryDb();
    const url = 'https://n.example/r';
    const a = await saveArticle(db, { url, result: sampleResult({ url }), images: [{ src: 'https://n.example/old.jpg', blob: new Blob(['o']) }] });
    await saveArticle(db, { url, result: sampleResult({ url }) });
    expect((await db.images.toArray()).map((i) => i.src)).toEqual(['https://n.example/old.jpg']);
    await saveArticle(db, { url, result: sampleResult({ url }), images: [{ src: 'https://n.example/new.jpg', blob: new Blob(['n']) }] });
    expect((await db.images.toArray()).map((i) => [i.articleId, i.src])).toEqual([[a.id, 'https://n.example/new.jpg']]);
  });

  it('a failed save leaves nothing half-written (image write fails after the article write)', async () => {
    const db = memoryDb();
    const orig = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'images') throw new DOMException('boom', 'DataError');
      return orig.apply(this, args);
    });
    await expect(saveArticle(db, { url: 'https://n.example/2', result: sampleResult(), images: [{ src: 's', blob: new Blob(['x']) }] })).rejects.toBeInstanceOf(LibraryError);
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(0);
    expect(await db.images.count()).toBe(0);
  });

  it('a full quota gives a clear message and loses nothing already saved', async () => {
    const db = memoryDb();
    await saveArticle(db, { url: 'https://n.example/kept', result: sampleResult({ title: 'Kept' }) });
    const before = await db.articles.toArray();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await saveArticle(db, { url: 'https://n.example/new', result: sampleResult() }).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('quota');
    expect((err as LibraryError).message).toBe(QUOTA_MESSAGE);
    expect(await db.articles.toArray()).toEqual(before);
  });
});

describe('listArticles', () => {
  it('pages newest first, filters by status, tag and favourite, with totals', async () => {
    const db = memoryDb();
    for (let i = 0; i < 7; i++) {
      await saveArticle(db, { url: `https://n.example/${i}`, result: sampleResult({ title: `A${i}` }), tags: i % 2 ? ['odd'] : [], status: i < 3 ? 'read' : 'unread', favourite: i === 5 }, 1000 + i);
    }
    const page = await listArticles(db, { limit: 3 });
    expect(page.total).toBe(7);
    expect(page.items.map((a) => a.title)).toEqual(['A6', 'A5', 'A4']);
    const read = await listArticles(db, { status: 'read', limit: 2, offset: 1 });
    expect(read.total).toBe(3);
    expect(read.items.map((a) => a.title)).toEqual(['A1', 'A0']);
    const odd = await listArticles(db, { tag: 'odd', desc: false });
    expect(odd.items.map((a) => a.title)).toEqual(['A1', 'A3', 'A5']);
    expect((await listArticles(db, { favourite: true })).items.map((a) => a.title)).toEqual(['A5']);
  });
});
