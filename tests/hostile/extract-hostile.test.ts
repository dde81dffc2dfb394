// Every hostile vector, embedded in a long article body, goes through the whole extraction
// (jsdom parse as in the CLI, passes, DOMPurify) and must come out inert.
import { describe, expect, it } from 'vitest';
import { articlePage, extractHtml } from '../../lib/postprocess/test-page';
import { assertSafeHtml, MARKUP_IN_TEXT } from './assert-safe';
import { VECTORS } from './vectors';

describe('hostile markup inside an article', () => {
  for (const v of VECTORS) {
    it(v.name, () => {
      const r = extractHtml(articlePage(`<p>Before the vector.</p>${v.html}<p>After the vector.</p>`));
      // The article itself is still found.
      expect(r.textContent).toContain('The river rose faster than anyone');
      assertSafeHtml(r.contentHtml, v.name);
      expect(MARKUP_IN_TEXT.test(r.textContent), `markup in textContent: ${r.textContent.match(/.{0,40}<[a-zA-Z/!?].{0,40}/)?.[0]}`).toBe(false);
      for (const field of [r.title, r.byline, r.siteName, r.summary?.text ?? '']) expect(MARKUP_IN_TEXT.test(field), field).toBe(false);
    });
  }

  it('a vector in the head does not reach any field', () => {
    const head = `<title>Flood &lt;img src=x onerror=alert(1)&gt;</title><meta property="og:title" content="<script>alert(1)</script>"><base href="https://evil.example/">`;
    const r = extractHtml(articlePage('<p><a href="/local">local link</a> in the text of the story.</p>', { head }));
    assertSafeHtml(r.contentHtml, 'head');
    // The page's <base> is the document base: the jsdom parse honours it, nothing executes either way.
    expect(r.contentHtml).not.toMatch(/<base/i);
  });
});
