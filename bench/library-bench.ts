/**
 * Reading-library benchmark: synthetic saved articles (Hindi and English) in fake-indexeddb.
 * Measures, as the library grows 500 → 1,000 → 2,000 → 5,000:
 *   - open: a fresh connection + the first list page (50 newest) + the total count
 *   - index: building the full-text index from every stored article (first search of a session)
 *   - saved index: writing the index to the `meta` table, and opening it again (load + catch up
 *     with the database) with nothing changed and with 10 articles saved meanwhile
 *   - search: median query time on the built index, English and Hindi queries
 * Run: `node --import tsx bench/library-bench.ts` (writes bench/results/library.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createLibraryDb, type LibraryDb } from '../utils/library/db';
import { listArticles, putArticles } from '../utils/library/store';
import { LibrarySearch } from '../utils/library/search';
import { openSearch, saveSearch, SEARCH_META_KEY } from '../utils/library/search-store';
import type { LibraryArticle } from '../utils/library/types';
import type { ExtractResult } from '../lib/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [500, 1000, 2000, 5000];
const REPEATS = 5;

const EN = 'council budget school monsoon rain flood rescue election minister market price farmer village city court order police report health hospital vaccine train road bridge water power energy solar company profit share bank loan tax policy river dam cricket match team player'.split(' ');
const HI = 'सरकार बजट स्कूल मानसून बारिश बाढ़ बचाव चुनाव मंत्री बाज़ार कीमत किसान गांव शहर अदालत आदेश पुलिस रिपोर्ट स्वास्थ्य अस्पताल टीका ट्रेन सड़क पुल पानी बिजली ऊर्जा सौर कंपनी मुनाफ़ा शेयर बैंक कर्ज़ कर नीति नदी बांध क्रिकेट मैच टीम खिलाड़ी'.split(' ');

/** Deterministic pseudo-random numbers, so every run measures the same library. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

function words(rand: () => number, vocab: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(vocab[Math.floor(rand() * vocab.length)]);
  return out.join(' ');
}

export function syntheticArticle(i: number): LibraryArticle {
  const rand = rng(i + 1);
  const hindi = i % 2 === 1;
  const vocab = hindi ? HI : EN;
  const title = `${words(rand, vocab, 6)} ${i}`;
  const paras = Array.from({ length: 8 }, () => words(rand, vocab, 40));
  const url = `https://${hindi ? 'hi' : 'en'}.news.example/story/${i}`;
  const result: ExtractResult = {
    url, title, byline: hindi ? 'संवाददाता' : 'Staff reporter', desk: '', published: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
    modified: null, siteName: hindi ? 'हिंदी समाचार' : 'Daily Example', lang: hindi ? 'hi' : 'en', dir: 'ltr', leadImage: null,
    summary: { text: paras[0].slice(0, 160), source: 'page' },
    contentHtml: paras.map((p) => `<p>${p}</p>`).join(''), textContent: paras.join('\n'), wordCount: 320, readingMinutes: 2, attempt: 'default', warnings: [],
  };
  return {
    id: `a${String(i).padStart(6, '0')}`, url, canonicalUrl: url, title, siteName: result.siteName, byline: result.byline,
    savedAt: 1_700_000_000_000 + i * 60_000, updatedAt: 1_700_000_000_000 + i * 60_000, readingMinutes: 2, summary: result.summary!.text,
    status: i % 5 === 0 ? 'read' : 'unread', favourite: i % 17 === 0 ? 1 : 0, tags: i % 3 === 0 ? ['news'] : [], readingPosition: 0, result, lang: result.lang,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

export interface LibraryBenchRow {
  size: number;
  openMs: number;
  countMs: number;
  /** Reading every stored article (part of indexMs). */
  loadMs: number;
  indexMs: number;
  /** Writing the built index to the meta table. */
  saveIndexMs: number;
  /** Size of the saved index JSON, MB. */
  savedMb: number;
  /** Opening the saved index when nothing changed / after 10 articles were saved meanwhile. */
  openSavedMs: number;
  openSavedChangedMs: number;
  searchEnMs: number;
  searchHiMs: number;
  hitsEn: number;
  hitsHi: number;
}

