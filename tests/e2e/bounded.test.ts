// Bounded work in a real browser: Saar's core (bundled with esbuild) on oversized pages built in
// a live Chromium document, and on declarative shadow DOM, which jsdom does not attach (it keeps
// the <template>). Chromium's own parser stops nesting at 512 levels, so the 10,000-deep tree is
// built by script, as a page's own scripts could. The jsdom side is tests/bounded/.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath } from './browsers';
import { REPO_ROOT } from './server';
import { ARTICLE_MARK, articleParagraph, SHADOW_ONLY, STRESS_PAGES } from '../bounded/pages';
import type { BoundedRun as Run } from './bounded-entry';

const URL = 'https://news.example/2026/11/29/library-vote';
const chromium = chromiumPath();


describe.skipIf(!chromium)('bounded work in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let bundle = '';
  let html = '';

  beforeAll(async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [path.join(REPO_ROOT, 'tests', 'e2e', 'bounded-entry.ts')],
      bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent',
    });
    bundle = out.outputFiles[0].text;
    const { chromium: pw } = await import('playwright-core');
    browser = await pw.launch({ executablePath: chromium!, args: [...CHROMIUM_QUIET_ARGS, '--disable-dev-shm-usage'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  // A fresh page for each test: a renderer that a huge tree brought down takes no other test with it.
  async function load(body: string): Promise<void> {
    await page?.close().catch(() => {});
    page = await browser.newPage();
    // Every request is answered from memory: nothing reaches the network.
    await page.route('**/*', (route) => (route.request().url() === URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
    html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bounded</title></head><body>${body}</body></html>`;
    await page.goto(URL);
    await page.addScriptTag({ content: bundle });
  }

  const run = (kind: string, needle = '', expectText = ARTICLE_MARK): Promise<Run> =>
    page.evaluate(([k, n, e]) => (globalThis as unknown as { __saarBounded: (k: string, n: string, e: string) => Run }).__saarBounded(k, n, e), [kind, needle, expectText] as const);

  for (const { name: kind, budget, expectText } of STRESS_PAGES.filter((p) => ['deep-10k', 'elements-200k', 'text-20mb'].includes(p.name))) {
    it(`${kind}: completes, finds the article, reports budget:${budget}, leaves the page alone`, async () => {
      await load('');
      const r = await run(kind, '', expectText);
      expect(r.error).toBeUndefined();
      expect(r.found).toBe(true);
      expect(r.unchanged).toBe(true);
      expect(r.unsafe).toBe(false);
      expect(r.warnings.some((w) => w.startsWith(`budget:${budget}:`)), JSON.stringify(r.warnings)).toBe(true);
      console.log(`[bounded e2e] ${kind}: ${Math.round(r.ms)} ms, ${r.chars} chars`);
    }, 120_000);
  }

  it('declarative and attached shadow roots: light DOM read, shadow-only text not', async () => {
    const paras = Array.from({ length: 12 }, (_, i) => `<p>${articleParagraph(i)}</p>`).join('');
    await load(`<site-header><template shadowrootmode="open"><p>${SHADOW_ONLY} (declarative).</p><slot></slot></template></site-header>
      <news-story><h1>Council votes to fund the new river library</h1>${paras}</news-story><share-box></share-box>`);
    const attached = await page.evaluate((text) => {
      const host = document.querySelector('site-header')!;
      const box = document.querySelector('share-box')!;
      box.attachShadow({ mode: 'open' }).innerHTML = `<p>${text} (attached).</p>`;
      return !!host.shadowRoot && !host.querySelector('template');
    }, SHADOW_ONLY);
    // Chromium attached the declarative root while parsing (jsdom would have kept a <template>).
    expect(attached).toBe(true);
    const r = await run('as-is', SHADOW_ONLY);
    expect(r.error).toBeUndefined();
    expect(r.found).toBe(true);
    expect(r.hasNeedle).toBe(false);
    expect(r.unchanged).toBe(true);
  }, 60_000);
});
