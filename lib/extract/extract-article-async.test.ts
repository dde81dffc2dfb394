import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from './extract-article';
import { extractArticleAsync } from './extract-article-async';
import type { ExtractStep } from './extract-article';

const page = (): Document =>
  new JSDOM(
    `<!doctype html><html lang="en"><head><title>Rain returns</title></head><body><nav><a href="/">Home</a></nav><article><h1>Rain returns</h1>${Array.from(
      { length: 8 },
      (_, i) => `<p>Paragraph ${i} on the monsoon, with commas, clauses, and enough words to read as prose.</p>`,
    ).join('')}<div class="ad-slot">Advertisement</div></article></body></html>`,
    { url: 'https://news.example.org/rain' },
  ).window.document;

describe('extractArticleAsync', () => {
  it('returns what extractArticle returns, and reports every phase in order', async () => {
    const steps: ExtractStep[] = [];
    const result = await extractArticleAsync(page(), {}, { onProgress: (s) => steps.push(s), sliceMs: 0, yieldTo: async () => {} });
    expect(result).toEqual(extractArticle(page()));
    const phases = steps.map((s) => s.phase);
    expect(phases[0]).toBe('metadata');
    expect(phases.at(-1)).toBe('sanitize');
    expect(phases).toEqual(expect.arrayContaining(['clean', 'grab', 'post-process']));
    expect(steps.find((s) => s.phase === 'clean')?.attempt).toBe('strict');
  });

  it('yields once per phase when every slice is over budget, and never when none is', async () => {
    let clock = 0;
    let turns = 0;
    const yieldTo = async (): Promise<void> => void turns++;
    // Each reading of the clock advances 100 ms: every phase overruns a 40 ms slice.
    await extractArticleAsync(page(), {}, { now: () => (clock += 100), yieldTo, sliceMs: 40 });
    const slow = turns;
    turns = 0;
    await extractArticleAsync(page(), {}, { now: () => 0, yieldTo, sliceMs: 40 });
    expect(slow).toBeGreaterThanOrEqual(5);
    expect(turns).toBe(0);
  });
});
