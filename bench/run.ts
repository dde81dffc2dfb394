/**
 * `npm run bench -- [flags]`: Saar vs Readability vs Defuddle on AEB and WCXB (see bench/README.md
 * of the results and ../shared/bench/README.md for the metrics). Single process, sequential:
 * the machine is shared.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseArgs, USAGE, type BenchArgs } from './args';
import { loadSet, sharedBenchDir, spread, type BenchPage } from './data';
import { Progress } from './progress';
import { browserMarkdown, summarize, toMarkdown, worstMarkdown, type RunInfo } from './report';
import { runPage, type PageRecord } from './runner';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(repoRoot, 'bench', 'results');

function version(pkg: string): string {
  try {
    const req = createRequire(path.join(repoRoot, 'package.json'));
    return (req(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    try {
      return (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  }
}

/** The code under test: HEAD, and whether lib/ differed from it, read when the run starts (the modules are loaded then). */
const COMMIT_AT_START = commit();

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain -- lib', { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${head}+lib-changes` : head;
  } catch {
    return 'unknown';
  }
}

/** Per-page figures for results/pages.json (compact: rounded, no texts). */
function compact(r: PageRecord) {
  const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    set: r.set,
    id: r.id,
    type: r.type,
    parseMs: round(r.parseMs, 1),
    detect: r.detect,
    ...(r.stylesStripped ? { stylesStripped: true } : {}),
    results: Object.fromEntries(
      Object.entries(r.results).map(([n, s]) => [n, { f1: round(s.f1), p: round(s.precision), r: round(s.recall), words: s.words, ms: round(s.ms, 1), ...(s.error ? { error: s.error } : {}) }]),
    ),
  };
}

async function main(args: BenchArgs, argv: string[]): Promise<number> {
  const benchDir = sharedBenchDir(repoRoot);
  const skipped: string[] = [];
  const pages: BenchPage[] = [];
  for (const set of args.sets) {
    const loaded = loadSet(set, benchDir);
    if ('missing' in loaded) {
      const msg = `${set}: benchmark data absent (${loaded.missing}); set skipped.`;
      console.error(`bench: ${msg}`);
      skipped.push(msg);
      continue;
    }
    pages.push(...(args.limit ? spread(loaded.pages, args.limit) : loaded.pages));
  }
  if (!pages.length) {
    console.error(`bench: no benchmark data found under ${benchDir}; nothing to run.`);
    return 0;
  }

  if (args.browser) return runBrowserOnly(args, argv, pages, skipped);

  const started = performance.now();
  const progress = new Progress(pages.length);
  const records: PageRecord[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  for (const [i, page] of pages.entries()) {
    progress.update(i, `${page.set} ${page.id.slice(0, 12)} rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)}MB`);
    try {
      const names = i % args.defuddleEvery ? args.only.filter((n) => n !== 'defuddle') : args.only;
      records.push(runPage(page, names, i));
    } catch (e) {
      // A page the parser itself cannot take is reported, not fatal.
      console.error(`\nbench: ${page.set} ${page.id}: ${e instanceof Error ? e.message : e}`);
    }
    // jsdom frees a closed window only once the event loop turns: without this yield a
    // synchronous loop keeps every page alive (~8 MB each) until the heap runs out.
    await new Promise((resolve) => setImmediate(resolve));
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }
  progress.done();

  const summary = summarize(records, args.only);
  const info: RunInfo = {
    date: new Date().toISOString(),
    commit: COMMIT_AT_START,
    node: process.versions.node,
    versions: { jsdom: version('jsdom'), '@mozilla/readability': version('@mozilla/readability'), defuddle: version('defuddle') },
    args: argv.join(' '),
    pagesRun: records.length,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: peakRss / 2 ** 20,
    peakHeapMb: peakHeap / 2 ** 20,
    skipped,
  };
  if (args.defuddleEvery > 1) skipped.push(`Defuddle ran on 1 page in ${args.defuddleEvery} only (it is several times slower under jsdom); its rows cover those pages, and its time ratio compares with Saar on the same pages.`);
  const stripped = records.filter((r) => r.stylesStripped);
  if (stripped.length) skipped.push(`jsdom threw on the stylesheets of ${stripped.length} page(s) (${stripped.map((r) => `${r.set}/${r.id.slice(0, 12)}`).join(', ')}); they were parsed again without <style> blocks.`);
  const md = toMarkdown(summary, info);
  console.log(md);
  const worst = args.worst ? worstMarkdown(records, args.worst) : '';
  if (worst) console.log(`\n${worst}`);

  if (args.write) {
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, 'results.md'), `${md}\n`);
    fs.writeFileSync(path.join(resultsDir, 'results.json'), `${JSON.stringify({ info, summary }, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, 'pages.json'), `${JSON.stringify(records.map(compact))}\n`);
    if (worst) fs.writeFileSync(path.join(resultsDir, 'worst.md'), `${worst}\n`);
    console.error(`bench: results written to ${path.relative(repoRoot, resultsDir)}/`);
  }

  // Saar must never throw: a crash fails the run (the smoke test in CI relies on it).
  const crashes = records.filter((r) => r.results.saar?.error);
  if (crashes.length) {
    console.error(`bench: Saar threw on ${crashes.length} page(s): ${crashes.slice(0, 5).map((r) => `${r.set}/${r.id}: ${r.results.saar.error}`).join('; ')}`);
    return 1;
  }
  if (records.length < pages.length) return 1;
  return 0;
}

/** `--browser`: only the Chromium comparison (Saar and Readability), written to browser.{md,json}. */
async function runBrowserOnly(args: BenchArgs, argv: string[], pages: BenchPage[], skipped: string[]): Promise<number> {
  const { runBrowser } = await import('./browser');
  const started = performance.now();
  const browser = await runBrowser(pages, repoRoot);
  if (!browser) return 0;
  const m = process.memoryUsage();
  const info: RunInfo = {
    date: new Date().toISOString(),
    commit: COMMIT_AT_START,
    node: process.versions.node,
    versions: { '@mozilla/readability': version('@mozilla/readability'), 'playwright-core': version('playwright-core') },
    args: argv.join(' '),
    pagesRun: browser.pages,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: m.rss / 2 ** 20,
    peakHeapMb: m.heapUsed / 2 ** 20,
    skipped,
    browser,
  };
  const md = browserMarkdown(info);
  console.log(md);
  if (args.write) {
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, 'browser.md'), `${md}\n`);
    fs.writeFileSync(path.join(resultsDir, 'browser.json'), `${JSON.stringify(info, null, 2)}\n`);
    console.error(`bench: results written to ${path.relative(repoRoot, resultsDir)}/browser.{md,json}`);
  }
  return browser.saar.errors ? 1 : 0;
}

const argv = process.argv.slice(2);
// The reading library's scaling benchmark (500 → 5,000 saved articles) is its own run.
if (argv.includes('--library')) {
  const { libraryBenchMain } = await import('./library-bench');
  process.exit(await libraryBenchMain());
}
let args: BenchArgs;
try {
  args = parseArgs(argv);
} catch (e) {
  console.error(`bench: ${e instanceof Error ? e.message : e}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
// Generated oversized pages (bounded work, issue 6) are their own run.
if (args.stress) {
  const { stressMain } = await import('./stress');
  process.exit(await stressMain(args));
}
main(args, argv).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
