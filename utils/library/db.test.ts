// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LATEST_VERSION } from './db';
import { memoryDb, sampleResult } from './testing';
import type { LibraryArticle } from './types';

function v1Record(id: string, url: string, lang: string): Omit<LibraryArticle, 'lang'> {
  return {
    id,
    url,
    canonicalUrl: url,
    title: `Title ${id}`,
    siteName: 'Example',
    byline: '',
    savedAt: 1000,
    updatedAt: 1000,
    readingMinutes: 2,
    summary: '',
    status: 'unread',
    favourite: 0,
    tags: ['news'],
    readingPosition: 0.25,
    result: sampleResult({ url, lang }),
  };
}

describe('library schema', () => {
  it('opens at the latest version with the expected indexes', async () => {
    const db = memoryDb();
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const idx = db.articles.schema.indexes.map((i) => i.name).sort();
    expect(idx).toEqual(expect.arrayContaining(['canonicalUrl', 'tags', 'lang', '[status+savedAt]']));
    expect(db.articles.schema.indexes.find((i) => i.name === 'canonicalUrl')?.unique).toBe(true);
    expect(db.articles.schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
    db.close();
  });

  it('upgrades v1 data to v2: keeps every record and backfills lang from the result', async () => {
    const factory = new IDBFactory();
    const v1 = memoryDb(1, 'migrate', factory);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('articles').bulkAdd([v1Record('a', 'https://x.example/1', 'hi'), v1Record('b', 'https://x.example/2', 'en')]);
    v1.close();

    const v2 = memoryDb(2, 'migrate', factory);
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.articles.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.lang, r.tags, r.readingPosition])).toEqual([
      ['a', 'hi', ['news'], 0.25],
      ['b', 'en', ['news'], 0.25],
    ]);
    // The new index answers queries.
    expect((await v2.articles.where('lang').equals('hi').toArray()).map((r) => r.id)).toEqual(['a']);
    v2.close();
  });

  it('upgrades v2 to v3: records and images stay, the new meta table works', async () => {
    const factory = new IDBFactory();
    const v2 = memoryDb(2, 'migrate3', factory);
    await v2.open();
    await v2.articles.bulkAdd([{ ...v1Record('a', 'https://x.example/1', 'hi'), lang: 'hi' }]);
    await v2.images.add({ id: 'i1', articleId: 'a', src: 'https://x.example/p.png', blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }) });
    expect(v2.tables.map((t) => t.name).sort()).toEqual(['articles', 'images']);
    v2.close();

    const v3 = memoryDb(3, 'migrate3', factory);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect((await v3.articles.toArray()).map((r) => [r.id, r.lang])).toEqual([['a', 'hi']]);
    const img = await v3.images.get('i1');
    expect(img?.blob.type).toBe('image/png');
    expect([...new Uint8Array(await img!.blob.arrayBuffer())]).toEqual([1, 2, 3]);
    await v3.meta.put({ key: 'k', value: { n: 1 } });
    expect(await v3.meta.get('k')).toEqual({ key: 'k', value: { n: 1 } });
    v3.close();
  });
});
