import { describe, expect, it } from 'vitest';
import { collectSignals } from './detect-signals';
import { scanDocument } from '../metadata/scan';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('collectSignals with a shared scan', () => {
  // Body <meta>s and a JSON-LD script typed with spaces are seen by metadata's scan, not by
  // detection on its own: sharing the scan must not change what detection reads.
  const page = `<!doctype html><html><head><meta property="og:type" content="website">
    <script type="application/ld+json">{"@type":"CollectionPage"}</script>
    <script type="application/ld+json ">{"@type":"NewsArticle"}</script></head>
    <body><meta name="article:published_time" content="2024-01-01"><meta name="author" content="A. Writer">
    <h1>A headline of several words</h1><p>${'Words of a paragraph that runs on. '.repeat(12)}</p></body></html>`;

  it('reads the same signals as without it', () => {
    const doc = parse(page);
    const alone = collectSignals(doc, 'https://example.org/a/b');
    const shared = collectSignals(doc, 'https://example.org/a/b', scanDocument(doc));
    expect(shared).toEqual(alone);
    expect(alone.ldTypes).toEqual(['collectionpage']);
    expect(alone.hasPublishedTime).toBe(false);
    expect(alone.byline).toBe(false);
  });

  it('falls back to its own reads when the scan stopped at a cap', () => {
    const many = Array.from({ length: 60 }, () => '<script type="application/ld+json">{"@type":"Thing"}</script>').join('');
    const doc = parse(`<!doctype html><html><head>${many}<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script></head><body><p>x</p></body></html>`);
    const scan = scanDocument(doc);
    expect(scan.truncated).toBe(true);
    expect(collectSignals(doc, '', scan).declaredForum).toBe(true);
  });
});

describe('collectSignals attribute reads', () => {
  it('skips hidden elements and reads byline, microdata and price attributes', () => {
    const text = 'Words of a paragraph that runs on and on. '.repeat(20);
    const doc = parse(`<!doctype html><body><div itemscope itemtype="https://schema.org/Product">
      <p>${text}</p><div hidden><p>${text}</p></div><div aria-hidden="true"><p>${text}</p></div>
      <div style="color: red; display : none"><p>${text}</p></div><div aria-hidden="false" style="color: red"><p>x y z</p></div>
      <a rel="author" href="/a">A. Writer</a><span itemprop="price">12</span></div></body>`);
    const s = collectSignals(doc, '');
    expect(s.bodyChars).toBe(text.replace(/\s+/g, '').length + 'xyz'.length + 'A.Writer'.length + 2);
    expect(s.byline).toBe(true);
    expect(s.ldTypes).toEqual(['product']);
    expect(s.priceMarkup).toBe(true);
  });
});
