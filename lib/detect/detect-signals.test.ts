import { describe, expect, it } from 'vitest';
import { collectSignals, DetectCollector } from './detect-signals';
import { allVisitors, scanDocument } from '../metadata/scan';
import { SummaryCollector } from '../summary/find-page-summary';

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

describe('collectSignals from scanDocument\'s walk (DetectCollector)', () => {
  /** Signals read through metadata's scan, or null when the scan says it did not see the body. */
  function fromScan(doc: Document, url: string) {
    const collect = new DetectCollector(doc.body);
    const scan = scanDocument(doc, allVisitors([new SummaryCollector(), collect]));
    return scan.bodyVisited ? collectSignals(doc, url, scan, collect) : null;
  }

  // What detection reads, mixed in random order and nesting: blocks, links, headings, hidden and
  // skipped subtrees, media, microdata, prices, comments.
  const PIECES = [
    '<h1>A headline of several words here</h1>', '<h2><a href="/s">A linked heading of a teaser story</a></h2>', '<p>Body text that is long enough to be prose and ends here.</p>',
    '<a href="/x">A headline link of a listing card, long enough</a>', '<a>no href</a>', '<div hidden><p>hidden text</p></div>', '<span aria-hidden="true">icon</span>',
    '<div style="display:none">gone</div>', '<script>var a = "<p>x</p>";</script>', '<svg><a href="/y"><text>svg text</text></a></svg>', '<video><p>fallback</p></video>',
    '<iframe src="https://youtube.com/embed/x"></iframe>', '<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><span itemprop="datePublished">2024</span></div>',
    '<span itemprop="price">$12.00</span>', '<button>Add to cart</button>', '<input value="Buy now">', '<div class="byline">By A. Writer</div>', ' text $5 ', '<!-- comment -->',
    '<pre>code</pre>', '<img src="a.jpg">', '<li>item</li>', '<template><p>inert</p></template>', '<noscript><p>no script</p></noscript>',
  ];

  it('are those of detection\'s own walk', () => {
    let seed = 777;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    for (let k = 0; k < 150; k++) {
      const build = (depth: number): string => {
        let out = '';
        for (let i = rand(7); i > 0; i--) {
          const wrap = ['section', 'div', 'article', 'a href="/w"', 'div itemscope itemtype="https://schema.org/WebPage"', 'div hidden'][rand(6)];
          out += depth < 4 && rand(3) === 0 ? `<${wrap}>${build(depth + 1)}</${wrap.split(' ')[0]}>` : PIECES[rand(PIECES.length)];
        }
        return out;
      };
      const doc = parse(`<!doctype html><html><head><title>T</title><meta property="og:type" content="article"></head><body class="main">${build(0)}</body></html>`);
      expect(fromScan(doc, 'https://example.org/2024/05/a-story-of-many-words')).toEqual(collectSignals(doc, 'https://example.org/2024/05/a-story-of-many-words'));
    }
  });

  it('stops at the same node budget, comments counted', () => {
    // 21,000 × (element, text, comment): past the 60,000-node budget, under the scan's element cap.
    const doc = parse(`<body>${'<p>w 1</p><!---->'.repeat(21_000)}<p>${'Words after the budget that never count. '.repeat(20)}</p></body>`);
    const shared = fromScan(doc, '');
    expect(shared?.truncated).toBe(true);
    expect(shared).toEqual(collectSignals(doc, ''));
  });

  it('are not used when content follows <body>', () => {
    const doc = parse('<body><p>In body</p></body>');
    doc.documentElement.appendChild(doc.createElement('div'));
    expect(fromScan(doc, '')).toBeNull();
  });
});
