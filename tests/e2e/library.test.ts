// Reading library, end to end in Chromium: save → relaunch with the same profile (real IndexedDB on
// disk) → still there → export JSON → delete all → import the file → identical records.
// Firefox: the save path is checked through the test hook (BiDi cannot open extension pages).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROME_E2E_DIR, CHROMIUM_QUIET_ARGS, chromiumPath, launchFirefox } from './browsers';
import { startServer, type FixtureServer } from './server';
import { SCREENSHOTS } from './scenarios';

async function launch(userDataDir: string): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath()!,
    headless: true,
    acceptDownloads: true,
    args: ['--headless=new', `--disable-extensions-except=${CHROME_E2E_DIR}`, `--load-extension=${CHROME_E2E_DIR}`, ...CHROMIUM_QUIET_ARGS, '--lang=en-US'],
    viewport: { width: 1000, height: 900 },
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20000 });
  return context;
}

/** Ask the test hook in a fixture page for an action; the background's reply as JSON. */
async function hook(page: { evaluate: Page['evaluate'] }, action: string): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate(
    (a: string) =>
      new Promise<string | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 8000);
        window.addEventListener(
          'saar-e2e-reply',
          (e) => {
            clearTimeout(timer);
            resolve(String((e as CustomEvent).detail));
          },
          { once: true },
        );
        window.dispatchEvent(new CustomEvent('saar-e2e', { detail: a }));
      }),
    action,
  );
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}

async function untilHook(page: { evaluate: Page['evaluate'] }): Promise<void> {
  for (let i = 0; i < 60; i++) if ((await hook(page, 'status')) !== null) return;
  throw new Error('the e2e hook did not answer');
}

function extensionId(context: BrowserContext): string {
  return new URL(context.serviceWorkers()[0].url()).host;
}

