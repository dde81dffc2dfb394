// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportJson, serializeImages } from './export-json';
import { importText } from './import-file';
import { clearLibrary, deleteArticle, restoreArticle, saveArticle, updateArticle } from './store';
import type { LibraryDb } from './db';
import { memoryDb, sampleResult } from './testing';

describe('library export → clear → import', () => {
  it('restores identical records', async () => {
    const db = memoryDb();
    const a = await saveArticle(db, { url: 'https://n.example/1', result: sampleResult(), tags: ['x'] }, 10);
    await saveArticle(db, { url: 'https://hi.example/2', result: sampleResult({ url: 'https://hi.example/2', lang: 'hi', title: 'बाढ़ से राहत' }) }, 20);
    await saveArticle(db, { url: 'https://p.example/3', result: null, title: 'pending' }, 30);
    await updateArticle(db, a.id, { status: 'archived', favourite: true, readingPosition: 0.3 }, 40);
    const before = await db.articles.orderBy('id').toArray();
    const file = exportJson(before);
    await clearLibrary(db);
    expect(await db.articles.count()).toBe(0);
    expect(await importText(db, file)).toEqual({ kind: 'saar', count: 3 });
    expect(await db.articles.orderBy('id').toArray()).toEqual(before);
  });

  it('imports other services as pending links without touching saved bodies', async () => {
    const db = memoryDb();
    await saveArticle(db, { url: 'https://i.example/1', result: sampleResult({ url: 'https://i.example/1' }) });
    const csv = 'URL,Title,Selection,Folder,Timestamp\nhttps://i.example/1,One,,Archive,1600000000\nhttps://i.example/2,Two,,Unread,1600000001\n';
    expect(await importText(db, csv)).toEqual({ kind: 'instapaper', count: 2 });
    const rows = await db.articles.orderBy('url').toArray();
    expect(rows.map((r) => [r.url, r.status, r.result ? 'body' : 'pending'])).toEqual([
      ['https://i.example/1', 'archived', 'body'],
      ['https://i.example/2', 'unread', 'pending'],
    ]);
  });

  it('round-trips stored pictures byte for byte (JSON base64 → blobs), and a delete + undo keeps them', async () => {
    const db = memoryDb();
    const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);
    const a = await saveArticle(db, {
      url: 'https://n.example/pics',
      result: sampleResult({ url: 'https://n.example/pics' }),
      images: [
        { src: 'https://n.example/a.png', blob: new Blob([bytes(70_000, 1)], { type: 'image/png' }) },
        { src: 'https://cdn.example/b.jpg', blob: new Blob([bytes(3, 9)], { type: 'image/jpeg' }) },
      ],
    });
    await saveArticle(db, { url: 'https://n.example/plain', result: sampleResult({ url: 'https://n.example/plain' }) });
    const snapshot = async (d: LibraryDb) =>
      Promise.all(
        (await d.images.orderBy('id').toArray()).map(async (i) => ({ id: i.id, articleId: i.articleId, src: i.src, type: i.blob.type, bytes: [...new Uint8Array(await i.blob.arrayBuffer())] })),
      );
    const articles = await db.articles.orderBy('id').toArray();
    const images = await snapshot(db);
    expect(images.map((i) => [i.articleId, i.type, i.bytes.length])).toEqual(
      expect.arrayContaining([[a.id, 'image/png', 70_000], [a.id, 'image/jpeg', 3]]),
    );
    const file = exportJson(articles, new Date(0), await serializeImages(await db.images.toArray()));
    expect(JSON.parse(file).images).toHaveLength(2);

    await clearLibrary(db);
    expect(await db.images.count()).toBe(0);
    expect(await importText(db, file)).toEqual({ kind: 'saar', count: 2 });
    expect(await db.articles.orderBy('id').toArray()).toEqual(articles);
    expect(await snapshot(db)).toEqual(images);

    const gone = await deleteArticle(db, a.id);
    expect(await db.images.count()).toBe(0);
    await restoreArticle(db, gone!);
    expect(await snapshot(db)).toEqual(images);
  });

  it('refuses a file whose picture is not a raster image or belongs to no article', async () => {
    const db = memoryDb();
    const a = await saveArticle(db, { url: 'https://n.example/x', result: sampleResult({ url: 'https://n.example/x' }) });
    const good = { id: 'i', articleId: a.id, src: 'https://n.example/p.png', type: 'image/png', data: 'AAEC' };
    const file = (img: object) => exportJson([a], new Date(0), [img as never]);
    await expect(importText(db, file({ ...good, type: 'image/svg+xml' }))).rejects.toThrow(/Picture 1/);
    await expect(importText(db, file({ ...good, data: '<svg>' }))).rejects.toThrow(/Picture 1/);
    // A picture of an article not in the file is simply not exported.
    expect(JSON.parse(file({ ...good, articleId: 'nope' })).images).toBeUndefined();
    await importText(db, file(good));
    expect([...new Uint8Array(await (await db.images.get('i'))!.blob.arrayBuffer())]).toEqual([0, 1, 2]);
  });
});
