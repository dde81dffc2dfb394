/**
 * `npm run bench -- --stress`: Saar and Readability.js on generated oversized and odd pages
 * (tests/bounded/pages.ts: 200,000 elements, 10,000-deep nesting, a 20 MB text node, 100,000
 * links, no <body>, frameset, XHTML, shadow roots), same run, same machine. Each (page,
 * extractor) runs in a fresh Node process (bench/stress-child.ts) that reports wall time and peak
 * RSS above the built page. Writes bench/results/stress.md unless --no-write.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchArgs } from './args';
import type { StressMeasure } from './stress-child';
import { STRESS_PAGES } from '../tests/bounded/pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXTRACTORS = ['saar', 'readability'] as const;
/** A run that takes longer than this is reported as a timeout (a frozen tab, in a browser). */
const TIMEOUT_MS = 300_000;

function runChild(page: string, extractor: string): StressMeasure {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', path.join(here, 'stress-child.ts'), page, extractor],
    { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 16 * 2 ** 20 },
  );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as StressMeasure;
  } catch {
    const why = r.error?.message.includes('ETIMEDOUT') || r.signal === 'SIGTERM' ? `timeout after ${TIMEOUT_MS / 1000} s` : `exit ${r.status ?? r.signal}: ${(r.stderr ?? '').trim().split('\n').filter(Boolean).pop() ?? ''}`;
    return { page, extractor, elements: 0, buildMs: 0, ms: Number.NaN, peakRssMb: Number.NaN, heapDeltaMb: Number.NaN, chars: 0, found: null, warnings: [], error: why.slice(0, 120) };
  }
}

const fmtMs = (ms: number): string => (Number.isNaN(ms) ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (mb: number): string => (Number.isNaN(mb) ? '–' : `${mb.toFixed(mb < 10 ? 1 : 0)} MB`);

function outcome(m: StressMeasure): string {
  if (m.error) return `**error**: ${m.error.replace(/\|/g, '\\|')}`;
  const parts = [`${m.chars.toLocaleString('en')} chars`];
  if (m.found !== null) parts.push(m.found ? 'article found' : '**article missed**');
  for (const w of m.warnings) parts.push(`\`${/^budget:\w+/.exec(w)?.[0] ?? w}\``);
  return parts.join(', ');
}

export function stressMarkdown(rows: StressMeasure[][], info: { date: string; node: string; cpus: string }): string {
  const lines = [
    '# Stress benchmark: bounded work',
    '',
    `Generated pages (tests/bounded/pages.ts), Saar and Readability.js ${readabilityVersion()} in the same run, each in a fresh`,
    `Node process under jsdom. Time is wall clock around the extraction call only (the page build is`,
    `apart); peak RSS is the highest resident memory sampled every 2 ms during the call minus the`,
    `resident memory before it. ${info.date}, Node ${info.node}, ${info.cpus}, shared machine: compare`,
    `within the run. Budget warnings: see README "Limits" and lib/extract/budget.ts.`,
    '',
    '| page | elements | build | Saar time | Saar peak RSS | Saar result | Readability time | Readability peak RSS | Readability result |',
    '|---|---:|---:|---:|---:|---|---:|---:|---|',
  ];
  for (const [saar, rd] of rows) {
    const page = STRESS_PAGES.find((p) => p.name === saar.page);
    lines.push(`| ${saar.page} (${(page?.what ?? '').replace(/</g, '&lt;')}) | ${(saar.elements || rd.elements).toLocaleString('en')} | ${fmtMs(saar.buildMs)} | ${fmtMs(saar.ms)} | ${fmtMb(saar.peakRssMb)} | ${outcome(saar)} | ${fmtMs(rd.ms)} | ${fmtMb(rd.peakRssMb)} | ${outcome(rd)} |`);
  }
  return lines.join('\n');
}

function readabilityVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(here, '..', 'node_modules', '@mozilla', 'readability', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

export async function stressMain(args: BenchArgs): Promise<number> {
  const rows: StressMeasure[][] = [];
  let failed = 0;
  for (const [i, page] of STRESS_PAGES.entries()) {
    // Order rotated page by page, as in the main benchmark.
    const order = i % 2 ? [...EXTRACTORS].reverse() : [...EXTRACTORS];
    const byName = new Map<string, StressMeasure>();
    for (const ex of order) {
      process.stderr.write(`stress: ${page.name} / ${ex}… `);
      const m = runChild(page.name, ex);
      process.stderr.write(`${m.error ? `error (${m.error})` : `${fmtMs(m.ms)}, ${fmtMb(m.peakRssMb)}`}\n`);
      byName.set(ex, m);
    }
    const saar = byName.get('saar')!;
    if (saar.error || saar.found === false) failed++;
    rows.push([saar, byName.get('readability')!]);
  }
  const md = stressMarkdown(rows, {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}`,
  });
  console.log(md);
  if (args.write) {
    fs.mkdirSync(path.join(here, 'results'), { recursive: true });
    fs.writeFileSync(path.join(here, 'results', 'stress.md'), `${md}\n`);
    console.error('stress: wrote bench/results/stress.md');
  }
  // Saar must complete every page and find the article where there is one.
  return failed ? 1 : 0;
}
