import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { completeStreamedBoundaries } from './complete-streamed-boundaries';
import { extractArticle } from './extract-article';

const page = (body: string): Document => new JSDOM(`<!DOCTYPE html><body>${body}</body>`, { url: 'https://news.example/a' }).window.document;
const para = (n: number, w: string): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about the ${w}, long enough to read as prose, with commas, clauses, and a full stop.</p>`).join('');

describe('completeStreamedBoundaries', () => {
  it('does nothing on a page without streamed segments', () => {
    expect(completeStreamedBoundaries(page('<main><p>Text</p></main>'))).toBeNull();
  });

  it('puts a segment where its boundary was, in place of the loading skeleton, on a copy', () => {
    const doc = page('<header>Site</header><main><!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$--><p>Tail</p></main>' +
      '<footer>Foot</footer><div hidden id="S:0"><article><h1>Title</h1><p>Body text</p></article></div>');
    const before = doc.body.innerHTML;
    const done = completeStreamedBoundaries(doc)!;
    expect(done.querySelector('main')!.textContent).toBe('TitleBody textTail');
    expect(done.querySelector('.skeleton, template, [hidden]')).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('skips nested boundaries inside a fallback when looking for its end', () => {
    const doc = page('<main><!--$?--><template id="B:0"></template><div>outer <!--$--><span>inner</span><!--/$--> fallback</div><!--/$--><p>kept</p></main>' +
      '<div hidden id="S:0"><p>Real</p></div>');
    expect(completeStreamedBoundaries(doc)!.querySelector('main')!.innerHTML).toBe('<!--$?--><p>Real</p><!--/$--><p>kept</p>');
  });

  it('follows the page runtime calls, and fills placeholders ($RS) too', () => {
    const doc = page('<main><template id="P:1"></template><!--$?--><template id="B:0"></template>wait<!--/$--></main>' +
      '<div hidden id="S:5"><p>Segment five</p></div><div hidden id="S:0"><p>Boundary zero</p></div>' +
      '<script>$RS("S:5","P:1");$RC("B:0","S:0")</script>');
    const main = completeStreamedBoundaries(doc)!.querySelector('main')!;
    expect(main.textContent).toBe('Segment fiveBoundary zero');
  });

  it('replaces only the template when a saved page lost the end comment', () => {
    const doc = page('<main><template id="B:0"></template><p>Real content after</p></main><div hidden id="S:0"><p>Streamed</p></div>');
    expect(completeStreamedBoundaries(doc)!.querySelector('main')!.textContent).toBe('StreamedReal content after');
  });

  it('lets extraction read an article whose second half arrived as a hidden segment', () => {
    const doc = page('<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>The river rose</h1>' +
      `${para(4, 'river')}<!--$?--><template id="B:0"></template><div class="pulse"></div><!--/$--></article></main>` +
      `<footer>About us</footer><div hidden id="S:0"><section>${para(4, 'flood')}</section></div>`);
    const r = extractArticle(doc);
    expect(r.textContent).toContain('Paragraph 1 about the river');
    expect(r.textContent).toContain('Paragraph 4 about the flood');
    // The page itself is left as it was.
    expect(doc.getElementById('S:0')).not.toBeNull();
  });
});
