// The checks every bounded-work page goes through: extraction completes without throwing, the
// live document is unchanged, the output is sanitized, a hit budget is reported, and the article
// is still found when the page has one.
import { expect } from 'vitest';
import { extractArticle } from '../../lib/index';
import type { ExtractOptions, ExtractResult } from '../../lib/types';
import { assertSafeHtml, MARKUP_IN_TEXT } from '../hostile/assert-safe';
import { fingerprint, type StressPage } from './pages';

export function extractChecked(page: StressPage, doc = page.build(), options: ExtractOptions = {}): ExtractResult {
  const before = fingerprint(doc);
  const result = extractArticle(doc, options);
  expect(fingerprint(doc), `${page.name}: the live document changed`).toBe(before);
  assertSafeHtml(result.contentHtml, page.name);
  expect(MARKUP_IN_TEXT.test(result.textContent), `${page.name}: markup in textContent`).toBe(false);
  if (page.expectText) expect(result.textContent, `${page.name}: article text`).toContain(page.expectText);
  const codes = result.warnings.map((w) => /^budget:(\w+):/.exec(w)?.[1]);
  if (page.budget) expect(codes, `${page.name}: warnings ${JSON.stringify(result.warnings)}`).toContain(page.budget);
  return result;
}

export function stressPage(pages: StressPage[], name: string): StressPage {
  const page = pages.find((p) => p.name === name);
  if (!page) throw new Error(`no stress page ${name}`);
  return page;
}
