// The hostile corpus (tests/hostile/vectors.ts) through the real reader view, in Chromium and in
// Firefox, plus a few page-CSS attacks on the overlay itself (tests/e2e/pages/hostile-pages.ts).
// Each sits alone in a news article served at /hostile/<id>/, its attacker URLs pointing at
// /canary/<id>/ on the test server. The page itself may run its own scripts while it
// loads (that is the page's business); what is measured starts when the reader view opens:
//   - dialogs: alert/confirm/prompt seen by the automation (Chromium: any page of the profile,
//     extension pages included; Firefox: the tab) — must be 0 (a page that loops on dialogs by
//     itself gets them stubbed before opening, see openHostile);
//   - requests: counted on the server (both browsers) and, in Chromium, in the browser too (any
//     host). Allowed: only fetches of pictures/media the reader view shows. Those may be on the
//     attacker's host (an article's own <img src="https://evil/…"> is a picture it shows, and the
//     page loaded it already); such canary hits are counted and reported, not failed;
//   - the box: the reader covers the viewport and is what a click hits everywhere (nothing of the
//     page can be clicked through), no element of its shadow root lies outside the host horizontally
//     unless a scroll box inside the reader clips it, nothing fixed sits outside it;
//   - the DOM: no script, frame, form control, <base>, <meta>, <style> or on* attribute in the article.
// Chromium also saves each page to the library and opens the saved copy in the library page (an
// extension page, under the extension's CSP): no dialog, no CSP refusal (the sanitizer left CSP
// nothing to block), no request but the article's pictures, no forbidden markup.
// Control cases inject a handler, a canary picture, a stylesheet and a fixed overlay by hand (and a
// handler into the library page), so each detector is shown to fire. Figures go to test-results/hostile-<browser>.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_LOCAL, extensionReady, launchChromiumContext, launchFirefoxBrowser } from './browsers';
import { askHook } from './hook';
import { REPO_ROOT, startServer, type FixtureServer, type ServedRequest } from './server';
import { HOSTILE_PAGES, hostileRoute, type HostilePage } from './pages/hostile-pages';

const RESULTS = path.join(REPO_ROOT, 'test-results');

interface Tab {
  name: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Dialogs seen so far (dismissed at once). */
  dialogs: Array<{ type: string; message: string }>;
  /** Requests the browser made, any host (Chromium only; Firefox counts on the server). */
  requests: string[] | null;
  /** A tab on one of our extension pages (Chromium: BiDi does not reach them in Firefox). */
  extensionPage?(): Promise<ExtensionTab>;
  close(): Promise<void>;
}

interface ExtensionTab {
  goto(path: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Console errors that report a Content-Security-Policy refusal. */
  cspErrors: string[];
}

async function chromiumTab(): Promise<Tab | string> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saar-hostile-'));
  const context = await launchChromiumContext(userDataDir);
  if (typeof context === 'string') return context;
  const dialogs: Tab['dialogs'] = [];
  const requests: string[] = [];
  // Every page of the profile, the extension's own pages too.
  context.on('dialog', (d) => {
    dialogs.push({ type: d.type(), message: d.message() });
    void d.dismiss().catch(() => undefined);
  });
  context.on('request', (r) => void requests.push(r.url()));
  // No network here: anything not local fails fast (and is still counted above).
  await context.route(NOT_LOCAL, (route) => route.abort());
  await extensionReady(context);
  const page = await context.newPage();
  // (URL.origin is "null" for chrome-extension: in Node.)
  const extensionOrigin = context.serviceWorkers()[0].url().match(/^chrome-extension:\/\/[^/]+/)![0];
  return {
    name: 'chromium',
    async extensionPage() {
      const ext = await context.newPage();
      const cspErrors: string[] = [];
      ext.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
      });
      return {
        goto: async (p) => void (await ext.goto(`${extensionOrigin}${p}`, { waitUntil: 'load' })),
        evaluate: (fn, arg) => ext.evaluate(fn as never, arg) as never,
        cspErrors,
      };
    },
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    dialogs,
    requests,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function firefoxTab(): Promise<Tab | string> {
  const browser = await launchFirefoxBrowser();
  if (typeof browser === 'string') return browser;
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const dialogs: Tab['dialogs'] = [];
  page.on('dialog', (d) => {
    dialogs.push({ type: d.type(), message: d.message() });
    void d.dismiss().catch(() => undefined);
  });
  return {
    name: 'firefox',
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    dialogs,
    requests: null,
    close: () => browser.close(),
  };
}

