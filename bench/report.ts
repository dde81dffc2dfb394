/** Aggregates page records into the results summary, the targets and the Markdown report. */
import type { SetName } from './data';
import { diffText } from './diff-text';
import { aebAggregate, balancedAccuracy, percentile, wcxbAggregate, type Confusion, type PRF, type TpFpFn } from './metrics';
import { READABILITY_OWN_TEXT, type PageRecord } from './runner';

/** WCXB types a reader view should open on / decline; forum and service are judgement calls. */
export const DETECT_YES = ['article', 'documentation'];
export const DETECT_NO = ['listing', 'collection', 'product'];
export const WCXB_TYPES = ['article', 'documentation', 'service', 'product', 'collection', 'forum', 'listing'];

/** Published figures quoted next to ours (../shared/bench/README.md). */
export const PUBLISHED = {
  aeb: { 'Readability.js 0.6.0 (textContent)': 0.947, 'trafilatura 2.0.0': 0.958, 'rs_trafilatura': 0.97 },
  wcxb: { all: { Readability: 0.675, 'rs-trafilatura': 0.859 }, article: { Readability: 0.825, 'rs-trafilatura': 0.932 }, documentation: { Readability: 0.736, 'rs-trafilatura': 0.932 } },
};

export interface SetScore extends PRF {
  pages: number;
  emptyOutputs: number;
  errors: number;
}

export interface TimeStats {
  pages: number;
  medianMs: number;
  p90Ms: number;
  meanMs: number;
  /** Median of the clone part (peers only). */
  cloneMedianMs: number;
  /** Median time over Saar's median time, on the same pages. */
  ratioToSaar: number | null;
  /** The same ratio without the clone. */
  ratioToSaarNoClone: number | null;
}

export interface Agreement {
  agree: number;
  total: number;
  rate: number;
}

export interface Target {
  name: string;
  target: string;
  value: number | null;
  pass: boolean | null;
}

export interface Summary {
  extractors: string[];
  sets: Partial<Record<SetName, { pages: number; scores: Record<string, SetScore>; byType?: Record<string, Record<string, SetScore>> }>>;
  detection: Record<string, Confusion & { balancedAccuracy: number; aebDetected?: string; medianMs: number }>;
  metadata: Record<'title' | 'author' | 'date', Record<string, Agreement>>;
  time: { parse: { medianMs: number; p90Ms: number }; bySet: Partial<Record<SetName | 'all', Record<string, TimeStats>>> };
  targets: Target[];
}

const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function setScore(recs: PageRecord[], name: string, set: SetName): SetScore | null {
  const rs = recs.map((r) => r.results[name]).filter((x) => x !== undefined);
  if (!rs.length) return null;
  const prf = set === 'aeb' ? aebAggregate(rs.map((r) => r.counts as TpFpFn)) : wcxbAggregate(rs);
  return { ...prf, pages: rs.length, emptyOutputs: rs.filter((r) => r.words === 0).length, errors: rs.filter((r) => r.error).length };
}

function timeStats(recs: PageRecord[], name: string): TimeStats | null {
  const rs = recs.map((r) => r.results[name]).filter((x) => x !== undefined);
  if (!rs.length) return null;
  // Ratios against Saar on the pages this extractor ran on (Defuddle may run on a sample).
  const saarMs = recs.filter((r) => r.results[name] && r.results.saar).map((r) => r.results.saar.ms);
  const saarMedian = saarMs.length ? percentile(saarMs, 0.5) : null;
  const ms = rs.map((r) => r.ms);
  const medianMs = percentile(ms, 0.5);
  const noClone = percentile(rs.map((r) => r.ms - r.cloneMs), 0.5);
  return {
    pages: rs.length,
    medianMs,
    p90Ms: percentile(ms, 0.9),
    meanMs: avg(ms),
    cloneMedianMs: percentile(rs.map((r) => r.cloneMs), 0.5),
    ratioToSaar: saarMedian ? medianMs / saarMedian : null,
    ratioToSaarNoClone: saarMedian ? noClone / saarMedian : null,
  };
}

