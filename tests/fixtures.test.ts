/**
 * The fixture corpus (tests/fixtures/<category>--<case>/): one test per fixture for detection,
 * one per article fixture for extraction. See tests/fixtures/README.md for expected.json.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../lib/index';
import { checkField, listFixtures, loadFixture, norm, readExpected } from './helpers/fixtures';

const names = listFixtures();
const articles = names.filter((n) => readExpected(n).isArticle);

describe('fixture corpus', () => {
  it('has fixtures', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('detection: %s', (name) => {
    const { doc, expected } = loadFixture(name);
    const res = detectArticle(doc, expected.url);
    expect(res.isArticle, `score ${res.score}: ${res.reasons.join('; ')}`).toBe(expected.isArticle);
    expect(res.score).toBeGreaterThanOrEqual(0);
    expect(res.score).toBeLessThanOrEqual(1);
    expect(res.reasons.length).toBeGreaterThan(0);
  });

  it.each(articles)('extraction: %s', (name) => {
    const { doc, dom, expected } = loadFixture(name);
    const before = dom.serialize();
    const res = extractArticle(doc, { url: expected.url });
    // The live document is never modified.
    expect(dom.serialize() === before, 'document changed by extraction').toBe(true);

    const text = norm(res.textContent);
    const html = norm(res.contentHtml);
    for (const [key, want] of Object.entries(expected.fields ?? {})) {
      const problem = checkField(key, want, (base) =>
        base === 'summarySource' ? res.summary?.source : (res as unknown as Record<string, unknown>)[base],
      );
      expect.soft(problem).toBeNull();
    }
    for (const phrase of expected.mustInclude ?? []) {
      expect.soft(text.includes(norm(phrase)), `textContent should include ${JSON.stringify(phrase)}`).toBe(true);
    }
    for (const phrase of expected.mustNotInclude ?? []) {
      expect.soft(text.includes(norm(phrase)), `textContent should not include ${JSON.stringify(phrase)}`).toBe(false);
      expect.soft(html.includes(norm(phrase)), `contentHtml should not include ${JSON.stringify(phrase)}`).toBe(false);
    }
    for (const markup of expected.htmlIncludes ?? []) {
      expect.soft(res.contentHtml.includes(markup), `contentHtml should include ${JSON.stringify(markup)}`).toBe(true);
    }
    const summary = norm(res.summary?.text);
    for (const phrase of expected.summaryIncludes ?? []) {
      expect.soft(summary.includes(norm(phrase)), `summary should include ${JSON.stringify(phrase)}`).toBe(true);
    }
    if (expected.leadImage === null) {
      expect.soft(res.leadImage, 'no lead image expected').toBeNull();
    } else if (expected.leadImage) {
      expect.soft(res.leadImage, 'a lead image').not.toBeNull();
      for (const [key, want] of Object.entries(expected.leadImage)) {
        const problem = checkField(key, want, (base) => (res.leadImage as unknown as Record<string, unknown> | null)?.[base]);
        expect.soft(problem, 'leadImage').toBeNull();
      }
    }
  });
});
