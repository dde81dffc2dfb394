/**
 * `--browser`: the same Saar vs Readability comparison inside Debian's Chromium.
 *
 * Saar's core and Readability are bundled into one script with esbuild. Each page is served to
 * the browser from memory through request interception (every other request — images, styles,
 * scripts, redirects — is aborted, so nothing reaches the network), in a context with JavaScript
 * disabled for the page. The bundle runs in an isolated world created over CDP, as an extension
 * content script does; there it can run although the page's own scripts cannot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readHtml, type BenchPage } from './data';
import { htmlToText } from './html-text';
import { aebAggregate, aebCounts, percentile, wcxbPage, type TpFpFn } from './metrics';
import { Progress } from './progress';
import { CHROMIUM_QUIET_ARGS } from '../tests/e2e/browsers';
import type { BrowserSummary } from './report';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  ...CHROMIUM_QUIET_ARGS,
  '--disable-dev-shm-usage',
  // Belt and braces: no host resolves, so even a request that slipped past interception fails.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];
const NAMES = ['saar', 'readability'] as const;

interface RunOut {
  ms: number;
  html: string;
  error?: string;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function runBrowser(pages: BenchPage[], repoRoot: string): Promise<BrowserSummary | undefined> {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`bench: ${CHROMIUM} not found (apt-get install chromium); --browser skipped.`);
    return undefined;
  }
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    entryPoints: [path.join(repoRoot, 'bench', 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const times: Record<(typeof NAMES)[number], number[]> = { saar: [], readability: [] };
  const errors = { saar: 0, readability: 0 };
  const aeb: Record<string, TpFpFn[]> = { saar: [], readability: [] };
  const wcxb: Record<string, number[]> = { saar: [], readability: [] };
  let done = 0;
  let failedPages = 0;
  let version = '';
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const page = await context.newPage();
    let current = { url: '', html: '' };
    await page.route('**/*', (route) => {
      const req = route.request();
      if (req.isNavigationRequest() && req.frame() === page.mainFrame() && req.url().split('#')[0] === current.url.split('#')[0] && current.html) {
        const body = current.html;
        current = { ...current, html: '' }; // serve once: a reload or meta refresh gets nothing
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      return route.abort();
    });
    const cdp = await context.newCDPSession(page);
    const progress = new Progress(pages.length);
    for (const [i, p] of pages.entries()) {
      progress.update(i, `chromium ${p.set} ${p.id.slice(0, 12)}`);
      let url: string;
      try {
        url = new URL(p.url).href;
        if (!/^https?:$/.test(new URL(url).protocol)) throw new Error('not http');
      } catch {
        url = `https://bench.invalid/${p.set}/${p.id}`;
      }
      current = { url, html: readHtml(p) };
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'saar-bench', grantUniveralAccess: true });
        const loaded = await cdp.send('Runtime.evaluate', { expression: code, contextId: world.executionContextId });
        if (loaded.exceptionDetails) throw new Error(`bundle failed: ${loaded.exceptionDetails.text}`);
        const order = i % 2 ? ['readability', 'saar'] : ['saar', 'readability'];
        const res = await withTimeout(
          cdp.send('Runtime.evaluate', { expression: `__saarBench(${JSON.stringify(order)})`, contextId: world.executionContextId, returnByValue: true }),
          120_000,
          'extraction',
        );
        const out = res.result.value as Record<string, RunOut> | undefined;
        if (!out) throw new Error(res.exceptionDetails?.text ?? 'no result');
        for (const n of NAMES) {
          const o = out[n];
          if (o.error) errors[n]++;
          times[n].push(o.ms);
          const text = htmlToText(o.html);
          if (p.set === 'aeb') aeb[n].push(aebCounts(p.truth.text, text));
          else wcxb[n].push(wcxbPage(p.truth.text, text).f1);
        }
        done++;
      } catch (e) {
        failedPages++;
        if (failedPages <= 5) console.error(`\nbench: chromium ${p.set}/${p.id}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
      }
    }
    progress.done();
    await context.close();
  } finally {
    version = browser.version();
    await browser.close();
  }
  if (!done) return undefined;
  const stat = (n: (typeof NAMES)[number]) => ({ medianMs: percentile(times[n], 0.5), p90Ms: percentile(times[n], 0.9), errors: errors[n] });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const f1 = (n: (typeof NAMES)[number]) => ({ aeb: aeb[n].length ? aebAggregate(aeb[n]).f1 : null, wcxb: wcxb[n].length ? mean(wcxb[n]) : null });
  return {
    pages: done,
    chromium: `Chromium ${version}`,
    saar: { ...stat('saar'), f1: f1('saar') },
    readability: { ...stat('readability'), f1: f1('readability') },
    ratio: percentile(times.readability, 0.5) / percentile(times.saar, 0.5),
    ...(failedPages ? { note: `${failedPages} page(s) failed to load or run and are left out.` } : {}),
  };
}
