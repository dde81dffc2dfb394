// Test helpers: a realistic ExtractResult and a fresh in-memory database per test.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ExtractResult } from '../../lib/types';
import { createLibraryDb, type LibraryDb } from './db';

let n = 0;
export function memoryDb(version?: number, name = `test-${++n}`, factory = new IDBFactory()): LibraryDb {
  return createLibraryDb({ name, version, indexedDB: factory, IDBKeyRange });
}

export function sampleResult(over: Partial<ExtractResult> = {}): ExtractResult {
  const text = over.textContent ?? 'The council approved the new budget on Monday.\nSchools get more money.';
  return {
    url: 'https://news.example/a/budget',
    title: 'Council approves budget',
    byline: 'Asha Rao',
    desk: '',
    published: '2026-11-20T08:00:00Z',
    modified: null,
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    leadImage: { src: 'https://news.example/img/a.jpg', alt: 'Council hall', caption: 'The hall', credit: 'Photo: A.' },
    summary: { text: 'The council passed the budget.', source: 'page' },
    contentHtml: '<p>The council approved the new budget on Monday.</p><p>Schools get more money.</p>',
    textContent: text,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    attempt: 'default',
    warnings: [],
    ...over,
  };
}
