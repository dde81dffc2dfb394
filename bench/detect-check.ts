/**
 * Article detection on WCXB page types: article + documentation should be detected, listing,
 * collection and product declined; forum and service are judgement calls, left out of the
 * accuracy. Prints balanced accuracy (mean of the two recalls) for Saar and, for comparison,
 * Readability's isProbablyReaderable.
 *
 *   node --import tsx bench/detect-check.ts [--limit N] [--all] [--errors] [--dump signals.json] [--no-readability]
 *
 * --all also runs the forum and service pages (reported per type, never in the accuracy).
 * Pages are parsed in child processes of CHUNK pages each: jsdom does not give all memory back.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../lib/detect/detect-article';
import { collectSignals } from '../lib/detect/detect-signals';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'bench', 'wcxb-dev');
if (!fs.existsSync(dir)) {
  console.log(`skip: ${dir} not found (shared benchmark data is not in the repo)`);
  process.exit(0);
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(opt('--limit') ?? Infinity);
const showErrors = args.includes('--errors');
const dumpPath = opt('--dump');
const withReadability = !args.includes('--no-readability');
const includeAll = args.includes('--all');
const workerRange = opt('--worker');
const CHUNK = 60;

const POSITIVE = new Set(['article', 'documentation']);
const NEGATIVE = new Set(['listing', 'collection', 'product']);

type Tally = { tp: number; fn: number; tn: number; fp: number };
interface PageResult {
  id: string;
  type: string;
  url: string;
  isArticle: boolean;
  score: number;
  reasons: string[];
  readable: boolean | null;
  signals?: unknown;
}

const POSITIVE_OR_NEGATIVE = (t: string) => POSITIVE.has(t) || NEGATIVE.has(t);

/** The pages to check, in id order: [id, type, url]. */
function listPages(): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const f of fs.readdirSync(path.join(dir, 'ground-truth')).filter((x) => x.endsWith('.json')).sort()) {
    const id = f.replace(/\.json$/, '');
    const gt = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth', f), 'utf8'));
    const type: string = gt._internal?.page_type?.primary ?? '';
    if (!includeAll && !POSITIVE_OR_NEGATIVE(type)) continue;
    if (!fs.existsSync(path.join(dir, 'html', `${id}.html.gz`))) continue;
    let url: string = gt.url || 'https://example.com/';
    try {
      new URL(url);
    } catch {
      url = 'https://example.com/';
    }
    out.push([id, type, url]);
  }
  return out.slice(0, limit);
}

function checkPage([id, type, url]: [string, string, string], virtualConsole: VirtualConsole): PageResult {
  // <style> blocks are dropped before parsing: detection never reads CSS, and jsdom's CSS parser
  // both slows the run and throws on some real stylesheets (cssstyle border shorthands).
  const html = zlib
    .gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`)))
    .toString('utf8')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
  const dom = new JSDOM(html, { url, virtualConsole });
  const doc = dom.window.document;
  const res = detectArticle(doc, url);
  const out: PageResult = {
    id, type, url, isArticle: res.isArticle, score: res.score, reasons: res.reasons,
    readable: withReadability ? isProbablyReaderable(doc) : null,
  };
  if (dumpPath) out.signals = collectSignals(doc, url);
  dom.window.close();
  return out;
}

const pages = listPages();
if (workerRange) {
  // Child: check pages [a, b) and print the results as JSON.
  const [a, b] = workerRange.split(':').map(Number);
  const vc = new VirtualConsole();
  const results: PageResult[] = [];
  for (const p of pages.slice(a, b)) {
    try {
      results.push(checkPage(p, vc));
    } catch (e) {
      process.stderr.write(`${p[0]}: ${(e as Error).message}\n`);
    }
  }
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
}

const started = Date.now();
const results: PageResult[] = [];
const self = fileURLToPath(import.meta.url);
for (let a = 0; a < pages.length; a += CHUNK) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=3072', '--import', 'tsx', self, ...args, '--worker', `${a}:${a + CHUNK}`], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) {
    console.error(`pages ${a}..${a + CHUNK}: worker failed (${child.status})`);
    continue;
  }
  results.push(...(JSON.parse(child.stdout) as PageResult[]));
  process.stderr.write(`\r${results.length}/${pages.length}`);
}
process.stderr.write('\n');

const tally = (): Tally => ({ tp: 0, fn: 0, tn: 0, fp: 0 });
const saar = tally();
const readab = tally();
const byType = new Map<string, { yes: number; n: number }>();
const errors: string[] = [];
const count = (t: Tally, positive: boolean, yes: boolean) => {
  if (positive) yes ? t.tp++ : t.fn++;
  else yes ? t.fp++ : t.tn++;
};
const balanced = (t: Tally) => (t.tp / Math.max(1, t.tp + t.fn) + t.tn / Math.max(1, t.tn + t.fp)) / 2;

for (const r of results) {
  const entry = byType.get(r.type) ?? { yes: 0, n: 0 };
  entry.n++;
  if (r.isArticle) entry.yes++;
  byType.set(r.type, entry);
  if (!POSITIVE_OR_NEGATIVE(r.type)) continue;
  const positive = POSITIVE.has(r.type);
  count(saar, positive, r.isArticle);
  if (r.readable !== null) count(readab, positive, r.readable);
  if (showErrors && positive !== r.isArticle) errors.push(`${r.id} ${r.type.padEnd(13)} ${r.score.toFixed(2)} ${r.url}\n    ${r.reasons.join('; ')}`);
}

console.log(`pages: ${results.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const [type, e] of [...byType].sort()) {
  console.log(`  ${type.padEnd(14)} detected as article ${e.yes}/${e.n} (${((100 * e.yes) / e.n).toFixed(1)}%)`);
}
const fmt = (t: Tally) =>
  `balanced accuracy ${balanced(t).toFixed(3)} (article recall ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(3)}, non-article recall ${(t.tn / Math.max(1, t.tn + t.fp)).toFixed(3)})`;
console.log(`Saar detectArticle:               ${fmt(saar)}`);
if (withReadability) console.log(`Readability isProbablyReaderable: ${fmt(readab)}`);
if (showErrors) console.log(errors.join('\n'));
if (dumpPath) fs.writeFileSync(dumpPath, JSON.stringify(results));
