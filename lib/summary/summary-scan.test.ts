import { describe, expect, it } from 'vitest';
import { scanDocument } from '../metadata/scan';
import { scanSummaryCandidates, SummaryCollector } from './find-page-summary';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The candidates scanDocument's walk gathered, or null when it says they are not the body's. */
function fromScan(doc: Document) {
  const collect = new SummaryCollector();
  return scanDocument(doc, collect).bodyVisited ? collect.found : null;
}

// Pieces the summary finder looks for and pieces it must not take, mixed in random order and nesting.
const PIECES = [
  '<h1>Headline of the story</h1>', '<h2>Summary</h2>', '<b>Key points:</b>', '<span> in short </span>', '<p>Body text that is long enough to be prose.</p>',
  '<div class="standfirst">A dek</div>', '<p class="Story-Highlights big">Box</p>', '<div itemprop="description">Desc</div>',
  '<meta itemprop="description" content="x">', '<script class="dek">var a = 1;</script>', '<div data-testid="standfirst">T</div>',
  '<div data-role="summary">R</div>', '<div class="summary-card">not a token</div>', '<img src="a.jpg" class="byline">', '<a href="/x">TL;DR</a>',
  '<template><h1>inert</h1></template>', '<noscript>In brief</noscript>', ' text ', '<!-- comment -->', '<div hidden>सार</div>',
];

describe('summary candidates from scanDocument\'s walk', () => {
  it('are those of the finder\'s own walk of the body, in the same order', () => {
    let seed = 4242;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    for (let k = 0; k < 150; k++) {
      const build = (depth: number): string => {
        let out = '';
        for (let i = rand(6); i > 0; i--) {
          out += depth < 4 && rand(3) === 0 ? `<section class="s${rand(3)}">${build(depth + 1)}</section>` : PIECES[rand(PIECES.length)];
        }
        return out;
      };
      const doc = parse(`<!doctype html><html><head><title>T</title><meta name="description" content="d"><script type="application/ld+json">{}</script></head><body class="standfirst">${build(0)}</body></html>`);
      const shared = fromScan(doc);
      const own = scanSummaryCandidates(doc.body);
      expect(shared).not.toBeNull();
      expect(shared!.h1s).toEqual(own.h1s);
      expect(shared!.labels).toEqual(own.labels);
      expect(shared!.boxes).toEqual(own.boxes);
      // toEqual compares structure; the very same nodes are wanted.
      for (const key of ['h1s', 'labels', 'boxes'] as const) shared![key].forEach((n, i) => expect(n).toBe(own[key][i]));
    }
  });

  it('stop at 50 boxes, as the finder\'s own walk does', () => {
    const doc = parse(`<body>${'<p class="dek">x</p>'.repeat(60)}<h1>Late headline</h1></body>`);
    const shared = fromScan(doc)!;
    expect(shared.boxes.length).toBe(50);
    expect(shared.boxes).toEqual(scanSummaryCandidates(doc.body).boxes);
    expect(shared.h1s.length).toBe(1);
  });

  it('are not offered when content follows <body> (a document built by DOM calls)', () => {
    const doc = parse('<body><h1>In body</h1></body>');
    const after = doc.createElement('div');
    after.innerHTML = '<h1>After body</h1>';
    doc.documentElement.appendChild(after);
    expect(fromScan(doc)).toBeNull();
  });
});
