// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { openSearch, saveSearch, SEARCH_META_KEY } from './search-store';
import { deleteArticle, putArticles, restoreArticle, saveArticle, updateArticle } from './store';
import { memoryDb, sampleResult } from './testing';

const body = (url: string, textContent: string, title = 'T') => ({ url, result: sampleResult({ url, title, textContent }) });

describe('saved search index', () => {
  it('builds on first open, then loads the saved one and catches up with saves, edits, deletes and restores', async () => {
    const db = memoryDb();
    const a = await saveArticle(db, body('https://n.example/1', 'monsoon reservoir levels'), 10);
    const b = await saveArticle(db, body('https://n.example/2', 'किसानों की आय दोगुनी'), 20);
    const first = await openSearch(db);
    expect(first.source).toBe('rebuilt');
    expect(first.search.search('reservoir')).toEqual([a.id]);
    await saveSearch(db, first);
    expect((await db.meta.get(SEARCH_META_KEY))?.value).toMatchObject({ version: 1, ids: expect.arrayContaining([a.id, b.id]) });

    // Nothing changed: loaded as saved, nothing re-indexed.
    const again = await openSearch(db);
    expect(again.source).toBe('saved');
    expect(again.changed).toBe(0);
    expect(again.search.search('किसानों')).toEqual([b.id]);

    // Changes made elsewhere (the background's saves) while the index was not open.
    const c = await saveArticle(db, body('https://n.example/3', 'cricket match report'), 30);
    await saveArticle(db, body('https://n.example/1', 'dam gates opened', 'Dam'), 40); // same URL: updates a
    const gone = await deleteArticle(db, b.id);
    await updateArticle(db, c.id, { tags: ['sport'] }, 50);
    const caught = await openSearch(db);
    expect(caught.source).toBe('saved');
    expect(caught.changed).toBe(3);
    expect(caught.search.search('reservoir')).toEqual([]);
    expect(caught.search.search('dam')).toEqual([a.id]);
    expect(caught.search.search('किसानों')).toEqual([]);
    expect(caught.search.search('sport')).toEqual([c.id]);
    expect(caught.search.size).toBe(2);
    await saveSearch(db, caught);

    // Undo of the delete puts the record back with its old updatedAt: found by id.
    await restoreArticle(db, gone!);
    const restored = await openSearch(db);
    expect(restored.changed).toBe(1);
    expect(restored.search.search('किसानों')).toEqual([b.id]);

    // An import that replaces a record with other content and another updatedAt is re-indexed.
    await putArticles(db, [{ ...(await db.articles.get(c.id))!, title: 'Chess final', updatedAt: 5 }]);
    const imported = await openSearch(db);
    expect(imported.search.search('chess')).toEqual([c.id]);
  });

  it('rebuilds when the saved index is from another version or damaged', async () => {
    const db = memoryDb();
    const a = await saveArticle(db, body('https://n.example/1', 'monsoon'), 10);
    await db.meta.put({ key: SEARCH_META_KEY, value: { version: 999, ids: [], stamps: [], json: '{}' } });
    expect((await openSearch(db)).source).toBe('rebuilt');
    await db.meta.put({ key: SEARCH_META_KEY, value: { version: 1, ids: [], stamps: [], json: '{not json' } });
    const opened = await openSearch(db);
    expect(opened.source).toBe('rebuilt');
    expect(opened.search.search('monsoon')).toEqual([a.id]);
  });
});