export async function runLibraryBench(sizes = SIZES, log: (s: string) => void = console.log): Promise<LibraryBenchRow[]> {
  const factory = new IDBFactory();
  const open = (): LibraryDb => createLibraryDb({ name: 'bench', indexedDB: factory, IDBKeyRange });
  let db = open();
  let have = 0;
  const rows: LibraryBenchRow[] = [];
  for (const size of sizes) {
    // Grow the library in batches of 500 (one transaction each, like an import).
    while (have < size) {
      const batch = Array.from({ length: Math.min(500, size - have) }, (_, k) => syntheticArticle(have + k));
      await putArticles(db, batch);
      have += batch.length;
    }
    const opens: number[] = [];
    const counts: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      db.close();
      const [ms, page] = await time(async () => {
        db = open();
        return listArticles(db, { limit: 50 });
      });
      if (page.items.length !== 50 || page.total !== size) throw new Error(`bad list page at ${size}: ${page.items.length}/${page.total}`);
      opens.push(ms);
      counts.push((await time(() => listArticles(db, { status: 'unread', limit: 50 })))[0]);
    }
    const indexes: number[] = [];
    const loads: number[] = [];
    let search: LibrarySearch | null = null;
    for (let r = 0; r < Math.min(REPEATS, 3); r++) {
      const [loadMs, all] = await time(() => db.articles.toArray());
      const [ms, s] = await time(() => new LibrarySearch(all));
      loads.push(loadMs);
      indexes.push(loadMs + ms);
      search = s;
    }
    // The saved index: write it, then open it as a new session would (nothing changed, then 10 new).
    await db.meta.delete(SEARCH_META_KEY);
    const built = await openSearch(db);
    const [saveIndexMs] = await time(() => saveSearch(db, built));
    const saved = (await db.meta.get(SEARCH_META_KEY))!.value as { json: string };
    const savedMb = saved.json.length / 1e6;
    const opensSaved: number[] = [];
    for (let r = 0; r < Math.min(REPEATS, 3); r++) {
      const [ms, o] = await time(() => openSearch(db));
      if (o.source !== 'saved' || o.changed !== 0 || o.search.size !== size) throw new Error(`saved index not used at ${size}`);
      opensSaved.push(ms);
    }
    const extra = Array.from({ length: 10 }, (_, k) => ({ ...syntheticArticle(size + k), id: `extra-${size}-${k}`, canonicalUrl: `https://x.example/${size}/${k}` }));
    await putArticles(db, extra);
    const [openSavedChangedMs, caught] = await time(() => openSearch(db));
    if (caught.changed !== 10 || caught.search.size !== size + 10) throw new Error(`catch-up failed at ${size}`);
    await db.transaction('rw', db.articles, () => db.articles.bulkDelete(extra.map((e) => e.id)));
    await db.meta.delete(SEARCH_META_KEY);

    const en: number[] = [];
    const hi: number[] = [];
    let hitsEn = 0;
    let hitsHi = 0;
    for (let r = 0; r < REPEATS; r++) {
      const [a, ra] = await time(() => search!.search('monsoon flood rescue'));
      const [b, rb] = await time(() => search!.search('बाढ़ बचाव किसान'));
      en.push(a);
      hi.push(b);
      hitsEn = ra.length;
      hitsHi = rb.length;
    }
    const row = { size, openMs: median(opens), countMs: median(counts), loadMs: median(loads), indexMs: median(indexes), saveIndexMs, savedMb, openSavedMs: median(opensSaved), openSavedChangedMs, searchEnMs: median(en), searchHiMs: median(hi), hitsEn, hitsHi };
    rows.push(row);
    log(`${String(size).padStart(5)} articles: open+list ${row.openMs.toFixed(1)} ms, unread page ${row.countMs.toFixed(1)} ms, index ${row.indexMs.toFixed(0)} ms (load ${row.loadMs.toFixed(0)}), saved index: write ${saveIndexMs.toFixed(0)} ms (${savedMb.toFixed(1)} MB), open ${row.openSavedMs.toFixed(0)} ms, open +10 new ${openSavedChangedMs.toFixed(0)} ms, search en ${row.searchEnMs.toFixed(2)} ms (${hitsEn} hits), hi ${row.searchHiMs.toFixed(2)} ms (${hitsHi} hits)`);
  }
  db.close();
  return rows;
}

export function libraryMarkdown(rows: LibraryBenchRow[]): string {
  const lines = [
    '# Reading library benchmark',
    '',
    `Synthetic saved articles (half Hindi, half English, ~320 words each) in fake-indexeddb (Node ${process.version}); medians of ${REPEATS} runs (index: 3).`,
    'open = new connection + first page of 50 newest + total count; unread page = status filter through the [status+savedAt] index;',
    'rebuild = load every article and build the MiniSearch index (what each session did before the index was saved); search = one query on the built index (top 200 ids).',
    'saved index (schema v3 `meta` table): write = MiniSearch JSON + (id, updatedAt) stamps put in IndexedDB; open = read + loadJSON + compare stamps read from the updatedAt index (keys only) — with nothing changed, and with 10 articles saved since (re-indexed incrementally).',
    'fake-indexeddb is an in-memory JavaScript implementation: absolute times differ from a browser\'s IndexedDB, the growth trend is the point.',
    '',
    '| articles | open + list 50 (ms) | unread page (ms) | rebuild index: load + build (ms) | open saved index (ms) | open saved, 10 new (ms) | write saved index (ms, MB) | search "monsoon flood rescue" (ms) | search "बाढ़ बचाव किसान" (ms) | hits en / hi |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.size} | ${r.openMs.toFixed(1)} | ${r.countMs.toFixed(1)} | ${r.loadMs.toFixed(0)} + ${(r.indexMs - r.loadMs).toFixed(0)} | ${r.openSavedMs.toFixed(0)} | ${r.openSavedChangedMs.toFixed(0)} | ${r.saveIndexMs.toFixed(0)} (${r.savedMb.toFixed(1)} MB) | ${r.searchEnMs.toFixed(2)} | ${r.searchHiMs.toFixed(2)} | ${r.hitsEn} / ${r.hitsHi} |`),
    '',
  ];
  return lines.join('\n');
}

/** Run, print and write bench/results/library.md; for `npm run bench -- --library` too. */
export async function libraryBenchMain(): Promise<number> {
  const rows = await runLibraryBench();
  const md = libraryMarkdown(rows);
  const out = path.join(repoRoot, 'bench', 'results', 'library.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${md}\n_Generated ${new Date().toISOString()}._\n`);
  console.log(`\n${md}\nwrote ${path.relative(repoRoot, out)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  libraryBenchMain().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
