// Reading library, end to end in Chromium: save → relaunch with the same profile (real IndexedDB on
// disk) → still there → export → delete all → import the file → identical records. Keep images
// offline: save (page and link) with pictures → extension reload (an update) → relaunch with the
// fixture server stopped → the article opens with its pictures from IndexedDB, no request made.
// Firefox (puppeteer over BiDi, own profile dir): save and save-link through the test hook, then a
// relaunch with the same profile still has them (BiDi cannot open extension pages, so no UI there).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROME_E2E_DIR, NOT_LOCAL, chromiumPath, extensionReady, launchChromiumContext, launchFirefoxBrowser } from './browsers';
import { askHook } from './hook';
import { startServer, type FixtureServer } from './server';
import { SCREENSHOTS } from './scenarios';

async function launch(userDataDir: string): Promise<BrowserContext> {
  const context = await launchChromiumContext(userDataDir, { acceptDownloads: true });
  if (typeof context === 'string') throw new Error(context);
  await context.route(NOT_LOCAL, (route) => route.abort());
  await extensionReady(context);
  return context;
}

/** Ask the test hook in a fixture page for an action; the background's reply as JSON. */
async function hook(page: { evaluate: Page['evaluate'] }, action: string): Promise<Record<string, unknown> | null> {
  const raw = await askHook(page, action);
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}

async function untilHook(page: { evaluate: Page['evaluate'] }): Promise<void> {
  for (let i = 0; i < 60; i++) if ((await hook(page, 'status')) !== null) return;
  throw new Error('the e2e hook did not answer');
}

/** The extension API global, as seen in page.evaluate callbacks (typed for what the tests use). */
type ChromeGlobal = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } }; runtime: { reload(): void } } };

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
  it('keep images offline: save with pictures → extension reload → relaunch without the server → pictures from IndexedDB', async (ctx) => {
    if (skip || !context) ctx.skip(skip || 'first test did not launch');
    // The setting, turned on where users find it (the popup shows the same toggle).
    let lib = await openLibrary(context!);
    await lib.check('input[name="keepImagesOffline"]');
    await lib.waitForFunction(async () => ((await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('libraryPrefs')).libraryPrefs as { keepImagesOffline?: boolean } | undefined)?.keepImagesOffline === true);

    const page = await context!.newPage();
    await page.goto(`${server.origin}/pages/photo-article.html`);
    await untilHook(page);
    const saved = (await hook(page, 'save-page')) as { ok: boolean; id: string; images: { kept: number; skipped: { src: string; reason: string }[] } };
    expect(saved).toMatchObject({ ok: true, images: { kept: 2 } });
    // The picture on another host without CORS cannot be fetched from the page: reported, not stored.
    expect(saved.images.skipped).toEqual([{ src: 'https://cdn.elsewhere.example/photos/river.jpg', reason: 'blocked' }]);
    const stored = () =>
      lib.evaluate(
        (id: string) =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('saar-library');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('images').objectStore('images').index('articleId').getAll(id);
              req.onsuccess = () => {
                open.result.close();
                resolve((req.result as { src: string; blob: Blob }[]).map((i) => `${i.src} ${i.blob.type} ${i.blob.size}`).sort());
              };
              req.onerror = () => reject(req.error);
            };
          }),
        saved.id,
      );
    const pictures = await stored();
    // The lead image and the srcset's 1200w candidate (the largest up to 1600w).
    expect(pictures.map((p) => p.replace(server.origin, ''))).toEqual([expect.stringMatching(/^\/img\/dam-lead\.jpg image\/png \d+$/), expect.stringMatching(/^\/img\/gates-1200\.jpg image\/png \d+$/)]);
    // "Save link for later" keeps the pictures too: fetched in the offscreen document, with the site's permission.
    const linked = (await hook(page, 'save-link:/pages/photo-article.html?via=link')) as { ok: boolean; fetched: boolean; id: string; images: { kept: number } };
    expect(linked).toMatchObject({ ok: true, fetched: true, images: { kept: 2 } });
    expect(linked.id).not.toBe(saved.id);
    const recordsBefore = await records(lib);

    // An extension update is a reload: the service worker restarts, the data stays.
    // Chromium keeps a --load-extension build across a reload only in developer mode (otherwise it
    // disables it as "unsupportedDeveloperExtension"), as on a developer's machine.
    const settingsPage = await context!.newPage();
    await settingsPage.goto('chrome://extensions');
    await settingsPage.evaluate(
      () => new Promise((resolve) => ((globalThis as unknown as ChromeGlobal).chrome as unknown as { developerPrivate: { updateProfileConfiguration(c: object, cb: () => void): void } }).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => resolve(null))),
    );
    await settingsPage.close();
    const worker = context!.serviceWorkers()[0];
    const stopped = new Promise((resolve) => worker.once('close', resolve));
    const restarted = context!.waitForEvent('serviceworker', { timeout: 20000 });
    await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.reload()).catch(() => undefined);
    await stopped;
    await restarted;
    lib = await openLibrary(context!);
    await lib.waitForSelector('.lib-item');
    expect(await records(lib)).toEqual(recordsBefore);
    expect(await stored()).toEqual(pictures);

    // Relaunch with the same profile and no server at all: the article opens with its pictures.
    await context!.close();
    await server.close();
    context = await launch(userDataDir);
    const requests: string[] = [];
    context.on('request', (r) => {
      if (r.url().includes('127.0.0.1')) requests.push(r.url());
    });
    lib = await openLibrary(context);
    await lib.click('.lib-title:has-text("New dam gates")');
    await lib.waitForFunction(() => {
      const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('.lib-reader .saar-body img[src^="blob:"]'));
      return imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    });
    const shown = await lib.evaluate(() => Array.from(document.querySelectorAll<HTMLImageElement>('.lib-reader img')).map((i) => ({ blob: i.src.startsWith('blob:'), width: i.naturalWidth, alt: i.alt, hidden: i.hidden })));
    expect(shown.filter((i) => i.blob)).toEqual([
      { blob: true, width: 64, alt: 'The spillway of the dam', hidden: false },
      { blob: true, width: 64, alt: 'Two of the new gates, half open', hidden: false },
    ]);
    expect(requests).toEqual([]);
    await lib.screenshot({ path: path.join(SCREENSHOTS, 'chromium-library-offline-images.png') });
    // Closing the article revokes its object URLs.
    const url = await lib.evaluate(() => document.querySelector<HTMLImageElement>('.lib-reader img[src^="blob:"]')!.src);
    await lib.evaluate(() => (location.hash = ''));
    await lib.waitForSelector('.lib-item');
    expect(await lib.evaluate((u: string) => fetch(u).then(() => 'loaded', () => 'revoked'), url)).toBe('revoked');
  });
});

