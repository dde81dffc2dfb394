/**
 * One measurement of the stress benchmark, in a fresh process (so one page's garbage and one
 * extractor's caches never weigh on the next): build the page, then run one extractor on it while
 * a sampler thread reads the process's RSS every few milliseconds. Prints one JSON line.
 * Usage: node --expose-gc --import tsx bench/stress-child.ts <page> <saar|readability>
 */
import { Worker } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/index';
import { STRESS_PAGES } from '../tests/bounded/pages';

export interface StressMeasure {
  page: string;
  extractor: string;
  elements: number;
  buildMs: number;
  ms: number;
  /** Highest RSS seen during the run minus the RSS before it, in MB. */
  peakRssMb: number;
  /** JS heap in use right after the run minus before it (no GC in between), in MB. */
  heapDeltaMb: number;
  chars: number;
  found: boolean | null;
  warnings: string[];
  error?: string;
}

/** Sample RSS (in KB, into shared memory) every 2 ms until told to stop. */
const SAMPLER = `
const { workerData } = require('node:worker_threads');
const cells = new Int32Array(workerData);
while (Atomics.load(cells, 1) === 0) {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > cells[0]) Atomics.store(cells, 0, kb);
  Atomics.wait(cells, 1, 0, 2);
}`;

function countElements(doc: Document): number {
  const walker = doc.createTreeWalker(doc, 1);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

async function measure(pageName: string, extractor: string): Promise<StressMeasure> {
  const page = STRESS_PAGES.find((p) => p.name === pageName);
  if (!page) throw new Error(`unknown page ${pageName}`);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  let t = performance.now();
  const doc = page.build();
  const buildMs = performance.now() - t;
  const elements = countElements(doc);
  gc();
  const shared = new SharedArrayBuffer(8);
  const cells = new Int32Array(shared);
  const baseKb = Math.round(process.memoryUsage.rss() / 1024);
  cells[0] = baseKb;
  const sampler = new Worker(SAMPLER, { eval: true, workerData: shared });
  await new Promise((r) => setTimeout(r, 50));
  const heapBefore = process.memoryUsage().heapUsed;
  const out: StressMeasure = { page: pageName, extractor, elements, buildMs, ms: 0, peakRssMb: 0, heapDeltaMb: 0, chars: 0, found: null, warnings: [] };
  t = performance.now();
  try {
    let text = '';
    if (extractor === 'saar') {
      const r = extractArticle(doc);
      text = r.textContent;
      out.warnings = r.warnings;
    } else {
      // Built fresh for it, so Readability gets the document itself (no clone in its time).
      const r = new Readability(doc).parse();
      text = r?.textContent ?? '';
    }
    out.ms = performance.now() - t;
    out.chars = text.length;
    out.found = page.expectText ? text.includes(page.expectText) : null;
  } catch (e) {
    out.ms = performance.now() - t;
    out.error = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 120);
  }
  out.heapDeltaMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  Atomics.store(cells, 1, 1);
  Atomics.notify(cells, 1);
  await sampler.terminate();
  out.peakRssMb = Math.max(0, (Atomics.load(cells, 0) - baseKb) / 1024);
  return out;
}

const [pageName, extractor] = process.argv.slice(2);
measure(pageName, extractor).then(
  (m) => {
    console.log(JSON.stringify(m));
    process.exit(0);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
