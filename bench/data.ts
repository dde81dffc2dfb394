/** Loads the benchmark sets from ../shared/bench (never copied into the repo). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type SetName = 'aeb' | 'wcxb';

export interface GroundTruth {
  text: string;
  title?: string;
  author?: string;
  published?: string;
  /** WCXB page type (article, documentation, listing, ...); 'article' for AEB. */
  type: string;
  /** WCXB snippets a good extraction must include / exclude. */
  with?: string[];
  without?: string[];
}

export interface BenchPage {
  set: SetName;
  id: string;
  url: string;
  htmlPath: string;
  truth: GroundTruth;
}

export function sharedBenchDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'bench');
}

/** The page HTML, read lazily so a run keeps one page in memory at a time. */
export function readHtml(page: BenchPage): string {
  return zlib.gunzipSync(fs.readFileSync(page.htmlPath)).toString('utf8');
}

/** Pages of one set, sorted by id; null (with the reason) when the set is absent. */
export function loadSet(set: SetName, benchDir: string): { pages: BenchPage[] } | { missing: string } {
  return set === 'aeb' ? loadAeb(path.join(benchDir, 'aeb')) : loadWcxb(path.join(benchDir, 'wcxb-dev'));
}

function loadAeb(dir: string): { pages: BenchPage[] } | { missing: string } {
  const gtPath = path.join(dir, 'ground-truth.json');
  if (!fs.existsSync(gtPath)) return { missing: `${gtPath} not found` };
  const gt = JSON.parse(fs.readFileSync(gtPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const pages: BenchPage[] = [];
  for (const id of Object.keys(gt).sort()) {
    const htmlPath = path.join(dir, 'html', `${id}.html.gz`);
    if (!fs.existsSync(htmlPath)) continue;
    pages.push({ set: 'aeb', id, url: gt[id].url ?? '', htmlPath, truth: { text: gt[id].articleBody ?? '', type: 'article' } });
  }
  return pages.length ? { pages } : { missing: `no pages under ${dir}/html` };
}

interface WcxbFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth?: {
    title?: string;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string;
    with?: string[];
    without?: string[];
  };
}

function loadWcxb(dir: string): { pages: BenchPage[] } | { missing: string } {
  const gtDir = path.join(dir, 'ground-truth');
  if (!fs.existsSync(gtDir)) return { missing: `${gtDir} not found` };
  const pages: BenchPage[] = [];
  for (const file of fs.readdirSync(gtDir).filter((f) => f.endsWith('.json')).sort()) {
    const id = file.slice(0, -5);
    const htmlPath = path.join(dir, 'html', `${id}.html.gz`);
    if (!fs.existsSync(htmlPath)) continue;
    const j = JSON.parse(fs.readFileSync(path.join(gtDir, file), 'utf8')) as WcxbFile;
    const g = j.ground_truth ?? {};
    pages.push({
      set: 'wcxb',
      id,
      url: j.url ?? '',
      htmlPath,
      truth: {
        text: g.main_content ?? '',
        title: g.title ?? undefined,
        author: g.author ?? undefined,
        published: g.publish_date ?? undefined,
        type: j._internal?.page_type?.primary ?? 'unknown',
        with: g.with ?? [],
        without: g.without ?? [],
      },
    });
  }
  return pages.length ? { pages } : { missing: `no pages under ${dir}/html` };
}

/**
 * The first `n` pages spread evenly over the set (every k-th page), so a small run still sees
 * every page type instead of the first few ids only.
 */
export function spread<T>(items: T[], n: number): T[] {
  if (n >= items.length) return items;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]);
  return out;
}
