import type { ExtractOptions, ExtractResult, Removal } from '../types';
import { readMetadata } from '../metadata/read-metadata';
import { allVisitors, scanDocument } from '../metadata/scan';
import { createPassContext } from '../passes/pass-context';
import { PRE_PASSES, POST_PASSES } from '../passes/index';
import { MassCollector } from '../passes/noise-engine';
import { POSTPROCESS_PASSES } from '../postprocess/index';
import { grabArticle } from './grab-article';
import { copySubtree } from './copy-subtree';
import { BudgetLog, budgetFor, exceedsElements } from './budget';
import { detectArticle } from '../detect/detect-article';
import { DetectCollector } from '../detect/detect-signals';
import { cleanConditionally, removeLinkOnlyParagraphs } from './clean-conditionally';
import { removeHeaderDuplicates } from './remove-header-duplicates';
import { removeAuthorBios } from './remove-author-bios';
import { removeSummaryRepeats } from './remove-summary-repeats';
import { removeLeadRepeats } from './remove-lead-repeats';
import { completeStreamedBoundaries } from './complete-streamed-boundaries';
import { findPageSummary, SummaryCollector } from '../summary/find-page-summary';
import { generateSummary } from '../summary/generate-summary';
import { sanitizeInPlace, serializeSanitized } from '../sanitize/sanitize';
import { toText } from '../text/to-text';
import { countWords, wordsAndMinutes } from '../text/script';

/**
 * The retry order, strictest first. When an attempt leaves too little text (see
 * `isEnoughText`), the next one relaxes what was probably too aggressive; the attempt with the
 * most text wins, as in Readability.
 *  1. strict   — every cleaning pass, then scoring with unlikely-candidate stripping.
 *  2. keep-unlikely — class/id "unlikely" stripping off (sites that name the body "sidebar-content").
 *  3. keep-phrases  — phrase-based passes off (a real paragraph that starts "Related:").
 *  4. no-conditional — conditional cleaning of link-dense/short blocks off.
 *  5. noscript — parsed with scripting off (Node, saved pages), a `<noscript>` is real markup;
 *     some sites (forums) put their whole server-rendered text there.
 */
export const ATTEMPTS: Array<{ name: string; relax: string[] }> = [
  { name: 'strict', relax: [] },
  { name: 'keep-unlikely', relax: ['unlikely'] },
  { name: 'keep-phrases', relax: ['unlikely', 'phrases'] },
  { name: 'no-conditional', relax: ['unlikely', 'phrases', 'conditional'] },
  { name: 'noscript', relax: ['unlikely', 'phrases', 'conditional', 'noscript'] },
];

/**
 * The relaxations the pre-passes (PRE_PASSES, in mark mode) read: weak class/id rules are off
 * under 'unlikely', and `<noscript>` is markup under 'noscript'. Their marks are reused between
 * attempts that agree on these; a test checks the others change nothing.
 */
export const PRE_PASS_RELAXATIONS = ['unlikely', 'noscript'];

/** Text below this many words (characters for CJK) means the attempt was too aggressive. */
const ENOUGH_WORDS = 80;

/** A point between two phases of the recipe, where a caller may yield to the event loop. */
export interface ExtractStep {
  phase: 'metadata' | 'clean' | 'grab' | 'post-process' | 'sanitize';
  /** The retry attempt in progress (see ATTEMPTS). */
  attempt?: string;
}

/**
 * Extract the article from `doc`. `doc` itself is never changed.
 * Recipe: metadata → clean → grab the article → post-process → summary → sanitize.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const steps = extractArticleSteps(doc, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The recipe as a generator: it yields an `ExtractStep` after each phase so that a caller in a
 * browser tab can give the event loop a turn on huge pages (`extractArticleAsync`). Driven to the
 * end without pauses it is exactly `extractArticle`.
 */
