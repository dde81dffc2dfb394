// Oversized pages under jsdom (as in the CLI and the benchmark). Not timed: speed is the stress
// benchmark's job (npm run bench -- --stress); these must finish, stay correct and say what they cut.
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, MAX_TEXT_CHARS } from '../../lib/extract/budget';
import { extractArticle } from '../../lib/index';
import { ARTICLE_MARK, hugeArticle, STRESS_PAGES } from './pages';
import { extractChecked, stressPage } from './check';

const SLOW = 120_000;

describe('oversized pages', () => {
  it('200,000 elements: finds the article, one attempt, says the budget was hit', () => {
    const r = extractChecked(stressPage(STRESS_PAGES, 'elements-200k'));
    expect(r.attempt).toBe('strict');
    expect(r.warnings.join(' ')).toContain(MAX_ELEMENTS.toLocaleString('en'));
    // The teaser grids around it are not the article.
    expect(r.textContent).not.toContain('Story 100');
  }, SLOW);

  it('100,000 links: the article wins over the link list', () => {
    const r = extractChecked(stressPage(STRESS_PAGES, 'links-100k'));
    expect(r.textContent).toContain('Paragraph 12 of the report.');
    expect(r.contentHtml).not.toContain('/l/5000"');
  }, SLOW);

  it('a 20 MB text node: text cut to the budget, from the start', () => {
    const r = extractChecked(stressPage(STRESS_PAGES, 'text-20mb'));
    expect(r.textContent.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(r.textContent.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(r.textContent).toContain(ARTICLE_MARK.replace('3', '1'));
    expect(r.wordCount).toBeGreaterThan(100_000);
  }, SLOW);

  it('an article larger than the element budget is copied from its start, up to the budget', () => {
    const doc = hugeArticle(3000);
    const page = { name: 'article-6k', what: '', build: () => doc, expectText: ARTICLE_MARK, budget: 'elements' as const };
    const r = extractChecked(page, doc, { maxElements: 2000 });
    expect(r.textContent.startsWith('Paragraph 1 of the report.')).toBe(true);
    // About 2,000 elements copied: roughly the first 1,000 paragraphs, not all 3,000.
    expect(r.textContent).toContain('Paragraph 900 of the report.');
    expect(r.textContent).not.toContain('Paragraph 1100 of the report.');
    // Would the whole page fit, nothing would be cut.
    expect(extractArticle(hugeArticle(300)).warnings).toEqual([]);
  });

  it('a lower maxElements option degrades an ordinary page the same way', () => {
    const page = stressPage(STRESS_PAGES, 'no-body');
    const doc = page.build();
    const r = extractArticle(doc, { maxElements: 5 });
    expect(r.warnings.some((w) => w.startsWith('budget:elements:'))).toBe(true);
    expect(r.attempt).toBe('strict');
  });
});
