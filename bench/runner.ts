/**
 * Runs the extractors page by page: each page is parsed ONCE with jsdom (URL set, scripts off,
 * no subresources), every extractor runs on that document in turn, and the window is closed
 * before the next page so memory stays flat.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readHtml, type BenchPage } from './data';
import { EXTRACTORS, type ExtractorName } from './extractors';
import { htmlToText } from './html-text';
import { aebCounts, aebPrecision, aebRecall, authorAgrees, dateAgrees, titleAgrees, wcxbPage, type TpFpFn } from './metrics';

/** Readability's own textContent, scored as a fourth "extractor" to check the published figure. */
export const READABILITY_OWN_TEXT = 'readability-textContent';

export interface ScoredOutput {
  ms: number;
  cloneMs: number;
  /** AEB shingle counts (AEB pages only). */
  counts?: TpFpFn;
  precision: number;
  recall: number;
  f1: number;
  words: number;
  error?: string;
  /** Metadata agreement with WCXB ground truth; undefined when the truth has no such field. */
  title?: boolean;
  author?: boolean;
  date?: boolean;
}

export interface PageRecord {
  set: BenchPage['set'];
  id: string;
  url: string;
  type: string;
  parseMs: number;
  /** jsdom threw on the page's stylesheets; it was parsed again without <style> blocks. */
  stylesStripped?: boolean;
  results: Record<string, ScoredOutput>;
  /** Detector verdicts: saar = detectArticle().isArticle, readability = isProbablyReaderable(). */
  detect: Partial<Record<ExtractorName, boolean>>;
  detectMs: Partial<Record<ExtractorName, number>>;
  /** Saar's scored text, kept in memory for the --worst listing (not written to JSON). */
  saarText?: string;
  truthText?: string;
}

const quiet = new VirtualConsole();

function validUrl(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function score(page: BenchPage, text: string): Pick<ScoredOutput, 'counts' | 'precision' | 'recall' | 'f1' | 'words'> {
  const words = text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
  if (page.set === 'aeb') {
    const counts = aebCounts(page.truth.text, text);
    const precision = aebPrecision(counts);
    const recall = aebRecall(counts);
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { counts, precision, recall, f1, words };
  }
  return { ...wcxbPage(page.truth.text, text), words };
}

/** Runs `names` on one page; `index` rotates their order so none always runs first. */
export function runPage(page: BenchPage, names: ExtractorName[], index: number): PageRecord {
  const html = readHtml(page);
  const url = validUrl(page.url);
  const t0 = performance.now();
  let dom: JSDOM;
  let stylesStripped = false;
  try {
    dom = new JSDOM(html, { url, virtualConsole: quiet });
  } catch {
    // jsdom's CSS parser throws on a few real stylesheets; parse again without <style> blocks so
    // the page still counts (every extractor gets the same document). Reported per page.
    stylesStripped = true;
    dom = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), { url, virtualConsole: quiet });
  }
  const parseMs = performance.now() - t0;
  const doc = dom.window.document;
  const rec: PageRecord = { set: page.set, id: page.id, url: page.url, type: page.truth.type, parseMs, results: {}, detect: {}, detectMs: {} };
  if (stylesStripped) rec.stylesStripped = true;
  try {
    for (const name of names) {
      const det = EXTRACTORS[name].detect;
      if (!det) continue;
      const d0 = performance.now();
      try {
        rec.detect[name] = det(doc, url ?? '');
      } catch {
        rec.detect[name] = false;
      }
      rec.detectMs[name] = performance.now() - d0;
    }
    // Rotate the order page by page so no extractor always runs first (JIT, GC debt).
    const order = names.map((_, i) => names[(i + index) % names.length]);
    for (const name of order) {
      const out = EXTRACTORS[name].extract(doc, url ?? '');
      const text = htmlToText(out.html);
      const t = page.truth;
      rec.results[name] = {
        ms: out.ms,
        cloneMs: out.cloneMs,
        ...score(page, text),
        ...(out.error ? { error: out.error } : {}),
        ...(t.title ? { title: titleAgrees(t.title, out.title) } : {}),
        ...(t.author ? { author: authorAgrees(t.author, out.author) } : {}),
        ...(t.published ? { date: dateAgrees(t.published, out.published) } : {}),
      };
      if (name === 'saar') {
        rec.saarText = text;
        rec.truthText = t.text;
      }
      if (out.ownText !== undefined) {
        rec.results[READABILITY_OWN_TEXT] = { ms: out.ms, cloneMs: out.cloneMs, ...score(page, out.ownText) };
      }
    }
  } finally {
    dom.window.close();
  }
  return rec;
}
