/**
 * Benchmark metrics, implemented exactly as the upstream benchmarks define them
 * (see ../shared/bench/README.md), so our figures compare with the published ones.
 */

/**
 * Python 3 `re` `\w` for str patterns matches a character when `str.isalnum()` is true or it is
 * `_`; `isalnum()` is true for the general categories L* (Lu Ll Lt Lm Lo) and N* (Nd Nl No).
 * Combining marks (Mn, Mc, Me) are NOT word characters, so a Hindi word splits at its matras
 * ("नमस्ते" → "नमस", "त"). JavaScript's own `\w` is ASCII-only even with the `u` flag, hence the
 * explicit classes. Checked code point by code point against CPython 3.11 (Unicode 14): the two
 * agree on every character assigned in Unicode 14; they differ only on characters added later.
 */
const PY_WORD = /[\p{L}\p{N}_]+/gu;

/** Tokens as Python's `re.findall(r'\w+', text)` returns them (case kept). */
export function pyWordTokens(text: string): string[] {
  return text ? text.match(PY_WORD) ?? [] : [];
}

/**
 * AEB shingles: 4-grams of tokens joined into one key, counted as a multiset. A text of fewer
 * than 4 tokens is one shorter shingle (upstream `range(max(1, len - n + 1))`); no tokens, none.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = pyWordTokens(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    // U+0001 cannot occur inside a token, so joined keys are unambiguous.
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface TpFpFn {
  tp: number;
  fp: number;
  fn: number;
}

/** Upstream `string_shingle_matching`, unnormalized (normalizing by the sum changes no ratio). */
export function aebCounts(truth: string, pred: string): TpFpFn {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  return { tp, fp, fn };
}

export function aebPrecision({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function aebRecall({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/**
 * Upstream `metrics_from_tp_fp_fns`: P is the mean per-page precision over pages with tp+fp > 0
 * (empty outputs drop out), R the mean per-page recall over pages with tp+fn > 0, and
 * F1 = 2PR/(P+R) of those two means (not a mean of per-page F1).
 */
export function aebAggregate(pages: TpFpFn[]): PRF {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(aebPrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(aebRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * WCXB tokens: lowercased Unicode `\w+` (same classes as above). The text is lowercased before
 * tokenizing, as `re.findall(r'\w+', text.lower())` does.
 */
export function wcxbTokens(text: string): string[] {
  return pyWordTokens(text.toLowerCase());
}

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * WCXB per-page word F1 over bags of lowercased tokens: overlap = Σ min counts,
 * P = overlap/|pred|, R = overlap/|ref|. Empty reference and empty output score 1; one empty
 * and the other not scores 0.
 */
export function wcxbPage(ref: string, pred: string): PRF {
  const r = wcxbTokens(ref);
  const p = wcxbTokens(pred);
  if (!r.length && !p.length) return { precision: 1, recall: 1, f1: 1 };
  if (!r.length || !p.length) return { precision: 0, recall: 0, f1: 0 };
  const rb = bag(r);
  let overlap = 0;
  for (const [tok, c] of bag(p)) overlap += Math.min(c, rb.get(tok) ?? 0);
  const precision = overlap / p.length;
  const recall = overlap / r.length;
  const f1 = overlap ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The WCXB set score: plain means of the per-page values. */
export function wcxbAggregate(pages: PRF[]): PRF {
  return {
    precision: mean(pages.map((p) => p.precision)),
    recall: mean(pages.map((p) => p.recall)),
    f1: mean(pages.map((p) => p.f1)),
  };
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Mean of the true-positive rate and the true-negative rate; NaN when a class is missing. */
export function balancedAccuracy({ tp, fp, tn, fn }: Confusion): number {
  const pos = tp + fn;
  const neg = tn + fp;
  if (!pos || !neg) return NaN;
  return (tp / pos + tn / neg) / 2;
}

/** Nearest-rank percentile (q in 0..1) of a list; the median is q = 0.5 (mean of the middle two). */
export function percentile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  if (q === 0.5) {
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/**
 * Normalizes a title/author for agreement checks: NFKC, lowercase, word tokens only (so
 * punctuation, quotes and spacing differences do not count).
 */
export function normalizeField(s: string | null | undefined): string {
  return wcxbTokens((s ?? '').normalize('NFKC')).join(' ');
}

/**
 * Title agreement: equal after normalization, or one contains the other when the shorter has at
 * least 3 words (pages append " | Site Name" to titles; ground truth usually does not).
 */
export function titleAgrees(truth: string, got: string): boolean {
  const a = normalizeField(truth);
  const b = normalizeField(got);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.split(' ').length >= 3 && ` ${long} `.includes(` ${short} `);
}

/**
 * Author agreement: the normalized ground-truth name equals the output, or appears in it as
 * whole words ("By Jane Doe and John Roe" contains "jane doe"), or vice versa.
 */
export function authorAgrees(truth: string, got: string): boolean {
  const a = normalizeField(truth);
  const b = normalizeField(got);
  if (!a || !b) return false;
  return a === b || ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `);
}

/**
 * Calendar day of a date string as YYYY-MM-DD, or null. An ISO date keeps its written day (the
 * day the publisher meant, not shifted to UTC); other formats go through Date.parse.
 */
export function calendarDay(s: string | null | undefined): string | null {
  const v = (s ?? '').trim();
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Dates agree when both give the same calendar day; a ground truth that names only a month
 * ("2025-09") agrees with any day of that month.
 */
export function dateAgrees(truth: string, got: string | null | undefined): boolean {
  const month = /^(\d{4}-\d{2})$/.exec(truth.trim());
  const b = calendarDay(got);
  if (month) return b !== null && b.startsWith(`${month[1]}-`);
  const a = calendarDay(truth);
  return a !== null && a === b;
}
