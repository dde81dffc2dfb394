// 10,000 levels of nesting under jsdom. The page is built with DOM calls in detached chunks
// (see pages.ts): through jsdom's parser it takes ~40 s. Chromium's parser would stop nesting at
// 512 levels anyway; pages built by script have no such limit.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../lib/extract/budget';
import { ARTICLE_MARK, STRESS_PAGES } from './pages';
import { extractChecked, stressPage } from './check';
import { JSDOM } from 'jsdom';

function depthOf(html: string): number {
  // Nesting of the output, read from its tags (a parse would be capped by nothing in jsdom).
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*?(\/?)>/gi)) {
    if (/^(?:br|hr|img|wbr|source|col|area)$/i.test(m[2]) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
}

describe('10,000 levels of nesting', () => {
  it('completes, keeps the text, and flattens past the depth budget', () => {
    const page = stressPage(STRESS_PAGES, 'deep-10k');
    const r = extractChecked(page);
    expect(r.textContent).toContain(ARTICLE_MARK);
    expect(r.textContent).toContain('Paragraph 12 of the report.');
    expect(depthOf(r.contentHtml)).toBeLessThanOrEqual(MAX_DEPTH);
  }, 120_000);

  it('10,000 nested levels, every other one named like a sidebar, each with a paragraph: the article still wins', () => {
    // Every named level is a removal candidate whose text mass the noise guard weighs: asked one
    // by one, that was a walk of the whole chain per level (25 s); one walk now sums them all.
    const r = extractChecked(stressPage(STRESS_PAGES, 'deep-sidebars-10k'));
    expect(r.textContent).toContain(ARTICLE_MARK);
  }, 120_000);

  it('a deep tree that is all wrappers around a short text still completes', () => {
    const doc = new JSDOM('<!DOCTYPE html><title>w</title><body></body>').window.document;
    // 3,000 levels, no article: nothing to find, nothing to throw.
    let top: Element | null = null;
    for (let i = 0; i < 3000; i++) {
      const d = doc.createElement(i % 2 ? 'span' : 'section');
      if (top) d.appendChild(top);
      else d.textContent = 'only words';
      top = d;
    }
    doc.body.appendChild(top!);
    const r = extractChecked({ name: 'wrappers', what: '', build: () => doc }, doc);
    expect(r.textContent).toContain('only words');
  }, 120_000);
});