/** Ask the test hook for an action; null when no reply came within `ms`. */
const trigger = (tab: Tab, action: string, ms = 8000): Promise<string | null> => askHook(tab, action, ms);

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  let last = await fn();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the page shows once the reader view is open: run in the page (main world). */
interface ReaderInspection {
  href: string;
  /** Paths (same origin) or URLs of every picture/media source the reader view shows. */
  shown: string[];
  pending: number;
  escapes: string[];
  hitMisses: string[];
  covers: boolean;
  forbidden: string[];
}

/** Markup that must not be in a shown article (its own tags, or what they could only come from). */
const FORBIDDEN_SELECTOR = 'script, iframe, frame, frameset, object, embed, portal, form, input, button, select, textarea, base, meta, link, style, template, use, [srcdoc], [style]';

function inspectReader(tab: Tab): Promise<ReaderInspection | null> {
  return tab.evaluate((forbiddenSelector: string) => {
    const host = document.querySelector('saar-reader') as HTMLElement | null;
    const root = host?.shadowRoot;
    const article = root?.querySelector('.saar-article');
    if (!host || !root || !article) return null;
    const name = (el: Element | null) => (el ? el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '') : 'nothing');
    const hr = host.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const insideX = (r: DOMRect) => r.left >= hr.left - 1 && r.right <= hr.right + 1;
    // An element wider than the reader is fine inside a scroll box of the reader's own (pre, table).
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return insideX(a.getBoundingClientRect());
      }
      return false;
    };
    const escapes: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (cs.position === 'fixed') {
        if (!insideX(r) || r.top < hr.top - 1 || r.bottom > hr.bottom + 1) escapes.push(`fixed ${name(el)} at ${Math.round(r.left)},${Math.round(r.top)}`);
      } else if (!insideX(r) && !clipped(el)) escapes.push(`${cs.position} ${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    // A click anywhere in the viewport lands on the reader (document hit-testing gives the host).
    const hitMisses: string[] = [];
    for (const fx of [0.01, 0.25, 0.5, 0.75, 0.97]) {
      for (const fy of [0.01, 0.25, 0.5, 0.75, 0.99]) {
        const hit = document.elementFromPoint(Math.floor(vw * fx), Math.floor(vh * fy));
        if (hit !== host) hitMisses.push(`${Math.floor(vw * fx)},${Math.floor(vh * fy)}: ${name(hit)}`);
      }
    }
    const toKey = (u: string) => {
      try {
        const url = new URL(u, document.baseURI);
        return url.origin === location.origin ? url.pathname + url.search : url.href;
      } catch {
        return u;
      }
    };
    const shown = new Set<string>();
    let pending = 0;
    for (const img of Array.from(root.querySelectorAll('img'))) {
      if (img.currentSrc) shown.add(toKey(img.currentSrc));
      if (img.getAttribute('src')) shown.add(toKey(img.src));
      if (!img.complete) pending++;
    }
    for (const m of Array.from(root.querySelectorAll('video, audio, source, track'))) {
      for (const attr of ['src', 'poster']) {
        const v = m.getAttribute(attr);
        if (v) shown.add(toKey(v));
      }
      const cur = (m as HTMLMediaElement).currentSrc;
      if (cur) shown.add(toKey(cur));
    }
    const forbidden = Array.from(article.querySelectorAll(forbiddenSelector)).map(name);
    for (const el of Array.from(article.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) forbidden.push(`${name(el)}[${a.name}]`);
        if (/^\s*(?:javascript|vbscript|livescript):/i.test(a.value)) forbidden.push(`${name(el)}[${a.name}=${a.value.slice(0, 20)}]`);
      }
    }
    return {
      href: location.href,
      shown: [...shown],
      pending,
      escapes,
      hitMisses,
      covers: hr.left <= 0 && hr.top <= 0 && hr.right >= document.documentElement.clientWidth && hr.bottom >= vh - 1,
      forbidden,
    };
  }, FORBIDDEN_SELECTOR);
}

interface Measured {
  id: string;
  name: string;
  /** While the page loaded, before the reader view: the page's own doing. */
  loadDialogs: number;
  loadCanary: number;
  /** The page kept raising dialogs by itself before the reader opened (its dialogs were stubbed). */
  selfLooping: boolean;
  /** After the reader view opened. */
  dialogs: Array<{ type: string; message: string }>;
  requests: ServedRequest[];
  imageRequests: number;
  canaryRequests: ServedRequest[];
  /** Canary pictures the page itself had not asked for while loading (e.g. moved by a late <base>). */
  canaryNew: number;
  unexplained: ServedRequest[];
  /** Chromium: requests to any host but the test server after opening. */
  offServer: string[];
  inspection: ReaderInspection;
}

const isFavicon = (r: ServedRequest) => r.path === '/favicon.ico';
const MEDIA_DESTS = new Set(['image', 'video', 'audio', 'track']);

/** From "opened" to "settled": scroll the reader through (lazy pictures load), wait for pictures, measure. */
async function measureAfter(tab: Tab, server: FixtureServer, mark: { served: number; dialogs: number; browser: number }, loadPaths: Set<string>, page: Pick<Measured, 'id' | 'name' | 'loadDialogs' | 'loadCanary' | 'selfLooping'>): Promise<Measured> {
  await tab.evaluate(() => {
    const host = document.querySelector('saar-reader');
    if (host) host.scrollTop = host.scrollHeight;
  }, undefined);
  await waitFor(() => inspectReader(tab), (r) => !!r && r.pending === 0, 'the reader view pictures', 8000).catch(() => undefined);
  await tab.evaluate(() => {
    const host = document.querySelector('saar-reader');
    if (host) host.scrollTop = 0;
  }, undefined);
  // Late handlers (onerror of a failed picture, a refresh timer) get time to fire.
  await sleep(400);
  const inspection = (await inspectReader(tab))!;
  expect(inspection, 'reader view is open').not.toBeNull();
  const requests = server.requests.slice(mark.served).filter((r) => !isFavicon(r));
  const shown = new Set(inspection.shown);
  const unexplained = requests.filter((r) => !(MEDIA_DESTS.has(r.dest) && shown.has(r.path)));
  const canaryRequests = requests.filter((r) => r.path.startsWith('/canary/'));
  const offServer = (tab.requests ?? []).slice(mark.browser).filter((u) => /^(?:https?|wss?|ftp):/i.test(u) && !u.startsWith(server.origin));
  return {
    ...page,
    dialogs: tab.dialogs.slice(mark.dialogs),
    requests,
    imageRequests: requests.filter((r) => MEDIA_DESTS.has(r.dest)).length,
    canaryRequests,
    unexplained,
    canaryNew: canaryRequests.filter((r) => !loadPaths.has(r.path)).length,
    offServer,
    inspection,
  };
}

async function openHostile(tab: Tab, server: FixtureServer, page: HostilePage): Promise<Measured> {
  const url = `${server.origin}/hostile/${page.id}/`;
  const loadMark = { served: server.requests.length, dialogs: tab.dialogs.length };
  await tab.goto(url);
  // The hook content script starts at document_idle; 'status' also injects the reader script.
  await waitFor(() => trigger(tab, 'status', 1500), (r) => r !== null, 'the e2e hook', 15000);
  // A page may raise dialogs on its own for ever (Firefox re-focuses an autofocus input with an
  // onfocus alert after each dismissal), which also starves the tab. Then the page's dialog
  // functions are replaced by ones that request /canary/<id>/dialog-*: the loop stops, and a
  // dialog raised after the reader opens still shows, as a request the reader does not explain.
  let quiet = tab.dialogs.length;
  await sleep(300);
  const selfLooping = tab.dialogs.length > quiet;
  for (let i = 0; i < 5 && tab.dialogs.length > quiet; i++) {
    await tab.evaluate((id: string) => {
      const ping = (kind: string) => void (new Image().src = `/canary/${id}/dialog-${kind}`);
      window.alert = () => ping('alert');
      window.confirm = () => (ping('confirm'), false);
      window.prompt = () => (ping('prompt'), null);
    }, page.id);
    quiet = tab.dialogs.length;
    await sleep(300);
  }
  expect(tab.dialogs.length, `${page.id}: the page keeps raising dialogs`).toBe(quiet);
  const loadRequests = server.requests.slice(loadMark.served);
  const loadPaths = new Set(loadRequests.map((r) => r.path));
  const info = { id: page.id, name: page.name, selfLooping, loadDialogs: tab.dialogs.length - loadMark.dialogs, loadCanary: loadRequests.filter((r) => r.path.startsWith('/canary/')).length };
  const mark = { served: server.requests.length, dialogs: tab.dialogs.length, browser: tab.requests?.length ?? 0 };
  const reply = JSON.parse((await trigger(tab, 'open-reader')) ?? 'null') as { readerOpen?: boolean; error?: string } | null;
  expect(reply?.error, `open-reader on ${page.id}`).toBeUndefined();
  expect(reply?.readerOpen, `reader open on ${page.id}`).toBe(true);
  await waitFor(() => inspectReader(tab), (r) => r !== null, 'the reader view');
  const m = await measureAfter(tab, server, mark, loadPaths, info);
  // Stays on the page (no <base>/refresh/navigation took it anywhere).
  expect(m.inspection.href).toBe(url);
  return m;
}

function expectSafe(m: Measured): void {
  const where = `${m.id} ${m.name}`;
  expect(m.dialogs, `${where}: dialogs after the reader opened`).toEqual([]);
  expect(m.unexplained, `${where}: requests after the reader opened that it does not show`).toEqual([]);
  expect(m.offServer, `${where}: requests off the test server`).toEqual([]);
  expect(m.inspection.forbidden, `${where}: forbidden markup in the article`).toEqual([]);
  expect(m.inspection.escapes, `${where}: elements outside the reader's box`).toEqual([]);
  expect(m.inspection.hitMisses, `${where}: points where a click reaches the page`).toEqual([]);
  expect(m.inspection.covers, `${where}: the reader covers the viewport`).toBe(true);
}

