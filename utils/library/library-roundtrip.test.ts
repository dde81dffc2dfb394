// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportJson } from './export-json';
import { importText } from './import-file';
import { clearLibrary, saveArticle, updateArticle } from './store';
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
});
