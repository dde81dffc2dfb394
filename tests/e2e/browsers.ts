// Launch Chromium (Playwright) and Firefox ESR (Puppeteer over WebDriver BiDi) with the test build.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import type { BrowserDriver, PageDriver } from './driver';
import { REPO_ROOT, placeholderImage } from './server';

export const CHROME_E2E_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3-e2e');
export const FIREFOX_E2E_DIR = path.join(REPO_ROOT, '.output', 'firefox-mv3-e2e');

export function which(bin: string): string | null {
  try {
    return execFileSync('which', [bin], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Flags Chromium needs here: as root it needs no sandbox, and with no network its background
 * services would only fail (the benchmark's browser mode uses the same list).
 */
export const CHROMIUM_QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string | null {
  return process.env.CHROMIUM_PATH || which('chromium') || which('chromium-browser');
}

export function firefoxPath(): string | null {
  return process.env.FIREFOX_PATH || which('firefox-esr') || which('firefox');
}

/** Requests to anything but the local test server. */
export const NOT_LOCAL = /^https?:\/\/(?!127\.0\.0\.1[:/])/;

/**
 * Chromium with the test build loaded, in the profile `userDataDir`, once the extension's service
 * worker is up; a reason string when Chromium or the build is missing. Callers route requests:
 * there is no network here. `uiLang` sets the browser UI language (what browser.i18n uses).
 */
export async function launchChromiumContext(
  userDataDir: string,
  opts: { uiLang?: string; acceptDownloads?: boolean; onContext?: (c: import('playwright-core').BrowserContext) => void } = {},
): Promise<import('playwright-core').BrowserContext | string> {
  const executablePath = chromiumPath();
  if (!executablePath) return 'Chromium not found (apt-get install -y chromium)';
  if (!fs.existsSync(path.join(CHROME_E2E_DIR, 'manifest.json'))) return `no test build at ${CHROME_E2E_DIR} (npm run build:test)`;
  const { chromium } = await import('playwright-core');
  const uiLang = opts.uiLang ?? 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    acceptDownloads: opts.acceptDownloads,
    args: [
      '--headless=new',
      `--disable-extensions-except=${CHROME_E2E_DIR}`,
      `--load-extension=${CHROME_E2E_DIR}`,
      ...CHROMIUM_QUIET_ARGS,
      `--lang=${uiLang}`,
    ],
    // On Linux Chromium takes its UI language from the environment.
    env: { ...process.env, LANGUAGE: uiLang.replace('-', '_'), LANG: `${uiLang.replace('-', '_')}.UTF-8` } as Record<string, string>,
    locale: uiLang,
    viewport: { width: 1000, height: 900 },
  });
  // Listeners that must see the very first events (dialogs, requests) go on before anything loads.
  opts.onContext?.(context);
  return context;
}

/** Wait until the extension's service worker is up: it proves the extension loaded. */
export async function extensionReady(context: import('playwright-core').BrowserContext): Promise<void> {
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20000 });
}

/** Firefox ESR over WebDriver BiDi with the test build installed; a reason string when missing. */
export async function launchFirefoxBrowser(opts: { userDataDir?: string } = {}): Promise<import('puppeteer-core').Browser | string> {
  const executablePath = firefoxPath();
  if (!executablePath) return 'Firefox not found (apt-get install -y firefox-esr)';
  if (!fs.existsSync(path.join(FIREFOX_E2E_DIR, 'manifest.json'))) return `no test build at ${FIREFOX_E2E_DIR} (npm run build:test)`;
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: opts.userDataDir,
    extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US, en' },
  });
  await browser.installExtension(FIREFOX_E2E_DIR);
  return browser;
}

/** `uiLang` sets the browser UI language (what browser.i18n uses), e.g. 'hi'. */
export async function launchChromium(uiLang = 'en-US'): Promise<BrowserDriver | string> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saar-chromium-'));
  const context = await launchChromiumContext(userDataDir, { uiLang });
  if (typeof context === 'string') return context;
  // No network here: external images get a placeholder (so screenshots show the layout), the rest fails fast.
  await context.route(NOT_LOCAL, (route) =>
    route.request().resourceType() === 'image' ? route.fulfill({ status: 200, contentType: 'image/png', body: placeholderImage() }) : route.abort(),
  );
  await extensionReady(context);
  return {
    name: 'chromium',
    newPage: async () => wrapPw(await context.newPage()),
    async badge(tabId) {
      const [worker] = context.serviceWorkers();
      return worker.evaluate((id: number) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async findPage(part) {
      const page = context.pages().find((p) => p.url().includes(part));
      if (!page) return null;
      await page.waitForLoadState('load');
      return wrapPw(page);
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function wrapPw(page: import('playwright-core').Page): PageDriver {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulatePrint: (on) => page.emulateMedia({ media: on ? 'print' : 'screen' }),
    close: () => page.close(),
  };
}

export async function launchFirefox(): Promise<BrowserDriver | string> {
  const browser = await launchFirefoxBrowser();
  if (typeof browser === 'string') return browser;
  return {
    name: 'firefox',
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      return wrapPptr(page);
    },
    async findPage(part) {
      const pages = await browser.pages();
      const page = pages.find((p) => p.url().includes(part));
      return page ? wrapPptr(page) : null;
    },
    close: () => browser.close(),
  };
}

function wrapPptr(page: import('puppeteer-core').Page): PageDriver {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Puppeteer takes one key per press: hold modifiers of "Shift+Tab" around it.
    press: async (combo) => {
      const keys = combo.split('+');
      const key = keys.pop()!;
      for (const m of keys) await page.keyboard.down(m as never);
      await page.keyboard.press(key as never);
      for (const m of keys.reverse()) await page.keyboard.up(m as never);
    },
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}
