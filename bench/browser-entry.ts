/**
 * Bundled by esbuild into one script and evaluated in a Chromium page whose own scripts are off:
 * times Saar and Readability on the live page exactly as the extension would run them.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/index';

export interface BrowserRun {
  ms: number;
  html: string;
  error?: string;
}

function run(order: string[]): Record<string, BrowserRun> {
  const out: Record<string, BrowserRun> = {};
  for (const name of order) {
    const t0 = performance.now();
    try {
      if (name === 'saar') {
        const r = extractArticle(document, { url: location.href, summarize: false });
        out.saar = { ms: performance.now() - t0, html: r.contentHtml };
      } else {
        // Readability changes the document it gets: a clone, counted in its time.
        const r = new Readability(document.cloneNode(true) as Document).parse();
        out.readability = { ms: performance.now() - t0, html: r?.content ?? '' };
      }
    } catch (e) {
      out[name] = { ms: performance.now() - t0, html: '', error: String(e) };
    }
  }
  return out;
}

(globalThis as unknown as { __saarBench: typeof run }).__saarBench = run;