for (const [label, launch] of [
  ['Chromium', chromiumTab],
  ['Firefox ESR', firefoxTab],
] as const) {
  describe(`hostile pages in the reader view: ${label}`, () => {
    let tab: Tab | null = null;
    let skip = '';
    let server: FixtureServer;
    const rows: Measured[] = [];
    /** Pages saved to the library, with the pictures their reader view showed. */
    const saved: Array<{ page: HostilePage; id: string; pictures: string[] }> = [];
    let libraryFigures: { articles: number; pictureRequests: number; problems: number } | null = null;

    beforeAll(async () => {
      server = await startServer([hostileRoute]);
      const got = await launch();
      if (typeof got === 'string') skip = got;
      else tab = got;
    }, 120000);

    afterAll(async () => {
      if (tab && rows.length) {
        fs.mkdirSync(RESULTS, { recursive: true });
        const summary = {
          browser: tab.name,
          pages: rows.length,
          loadDialogs: rows.reduce((n, r) => n + r.loadDialogs, 0),
          loadCanary: rows.reduce((n, r) => n + r.loadCanary, 0),
          afterDialogs: rows.reduce((n, r) => n + r.dialogs.length, 0),
          selfLoopingPages: rows.filter((r) => r.selfLooping).map((r) => `${r.id} ${r.name}`),
          afterRequests: rows.reduce((n, r) => n + r.requests.length, 0),
          afterImageRequests: rows.reduce((n, r) => n + r.imageRequests, 0),
          afterCanary: rows.reduce((n, r) => n + r.canaryRequests.length, 0),
          afterCanaryNotLoadedByPage: rows.reduce((n, r) => n + r.canaryNew, 0),
          afterOffServer: rows.reduce((n, r) => n + r.offServer.length, 0),
          escapes: rows.reduce((n, r) => n + r.inspection.escapes.length, 0),
          library: libraryFigures,
          rows: rows.map((r) => ({ id: r.id, name: r.name, selfLooping: r.selfLooping, loadDialogs: r.loadDialogs, loadCanary: r.loadCanary, afterDialogs: r.dialogs.length, afterRequests: r.requests.map((q) => `${q.dest} ${q.path}`), afterCanary: r.canaryRequests.length, afterCanaryNotLoadedByPage: r.canaryNew, escapes: r.inspection.escapes, forbidden: r.inspection.forbidden })),
        };
        fs.writeFileSync(path.join(RESULTS, `hostile-${tab.name}.json`), JSON.stringify(summary, null, 1));
        const { rows: _rows, ...totals } = summary;
        console.log(`[hostile] ${JSON.stringify(totals)}`);
      }
      await tab?.close();
      await server?.close();
    }, 60000);

    it('control: the detectors see a handler, a canary picture, a stylesheet and a fixed overlay put into the reader by hand', async (ctx) => {
      if (!tab) return ctx.skip(skip);
      const page = HOSTILE_PAGES[0];
      await openHostile(tab, server, page);
      const mark = { served: server.requests.length, dialogs: tab.dialogs.length, browser: tab.requests?.length ?? 0 };
      // What a sanitizer gap would look like: page-made markup live in the reader's shadow root.
      await tab.evaluate(() => {
        const body = document.querySelector('saar-reader')!.shadowRoot!.querySelector('.saar-body')!;
        const img = document.createElement('img');
        img.setAttribute('src', '/canary/control/pixel.png');
        img.setAttribute('onerror', 'alert("control")');
        const overlay = document.createElement('div');
        overlay.setAttribute('style', 'position:fixed;left:-300px;top:0;width:200px;height:40px');
        const sheet = document.createElement('link');
        sheet.setAttribute('rel', 'stylesheet');
        sheet.setAttribute('href', '/canary/control/sheet.css');
        body.append(img, overlay, sheet);
      }, undefined);
      const m = await measureAfter(tab, server, mark, new Set<string>(), { id: 'control', name: 'control', loadDialogs: 0, loadCanary: 0, selfLooping: false });
      expect(m.dialogs.map((d) => d.message)).toContain('control');
      expect(m.canaryRequests.map((r) => r.path)).toContain('/canary/control/pixel.png');
      // The picture is one the reader shows (allowed); the stylesheet is not.
      expect(m.unexplained.map((r) => r.path)).toEqual(['/canary/control/sheet.css']);
      expect(m.inspection.escapes.some((e) => e.startsWith('fixed div'))).toBe(true);
      expect(m.inspection.forbidden).toEqual(expect.arrayContaining(['img[onerror]', 'div', 'link']));
    });

    for (const page of HOSTILE_PAGES) {
      it(`${page.id} ${page.name}`, async (ctx) => {
        if (!tab) return ctx.skip(skip);
        const m = await openHostile(tab, server, page);
        rows.push(m);
        if (tab.extensionPage) {
          // Saved as the reader shows it, for the library check below.
          const reply = JSON.parse((await trigger(tab, 'save-page')) ?? 'null') as { ok?: boolean; id?: string } | null;
          if (reply?.ok && reply.id) saved.push({ page, id: reply.id, pictures: m.inspection.shown.map((k) => (k.startsWith('/') ? `${server.origin}${k}` : k)) });
        }
        expectSafe(m);
      });
    }

    it('saved copies open in the library page (an extension page): no dialog, no CSP refusal, no request but the article pictures, no forbidden markup', async (ctx) => {
      if (!tab?.extensionPage) return ctx.skip(skip || 'extension pages are reachable over CDP only (Chromium)');
      if (!saved.length) return ctx.skip('no hostile page was saved');
      expect(saved.length, 'every page opened was saved').toBe(rows.length);
      const lib = await tab.extensionPage();
      await lib.goto('/library.html');
      const problems: string[] = [];
      let pictures = 0;
      for (const { page, id, pictures: readerPictures } of saved) {
        const mark = { served: server.requests.length, dialogs: tab.dialogs.length, browser: tab.requests!.length, csp: lib.cspErrors.length };
        await lib.goto(`/library.html#/read/${encodeURIComponent(id)}`);
        const seen = await waitFor(
          () =>
            lib.evaluate(({ articleId, forbiddenSelector }: { articleId: string; forbiddenSelector: string }) => {
              const root = document.querySelector<HTMLElement>(`.lib-reader[data-id="${CSS.escape(articleId)}"]`);
              const article = root?.querySelector('.saar-article');
              if (!root || !article) return null;
              // Lazy pictures load once scrolled to.
              root.scrollTop = root.scrollHeight;
              window.scrollTo(0, document.documentElement.scrollHeight);
              const name = (el: Element) => el.tagName.toLowerCase();
              const forbidden = Array.from(article.querySelectorAll(forbiddenSelector)).map(name);
              for (const el of Array.from(article.querySelectorAll('*'))) {
                for (const a of Array.from(el.attributes)) {
                  if (/^on/i.test(a.name) || /^\s*(?:javascript|vbscript|livescript):/i.test(a.value)) forbidden.push(`${name(el)}[${a.name}]`);
                }
              }
              const shown: string[] = [];
              for (const m of Array.from(root.querySelectorAll('img, video, audio, source, track'))) {
                const el = m as HTMLImageElement & HTMLMediaElement;
                for (const u of [el.currentSrc, el.getAttribute('src'), el.getAttribute('poster')]) if (u) shown.push(new URL(u, location.href).href);
              }
              const pending = Array.from(root.querySelectorAll('img')).filter((i) => !i.complete).length;
              return { forbidden, shown, pending };
            }, { articleId: id, forbiddenSelector: FORBIDDEN_SELECTOR }),
          (r) => r !== null && r.pending === 0,
          `library view of ${page.id}`,
        );
        await sleep(250);
        // The article's own pictures: what this view shows, or what the reader view showed.
        const shown = new Set([...seen!.shown, ...readerPictures]);
        const served = server.requests.slice(mark.served).filter((r) => !isFavicon(r));
        pictures += served.length;
        const unexplained = served.filter((r) => !(MEDIA_DESTS.has(r.dest) && shown.has(`${server.origin}${r.path}`)));
        const offServer = tab.requests!.slice(mark.browser).filter((u) => /^(?:https?|wss?|ftp):/i.test(u) && !u.startsWith(server.origin));
        const where = `${page.id} ${page.name}`;
        if (seen!.forbidden.length) problems.push(`${where}: forbidden ${seen!.forbidden.join(', ')}`);
        if (tab.dialogs.length > mark.dialogs) problems.push(`${where}: ${tab.dialogs.length - mark.dialogs} dialogs`);
        if (lib.cspErrors.length > mark.csp) problems.push(`${where}: CSP ${lib.cspErrors.slice(mark.csp).join(' | ')}`);
        if (unexplained.length) problems.push(`${where}: requests ${unexplained.map((r) => `${r.dest} ${r.path}`).join(', ')}`);
        if (offServer.length) problems.push(`${where}: off-server ${offServer.join(', ')}`);
      }
      // Control: a handler put into the library page by hand is refused by the CSP, and seen here.
      const before = lib.cspErrors.length;
      await lib.evaluate(() => {
        const img = document.createElement('img');
        img.setAttribute('onerror', 'alert("control")');
        img.setAttribute('src', 'data:,not-a-picture');
        document.body.append(img);
      }, undefined);
      await waitFor(async () => lib.cspErrors.length, (n) => n > before, 'a CSP refusal of the control handler', 5000);
      libraryFigures = { articles: saved.length, pictureRequests: pictures, problems: problems.length };
      expect(problems).toEqual([]);
    }, 300000);
  });
}