export function* extractArticleSteps(
  page: Document,
  options: ExtractOptions = {},
): Generator<ExtractStep, ExtractResult, void> {
  const url = options.url || page.URL || '';
  // The sanitizer belongs to the page's window (a copied document has none).
  const win = (page.defaultView ?? globalThis) as Window & typeof globalThis;
  // Streamed content a saved page never moved into place is read where it belongs, from a copy.
  const doc = completeStreamedBoundaries(page) ?? page;
  const debug = !!options.debug;
  // One scan of the page serves metadata and detection (its <meta> and JSON-LD lists), and its
  // walk gathers the page summary's candidates, the pre-passes' text masses and, unless the caller
  // knows the kind, detection's.
  const summaryCandidates = new SummaryCollector();
  const detection = !options.pageKind && doc.body ? new DetectCollector(doc.body) : undefined;
  const masses = doc.body ? new MassCollector(doc.body) : undefined;
  const visitors = [summaryCandidates, ...(masses ? [masses] : []), ...(detection ? [detection] : [])];
  const scan = scanDocument(doc, visitors.length > 1 ? allVisitors(visitors) : summaryCandidates);
  const meta = readMetadata(doc, url, scan);
  // Listings, collections and forums are made of what article cleaning drops (cards, link lists).
  const pageKind = options.pageKind ?? detectArticle(doc, url, scan, detection).pageKind;
  yield { phase: 'metadata' };
  const body = doc.body ?? doc.documentElement;
  // The work budget (budget.ts): an oversized page gets one attempt, since each retry repeats every walk.
  const budget = budgetFor(options);
  const budgetLog = new BudgetLog();
  // The scan's count (an upper bound: it also counts what follows <body>) usually settles it.
  const oversized = !scan.truncated && body === doc.body && scan.bodyElements <= budget.maxElements ? false : exceedsElements(body, budget.maxElements);
  if (oversized) budgetLog.hit('elements', budget.maxElements);
  // Everything below reads `doc` and marks; only the chosen subtree is copied, into an inert
  // document, and changed there. The live page is never touched and never cloned whole.
  const inert = doc.implementation.createHTMLDocument('');
  // Relative links resolve against the page's <base>, as they did on the page.
  const baseHref = pageBaseUrl(doc);
  if (baseHref) {
    const copy = inert.createElement('base');
    copy.setAttribute('href', baseHref);
    inert.head.appendChild(copy);
  }
  // The scan's <main>s and <h1>s are the body's when it saw exactly the body.
  const scannedMains = scan.bodyVisited ? { mains: scan.mains, h1s: scan.h1s } : undefined;
  let pageSummary: ReturnType<typeof findPageSummary> | undefined;
  // What every pass context of every attempt shares.
  const passOptions = { debug, pageKind, title: meta.title };
  // The scan's masses are the body's when it saw exactly the body (the pre-passes' guard reads them).
  const preMasses = scan.bodyVisited && body === doc.body ? masses : undefined;

  let best: { root: Element; removed: Removal[]; name: string; words: number } | null = null;
  // The pre-passes' marks depend only on PRE_PASS_RELAXATIONS; attempts that agree on those
  // share one run (three of the five attempts read the page with the same marks).
  const preRuns = new Map<string, { excluded: Set<Element>; removed: Removal[] }>();
  for (const attempt of oversized ? ATTEMPTS.slice(0, 1) : ATTEMPTS) {
    const preKey = PRE_PASS_RELAXATIONS.filter((r) => attempt.relax.includes(r)).join(',');
    let pre = preRuns.get(preKey);
    if (!pre) {
      const run = createPassContext(url, { ...passOptions, relaxed: attempt.relax, masses: preMasses });
      for (const pass of PRE_PASSES) pass.run(body, run);
      pre = { excluded: run.excluded, removed: run.removed };
      preRuns.set(preKey, pre);
      yield { phase: 'clean', attempt: attempt.name };
    }
    const removed: Removal[] = [...pre.removed];
    const mark = createPassContext(url, { ...passOptions, relaxed: attempt.relax, removed });
    for (const el of pre.excluded) mark.excluded.add(el);
    // The summary box is found before scoring so it never competes with the body.
    // Found once, with the strictest marks; later attempts drop the same parts.
    if (pageSummary === undefined) pageSummary = findPageSummary(body, mark, { title: meta.title, scanned: scan.bodyVisited ? summaryCandidates.found : undefined });
    for (const part of pageSummary?.parts ?? []) mark.remove(part, 'findPageSummary', 'page summary box, reported apart');
    const source = grabArticle(doc, mark, scannedMains);
    const root = copySubtree(source, inert, mark.excluded, { ...budget, log: budgetLog });
    yield { phase: 'grab', attempt: attempt.name };
    const edit = createPassContext(url, { ...passOptions, relaxed: attempt.relax, removed, mutate: true, base: baseHref });
    for (const pass of POST_PASSES) pass.run(root, edit);
    removeHeaderDuplicates(root, edit, meta);
    if (pageSummary) removeSummaryRepeats(root, edit, pageSummary.text);
    removeLeadRepeats(root, edit);
    removeAuthorBios(root, edit, meta.byline);
    cleanConditionally(root, edit);
    removeLinkOnlyParagraphs(root, edit);
    for (const pass of POSTPROCESS_PASSES) pass.run(root, edit);
    yield { phase: 'post-process', attempt: attempt.name };
    const words = countWords(root.textContent ?? '');
    if (!best || words > best.words) best = { root, removed, name: attempt.name, words };
    if (words >= ENOUGH_WORDS) break;
  }
  const chosen = best!;
  // Text and HTML both come from the sanitized tree, so they can never disagree.
  const holder = sanitizeInPlace(chosen.root, win);
  yield { phase: 'sanitize' };
  const textContent = toText(holder);
  const contentHtml = serializeSanitized(holder);
  const summaryText = pageSummary?.text ?? '';
  const summary = summaryText
    ? { text: summaryText, source: 'page' as const }
    : meta.description
      ? { text: meta.description, source: 'meta' as const }
      : options.summarize === false
        ? null
        : textContent
          ? { text: generateSummary(textContent, meta.lang), source: 'generated' as const }
          : null;

  const counted = wordsAndMinutes(textContent, meta.lang);
  const result: ExtractResult = {
    url,
    title: meta.title,
    byline: meta.byline,
    desk: meta.desk,
    published: meta.published,
    modified: meta.modified,
    siteName: meta.siteName,
    lang: meta.lang,
    dir: meta.dir,
    leadImage: meta.leadImage,
    summary,
    contentHtml,
    textContent,
    wordCount: counted.words,
    readingMinutes: counted.minutes,
    attempt: chosen.name,
    warnings: budgetLog.warnings(),
  };
  if (debug) result.removed = chosen.removed;
  return result;
}

/** The page's `<base href>` resolved, when it is an http(s) address; hostile markup yields ''. */
function pageBaseUrl(doc: Document): string {
  // The parser puts <base> in <head>; looking only there spares a walk of the whole page.
  let href: string | null = null;
  for (const base of doc.head?.getElementsByTagName('base') ?? []) if ((href = base.getAttribute('href'))) break;
  if (!href) return '';
  try {
    const url = new URL(href, doc.URL || undefined).href;
    return /^https?:/i.test(url) ? url : '';
  } catch {
    return '';
  }
}