async function openLibrary(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId(context)}/library.html`);
  return page;
}

/** What the library page's own database holds, in a stable order. */
function records(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('saar-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('Reading library (Chromium)', () => {
  let server: FixtureServer;
  let userDataDir = '';
  let context: BrowserContext | null = null;
  const skip = !chromiumPath() ? 'Chromium not found' : !fs.existsSync(path.join(CHROME_E2E_DIR, 'manifest.json')) ? 'no test build' : '';

  beforeAll(async () => {
    server = await startServer();
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saar-library-'));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it('save → relaunch → still there → export → clear → import → identical', async (ctx) => {
    if (skip) ctx.skip(skip);
    context = await launch(userDataDir);
    const page = await context.newPage();
    await page.goto(`${server.origin}/pages/english-article.html?utm_source=e2e`);
    await untilHook(page);
    const saved = await hook(page, 'save-page');
    expect(saved).toMatchObject({ ok: true, updated: false });
    // Saving the same article again (another tracking parameter) updates instead of duplicating.
    await page.goto(`${server.origin}/pages/english-article.html`);
    await untilHook(page);
    expect(await hook(page, 'save-page')).toMatchObject({ ok: true, id: saved!.id, updated: true });
    expect(await hook(page, 'library-count')).toMatchObject({ count: 1 });

    // The reader view's own Save button goes through the validated content-script path.
    await hook(page, 'open-reader');
    await page.waitForFunction(() => !!document.querySelector('saar-reader')?.shadowRoot?.querySelector('[data-action="save"]'));
    await page.evaluate(() => document.querySelector('saar-reader')!.shadowRoot!.querySelector<HTMLElement>('[data-action="save"]')!.click());
    await page.waitForFunction(() => /Saved/.test(document.querySelector('saar-reader')!.shadowRoot!.querySelector('[data-action="save"]')!.textContent ?? ''));

    // Relaunch with the same profile: the article survives on disk.
    await context.close();
    context = await launch(userDataDir);
    let lib = await openLibrary(context);
    await lib.waitForSelector('.lib-item');
    expect(await lib.locator('.lib-item').count()).toBe(1);
    expect(await lib.locator('.lib-title').first().innerText()).toContain('Monsoon arrives early');
    await lib.screenshot({ path: path.join(SCREENSHOTS, 'chromium-library.png') });

    // Search finds body words and not absent ones.
    await lib.fill('.lib-search', 'reservoir');
    await lib.waitForSelector('.lib-item');
    await lib.fill('.lib-search', 'zzzqqq');
    await lib.waitForSelector('.lib-empty');
    await lib.fill('.lib-search', '');

    // Mark as favourite, so the round trip carries user state too.
    await lib.click('.lib-item [data-action="favourite"]');
    await lib.waitForSelector('.lib-item [data-action="favourite"][aria-pressed="true"]');

    // Opening it shows the reader view offline; the reading position is remembered.
    await lib.click('.lib-title');
    await lib.waitForSelector('.lib-reader .saar-body p');
    await lib.evaluate(() => {
      const el = document.querySelector('.lib-reader')!;
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    });
    await lib.waitForTimeout(700);
    const withPos = (await records(lib)) as { readingPosition: number }[];
    expect(withPos[0].readingPosition).toBeGreaterThan(0.3);
    expect(withPos[0].readingPosition).toBeLessThan(0.7);

    await lib.goto(`chrome-extension://${extensionId(context)}/library.html`);
    await lib.waitForSelector('.lib-item');
    const before = await records(lib);
    const download = lib.waitForEvent('download');
    await lib.click('[data-action="export-json"]');
    const file = path.join(userDataDir, 'export.json');
    await (await download).saveAs(file);

    // EPUB of the whole library: a zip whose first entry is the stored mimetype.
    const epubDownload = lib.waitForEvent('download');
    await lib.click('[data-action="export-epub"]');
    const epub = path.join(userDataDir, 'export.epub');
    await (await epubDownload).saveAs(epub);
    expect(fs.readFileSync(epub).subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');

    lib.once('dialog', (d) => void d.accept());
    await lib.click('[data-action="clear"]');
    await lib.waitForSelector('.lib-empty');
    expect(await records(lib)).toEqual([]);

    await lib.setInputFiles('input[name="import"]', file);
    await lib.waitForSelector('.lib-item');
    expect(await records(lib)).toEqual(before);

    // Delete with undo.
    await lib.click('.lib-item [data-action="delete"]');
    await lib.waitForSelector('[data-action="undo"]');
    expect(await records(lib)).toEqual([]);
    await lib.click('[data-action="undo"]');
    await lib.waitForSelector('.lib-item');
    expect(await records(lib)).toEqual(before);
  });

  it('"Save link for later" fetches and extracts the link (offscreen document)', async (ctx) => {
    if (skip || !context) ctx.skip(skip || 'first test did not launch');
    // The open library page shows saves made elsewhere without a reload.
    const lib = await openLibrary(context!);
    await lib.waitForSelector('.lib-item');
    expect(await lib.locator('.lib-item').count()).toBe(1);
    const page = await context!.newPage();
    await page.goto(`${server.origin}/pages/not-article.html`);
    await untilHook(page);
    const reply = await hook(page, 'save-link:/pages/english-article.html?via=link');
    await lib.waitForFunction(() => document.querySelectorAll('.lib-item').length === 2);
    // Stored first as pending, then updated with the fetched body.
    expect(reply).toMatchObject({ ok: true, fetched: true, updated: true });
    expect(reply!.title).toContain('Monsoon arrives early');
    expect(await hook(page, 'library-count')).toMatchObject({ count: 2 });

    // The popup's "Save for later" saves the tab it acts on.
    const { tabId } = (await hook(page, 'status')) as { tabId: number };
    const popup = await context!.newPage();
    await popup.goto(`chrome-extension://${extensionId(context!)}/popup.html?tab=${tabId}`);
    await popup.click('[data-action="save"]');
    await popup.waitForFunction(() => /Saved/.test(document.querySelector('[data-action="save"]')?.textContent ?? ''), undefined, { timeout: 5000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}: ${await popup.evaluate(() => document.querySelector('.popup-actions')?.textContent)}`);
    });
    expect(await hook(page, 'library-count')).toMatchObject({ count: 3 });
    await popup.close();
    await page.close();
    await lib.close();
  });
});

describe('Reading library (Firefox)', () => {
  it('saves the current page through the background into IndexedDB', async (ctx) => {
    const got = await launchFirefox();
    if (typeof got === 'string') return ctx.skip(got);
    const server = await startServer();
    try {
      const page = await got.newPage();
      await page.goto(`${server.origin}/pages/english-article.html`);
      let ready = false;
      for (let i = 0; i < 60 && !ready; i++) ready = (await hook(page as never, 'status')) !== null;
      expect(ready).toBe(true);
      expect(await hook(page as never, 'save-page')).toMatchObject({ ok: true });
      expect(await hook(page as never, 'save-page')).toMatchObject({ ok: true, updated: true });
      expect(await hook(page as never, 'library-count')).toMatchObject({ count: 1 });
      // A link: fetched and parsed in the background (Firefox's background page has DOMParser).
      expect(await hook(page as never, 'save-link:/pages/english-article.html?via=link')).toMatchObject({ ok: true, fetched: true });
      expect(await hook(page as never, 'library-count')).toMatchObject({ count: 2 });
    } finally {
      await got.close();
      await server.close();
    }
  });
});