describe('Reading library (Firefox)', () => {
  /**
   * Firefox ESR over WebDriver BiDi with a profile directory of our own (puppeteer's userDataDir),
   * so a second launch sees what the first stored. BiDi installs the build as a temporary add-on
   * each launch; Firefox keeps its internal UUID in the profile's prefs.js, so the
   * moz-extension:// origin — and its IndexedDB — is the same after the relaunch.
   */
  async function launchFirefoxProfile(userDataDir: string) {
    return launchFirefoxBrowser({ userDataDir });
  }

  it('saves through the background into IndexedDB, and the library survives a relaunch with the same profile', async (ctx) => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'saar-library-ff-'));
    let got = await launchFirefoxProfile(profile);
    if (typeof got === 'string') return ctx.skip(got);
    const server = await startServer();
    const ready = async (page: unknown) => {
      let ok = false;
      for (let i = 0; i < 60 && !ok; i++) ok = (await hook(page as never, 'status')) !== null;
      expect(ok).toBe(true);
    };
    try {
      let page = await got.newPage();
      await page.goto(`${server.origin}/pages/english-article.html`);
      await ready(page);
      expect(await hook(page as never, 'save-page')).toMatchObject({ ok: true });
      expect(await hook(page as never, 'save-page')).toMatchObject({ ok: true, updated: true });
      expect(await hook(page as never, 'library-count')).toMatchObject({ count: 1 });
      // A link: fetched and parsed in the background (Firefox's background page has DOMParser).
      expect(await hook(page as never, 'save-link:/pages/english-article.html?via=link')).toMatchObject({ ok: true, fetched: true });
      expect(await hook(page as never, 'library-count')).toMatchObject({ count: 2 });

      await got.close();
      got = await launchFirefoxProfile(profile);
      if (typeof got === 'string') throw new Error(got);
      page = await got.newPage();
      await page.goto(`${server.origin}/pages/english-article.html`);
      await ready(page);
      expect(await hook(page as never, 'library-count')).toMatchObject({ count: 2 });
    } finally {
      if (typeof got !== 'string') await got.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
