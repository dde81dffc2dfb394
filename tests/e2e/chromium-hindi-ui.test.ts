// With a Hindi browser UI, the reader's own labels come from _locales/hi ("सार" for the summary).
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { launchChromium } from './browsers';
import { askHook } from './hook';
import { startServer, type FixtureServer } from './server';
import { HINDI_FIXTURE, SCREENSHOTS } from './scenarios';

describe('Chromium with a Hindi UI', () => {
  let browser: BrowserDriver | null = null;
  let skip = '';
  let server: FixtureServer;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer();
    const got = await launchChromium('hi');
    if (typeof got === 'string') skip = got;
    else browser = got;
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('labels the summary "सार"', async (ctx) => {
    if (!browser) return ctx.skip(skip);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/${HINDI_FIXTURE}/`);
    const ask = (a: string) => askHook(page, a, 3000);
    for (let i = 0; i < 50 && (await ask('status')) === null; i++) await new Promise((r) => setTimeout(r, 100));
    await ask('open-reader');
    let heading = '';
    for (let i = 0; i < 50 && !heading; i++) {
      heading = await page.evaluate(() => document.querySelector('saar-reader')?.shadowRoot?.querySelector('.saar-summary-heading')?.textContent ?? '', undefined);
      if (!heading) await new Promise((r) => setTimeout(r, 100));
    }
    expect(heading.startsWith('सार')).toBe(true);
    await page.screenshot(path.join(SCREENSHOTS, 'chromium-hi-ui.png'));
    await page.close();
  });
});