export function summarize(records: PageRecord[], extractors: string[]): Summary {
  const scored = extractors.includes('readability') ? [...extractors, READABILITY_OWN_TEXT] : extractors;
  const s: Summary = {
    extractors: scored,
    sets: {},
    detection: {},
    metadata: { title: {}, author: {}, date: {} },
    time: { parse: { medianMs: percentile(records.map((r) => r.parseMs), 0.5), p90Ms: percentile(records.map((r) => r.parseMs), 0.9) }, bySet: {} },
    targets: [],
  };
  for (const set of ['aeb', 'wcxb'] as SetName[]) {
    const recs = records.filter((r) => r.set === set);
    if (!recs.length) continue;
    const scores: Record<string, SetScore> = {};
    for (const n of scored) {
      const sc = setScore(recs, n, set);
      if (sc) scores[n] = sc;
    }
    const entry: NonNullable<Summary['sets'][SetName]> = { pages: recs.length, scores };
    if (set === 'wcxb') {
      entry.byType = {};
      for (const type of WCXB_TYPES) {
        const tr = recs.filter((r) => r.type === type);
        if (!tr.length) continue;
        entry.byType[type] = {};
        for (const n of scored) {
          const sc = setScore(tr, n, set);
          if (sc) entry.byType[type][n] = sc;
        }
      }
    }
    s.sets[set] = entry;
  }
  // Time: all pages and per set; ratios against Saar on the same pages.
  for (const key of ['all', 'aeb', 'wcxb'] as const) {
    const recs = key === 'all' ? records : records.filter((r) => r.set === key);
    if (!recs.length) continue;
    const t: Record<string, TimeStats> = {};
    for (const n of extractors) {
      const ts = timeStats(recs, n);
      if (ts) t[n] = ts;
    }
    s.time.bySet[key] = t;
  }
  // Detection on WCXB types; AEB (all articles) reported as a detection rate.
  const wcxb = records.filter((r) => r.set === 'wcxb');
  const aeb = records.filter((r) => r.set === 'aeb');
  for (const n of extractors) {
    if (!records.some((r) => r.detect[n as keyof PageRecord['detect']] !== undefined)) continue;
    const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
    for (const r of wcxb) {
      const d = r.detect[n as keyof PageRecord['detect']];
      if (d === undefined) continue;
      if (DETECT_YES.includes(r.type)) d ? c.tp++ : c.fn++;
      else if (DETECT_NO.includes(r.type)) d ? c.fp++ : c.tn++;
    }
    const aebHits = aeb.filter((r) => r.detect[n as keyof PageRecord['detect']]).length;
    s.detection[n] = {
      ...c,
      balancedAccuracy: balancedAccuracy(c),
      ...(aeb.length ? { aebDetected: `${aebHits}/${aeb.length}` } : {}),
      medianMs: percentile(records.map((r) => r.detectMs[n as keyof PageRecord['detectMs']]).filter((x): x is number => x !== undefined), 0.5),
    };
  }
  // Metadata agreement with WCXB ground truth, over pages whose truth has the field.
  for (const field of ['title', 'author', 'date'] as const) {
    for (const n of extractors) {
      const vals = wcxb.map((r) => r.results[n]?.[field]).filter((x): x is boolean => x !== undefined);
      if (!vals.length) continue;
      const agree = vals.filter(Boolean).length;
      s.metadata[field][n] = { agree, total: vals.length, rate: agree / vals.length };
    }
  }
  s.targets = targets(s);
  return s;
}

function targets(s: Summary): Target[] {
  const t = (name: string, target: string, value: number | null | undefined, ok: (v: number) => boolean): Target => {
    const v = value === undefined || value === null || Number.isNaN(value) ? null : value;
    return { name, target, value: v, pass: v === null ? null : ok(v) };
  };
  const wt = s.sets.wcxb?.byType;
  const ratio = s.time.bySet.all?.saar && s.time.bySet.all?.readability ? s.time.bySet.all.saar.medianMs / s.time.bySet.all.readability.medianMs : null;
  return [
    t('AEB F1', '≥ 0.975', s.sets.aeb?.scores.saar?.f1, (v) => v >= 0.975),
    t('WCXB article F1', '≥ 0.96', wt?.article?.saar?.f1, (v) => v >= 0.96),
    t('WCXB documentation F1', '≥ 0.94', wt?.documentation?.saar?.f1, (v) => v >= 0.94),
    t('WCXB all-types F1', '≥ 0.86', s.sets.wcxb?.scores.saar?.f1, (v) => v >= 0.86),
    t('Detection balanced accuracy', '≥ 0.95', s.detection.saar?.balancedAccuracy, (v) => v >= 0.95),
    t("Median time vs Readability's", '≤ 0.5×', ratio, (v) => v <= 0.5),
  ];
}

