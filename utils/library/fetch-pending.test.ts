import { afterEach, describe, expect, it, vi } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';

afterEach(() => vi.unstubAllGlobals());
import { fetchArticle, fetchPending, type FetchProgress } from './fetch-pending';
import { addPendingLinks } from './pending';
import { memoryDb } from './testing';

const PARAS = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the flood report: rescue teams reached the villages along the river after three days of heavy rain, and officials said relief camps were open.</p>`).join('');
const PAGE = `<!doctype html><html lang="en"><head><title>Floods reach the valley</title></head><body><nav>Home News</nav><article><h1>Floods reach the valley</h1>${PARAS}</article><footer>© Example</footer></body></html>`;

function fakeFetch(pages: Record<string, { status: number; body: string; type?: string }>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const p = pages[url];
    if (!p) throw new TypeError('network error');
    return new Response(p.body, { status: p.status, headers: { 'content-type': p.type ?? 'text/html; charset=utf-8' } });
  }) as typeof fetch;
}

describe('fetchArticle', () => {
  it('parses the fetched page inertly and extracts the article', async () => {
    const r = await fetchArticle('https://n.example/flood', fakeFetch({ 'https://n.example/flood': { status: 200, body: PAGE } }));
    expect(r.title).toBe('Floods reach the valley');
    expect(r.textContent).toContain('Paragraph 8 of the flood report');
    expect(r.textContent).not.toContain('Home News');
  });
  it('refuses errors and non-HTML', async () => {
    await expect(fetchArticle('https://n.example/x', fakeFetch({ 'https://n.example/x': { status: 404, body: '' } }))).rejects.toThrow('HTTP 404');
    await expect(fetchArticle('https://n.example/p', fakeFetch({ 'https://n.example/p': { status: 200, body: '%PDF', type: 'application/pdf' } }))).rejects.toThrow(/not a web page/);
  });
});

describe('fetchPending', () => {
  it('fills pending items, reports progress, and keeps failures pending', async () => {
    const db = memoryDb();
    await addPendingLinks(db, [
      { url: 'https://n.example/flood', title: 'Flood (pending)', tags: ['weather'], status: 'unread', favourite: true },
      { url: 'https://n.example/gone', title: 'Gone', tags: [], status: 'archived', favourite: false },
    ]);
    const seen: FetchProgress[] = [];
    const items = await db.articles.orderBy('url').toArray();
    const end = await fetchPending(db, items, (p) => seen.push(p), fakeFetch({ 'https://n.example/flood': { status: 200, body: PAGE } }));
    expect(seen.map((p) => p.done)).toEqual([1, 2]);
    expect(end.failed.map((f) => f.url)).toEqual(['https://n.example/gone']);
    const flood = await db.articles.where('canonicalUrl').equals('https://n.example/flood').first();
    expect(flood?.result?.title).toBe('Floods reach the valley');
    expect(flood?.tags).toEqual(['weather']);
    expect(flood?.favourite).toBe(1);
    const gone = await db.articles.where('canonicalUrl').equals('https://n.example/gone').first();
    expect(gone?.result).toBeNull();
    expect(gone?.status).toBe('archived');
    expect(await db.articles.count()).toBe(2);
  });

  it('with "keep images offline", stores the article\'s pictures with it', async () => {
    // fake-indexeddb clones with Node's structuredClone, which keeps Node's Blob (not jsdom's).
    vi.stubGlobal('Blob', NodeBlob);
    const db = memoryDb();
    await addPendingLinks(db, [{ url: 'https://n.example/pics', title: 'p', tags: [], status: 'unread', favourite: false }]);
    const withPic = PAGE.replace('</h1>', '</h1><figure><img src="/photo.png" alt="A photo" width="600" height="400"><figcaption>A photo</figcaption></figure>');
    vi.stubGlobal('fetch', async (url: string) =>
      url === 'https://n.example/photo.png' ? new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } }) : new Response('', { status: 404 }),
    );
    const items = await db.articles.toArray();
    const end = await fetchPending(db, items, () => undefined, fakeFetch({ 'https://n.example/pics': { status: 200, body: withPic } }), { keepImages: true });
    expect(end.failed).toEqual([]);
    const imgs = await db.images.toArray();
    expect(imgs.map((i) => [i.articleId, i.src, i.blob.type, i.blob.size])).toEqual([[items[0].id, 'https://n.example/photo.png', 'image/png', 4]]);
  });
});