const f3 = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3));
const f1d = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
const ratio = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(2)}×`);

export interface RunInfo {
  date: string;
  commit: string;
  node: string;
  versions: Record<string, string>;
  args: string;
  pagesRun: number;
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  skipped: string[];
  browser?: BrowserSummary;
}

export interface BrowserStats {
  medianMs: number;
  p90Ms: number;
  errors: number;
  /** Body F1 of the output produced in Chromium, scored like the jsdom run. */
  f1: { aeb: number | null; wcxb: number | null };
}

export interface BrowserSummary {
  pages: number;
  chromium: string;
  saar: BrowserStats;
  readability: BrowserStats;
  ratio: number;
  note?: string;
}

export function toMarkdown(s: Summary, info: RunInfo): string {
  const L: string[] = [];
  const names = s.extractors;
  L.push('# Saar benchmark results', '');
  L.push(`Run ${info.date} · commit ${info.commit} · Node ${info.node} · ${Object.entries(info.versions).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  L.push(`Flags: \`${info.args || '(none)'}\` · ${info.pagesRun} pages in ${info.seconds.toFixed(0)} s · peak RSS ${info.peakRssMb.toFixed(0)} MB, peak heap ${info.peakHeapMb.toFixed(0)} MB`);
  for (const sk of info.skipped) L.push(`> Note: ${sk}`);
  L.push('');
  L.push('Every extractor runs on the same jsdom document; its HTML output goes through the same', 'html→text conversion (`lib/text/to-text.ts`) before scoring. Metrics as in `../shared/bench/README.md`.', '');

  L.push('## Targets', '', '| Target | Goal | Value | Pass |', '| --- | --- | --- | --- |');
  for (const t of s.targets) L.push(`| ${t.name} | ${t.target} | ${t.name.startsWith('Median') ? ratio(t.value) : f3(t.value)} | ${t.pass === null ? '–' : t.pass ? 'PASS' : 'FAIL'} |`);
  L.push('');

  L.push('## Body text', '', '| Set | Extractor | F1 | Precision | Recall | Pages | Empty | Errors |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const set of ['aeb', 'wcxb'] as SetName[]) {
    const e = s.sets[set];
    if (!e) continue;
    for (const n of names) {
      const sc = e.scores[n];
      if (sc) L.push(`| ${set.toUpperCase()} | ${n} | ${f3(sc.f1)} | ${f3(sc.precision)} | ${f3(sc.recall)} | ${sc.pages} | ${sc.emptyOutputs} | ${sc.errors} |`);
    }
  }
  L.push('');
  L.push(`AEB: F1 = 2PR/(P+R) of mean per-page shingle precision and recall. Published: ${Object.entries(PUBLISHED.aeb).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  L.push(`WCXB: mean per-page bag-of-words F1. Published (dev set, all types): Readability ${PUBLISHED.wcxb.all.Readability}, rs-trafilatura ${PUBLISHED.wcxb.all['rs-trafilatura']}.`, '');

  const bt = s.sets.wcxb?.byType;
  if (bt) {
    L.push('## WCXB F1 by page type', '', `| Type | Pages | ${names.join(' | ')} |`, `| --- | --- | ${names.map(() => '---').join(' | ')} |`);
    for (const type of WCXB_TYPES) {
      const row = bt[type];
      if (!row) continue;
      const pages = Object.values(row)[0]?.pages ?? 0;
      L.push(`| ${type} | ${pages} | ${names.map((n) => f3(row[n]?.f1)).join(' | ')} |`);
    }
    L.push('', `Published (Readability): article ${PUBLISHED.wcxb.article.Readability}, documentation ${PUBLISHED.wcxb.documentation.Readability}.`, '');
  }

  if (Object.keys(s.detection).length) {
    L.push('## Article detection (WCXB types)', '', 'Yes = article, documentation; no = listing, collection, product; forum and service left out.', '');
    L.push('| Detector | TP | FP | TN | FN | Balanced accuracy | AEB pages detected | Median ms |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    const label: Record<string, string> = { saar: 'saar detectArticle', readability: 'readability isProbablyReaderable' };
    for (const [n, d] of Object.entries(s.detection)) {
      L.push(`| ${label[n] ?? n} | ${d.tp} | ${d.fp} | ${d.tn} | ${d.fn} | ${f3(d.balancedAccuracy)} | ${d.aebDetected ?? '–'} | ${f1d(d.medianMs)} |`);
    }
    L.push('');
  }

  const metaNames = names.filter((n) => n !== READABILITY_OWN_TEXT);
  if (Object.keys(s.metadata.title).length) {
    L.push('## Metadata agreement with WCXB ground truth', '', 'Share of pages (whose ground truth has the field) where the output agrees: titles and authors', 'normalized (case, punctuation; containment for site-suffixed titles and multi-author bylines), dates by calendar day.', '');
    L.push(`| Field | Pages | ${metaNames.join(' | ')} |`, `| --- | --- | ${metaNames.map(() => '---').join(' | ')} |`);
    for (const f of ['title', 'author', 'date'] as const) {
      const row = s.metadata[f];
      const total = Object.values(row)[0]?.total ?? 0;
      L.push(`| ${f} | ${total} | ${metaNames.map((n) => (row[n] ? f3(row[n].rate) : '–')).join(' | ')} |`);
    }
    L.push('');
  }

  L.push('## Time per page (ms, jsdom, one process)', '');
  L.push(`jsdom parse (once per page, shared, not in any extractor's time): median ${f1d(s.time.parse.medianMs)}, p90 ${f1d(s.time.parse.p90Ms)}.`);
  L.push("Peers' time includes the `cloneNode(true)` they need (they change the document; Saar does not); the clone is also shown apart.", '');
  L.push('| Pages | Extractor | Median | p90 | Mean | Clone median | Median ratio to Saar | Ratio without clone |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [key, t] of Object.entries(s.time.bySet)) {
    for (const [n, st] of Object.entries(t ?? {})) {
      L.push(`| ${key} | ${n} | ${f1d(st.medianMs)} | ${f1d(st.p90Ms)} | ${f1d(st.meanMs)} | ${n === 'saar' ? '–' : f1d(st.cloneMedianMs)} | ${ratio(st.ratioToSaar)} | ${n === 'saar' ? '–' : ratio(st.ratioToSaarNoClone)} |`);
    }
  }
  L.push('');
  return L.join('\n');
}

/** The Chromium comparison (`--browser`), its own report. */
export function browserMarkdown(info: RunInfo): string {
  const b = info.browser!;
  const L: string[] = ['# Saar vs Readability in Chromium', ''];
  L.push(`Run ${info.date} · commit ${info.commit} · ${b.chromium} · ${Object.entries(info.versions).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  L.push(`Flags: \`${info.args || '(none)'}\` · ${b.pages} pages in ${info.seconds.toFixed(0)} s`);
  for (const sk of info.skipped) L.push(`> Note: ${sk}`);
  L.push('', 'Each page is served from memory to a context with JavaScript disabled (every other request aborted);', "one esbuild bundle of Saar's core and Readability runs in an isolated world, on the live page", '(Readability on `document.cloneNode(true)`, counted in its time). Output scored like the jsdom run.', '');
  L.push('| Extractor | Median ms | p90 ms | Errors | AEB F1 | WCXB F1 |', '| --- | --- | --- | --- | --- | --- |');
  L.push(`| saar | ${f1d(b.saar.medianMs)} | ${f1d(b.saar.p90Ms)} | ${b.saar.errors} | ${f3(b.saar.f1.aeb)} | ${f3(b.saar.f1.wcxb)} |`);
  L.push(`| readability | ${f1d(b.readability.medianMs)} | ${f1d(b.readability.p90Ms)} | ${b.readability.errors} | ${f3(b.readability.f1.aeb)} | ${f3(b.readability.f1.wcxb)} |`);
  L.push('', `Readability's median time is ${ratio(b.ratio)} Saar's (Saar's is ${ratio(1 / b.ratio)} Readability's). Reported, not a target: issue 3's time target (≤ 0.50×) is the jsdom run's.${b.note ? ` ${b.note}` : ''}`);
  return L.join('\n');
}

/** Saar's N lowest pages per set with what it lost and leaked. */
export function worstMarkdown(records: PageRecord[], n: number): string {
  const L: string[] = ['# Saar: lowest-scoring pages', '', 'Per-page F1 (AEB: shingle P/R; WCXB: word bag). "Lost" = reference text missing from the output,', '"leaked" = output text not in the reference; longest runs first, lowercased tokens.', ''];
  for (const set of ['aeb', 'wcxb'] as SetName[]) {
    const recs = records.filter((r) => r.set === set && r.results.saar).sort((a, b) => a.results.saar.f1 - b.results.saar.f1).slice(0, n);
    if (!recs.length) continue;
    L.push(`## ${set.toUpperCase()}`, '');
    for (const r of recs) {
      const sr = r.results.saar;
      const d = diffText(r.truthText ?? '', r.saarText ?? '');
      L.push(`- **${r.id}** (${r.type}) F1 ${f3(sr.f1)} P ${f3(sr.precision)} R ${f3(sr.recall)} · ${r.url}${sr.error ? ` · ERROR ${sr.error}` : ''}`);
      L.push(`  - lost ${d.lostWords} words: ${d.lost.map((x) => `“${x}”`).join('; ') || '–'}`);
      L.push(`  - leaked ${d.leakedWords} words: ${d.leaked.map((x) => `“${x}”`).join('; ') || '–'}`);
    }
    L.push('');
  }
  return L.join('\n');
}
