import type { PassContext } from '../passes/pass-context';
import { blockOf } from '../dom/block-of';
import { closestWhere } from '../dom/has-tag';
import { findDescendant } from '../dom/next-element';
import { RUN, wordRuns, wordsOf } from '../text/word-runs';
import { KEEP_TAG_SET, MIN_WORDS } from './remove-summary-repeats';

/** Only blocks starting in this much text at the top of the body are judged: deks, captions of the lead picture. */
const LEAD_CHARS = 1500;
/** The copy they repeat must start within this much text (the lede, the first paragraphs). */
const REFERENCE_CHARS = 6000;
/** Share of a block's four-word runs found in one later block that makes it a repeat (templated lines share less). */
const MIN_SHARE = 0.9;

/** Deks and captions are short; a long paragraph much like another is a variant (a US and a UK version of terms). */
const MAX_WORDS = 80;

/**
 * Where a dek or a caption lives: a caption, the article's header, or a box that is not a paragraph
 * of the flow. A paragraph like a later one is the body's own (a quoted post, a repeated refrain);
 * a list item like a later one is the list's (the same meal on two days of a plan).
 */
function isLeadBox(el: Element): boolean {
  // Tag tests up the parents: a selector is compiled afresh in every copy's document.
  if (closestWhere(el, (_, tag) => tag === 'figcaption' || tag === 'header')) return true;
  return el.localName !== 'p' && !closestWhere(el, (_, tag) => tag === 'li' || tag === 'dd' || tag === 'td' || tag === 'blockquote');
}

interface Line {
  el: Element;
  text: string;
  start: number;
}

/**
 * Text the top of the body prints twice: a dek or a teaser line that is the lede word for word,
 * the lead picture's caption repeating the first paragraph. The reader would show it twice; the
 * first copy goes and the paragraph stays in its place. Judged by four-word runs, so a repeat
 * with other quotes or punctuation is one, and a dek that only shares a phrase with the lede is not.
 */
export function removeLeadRepeats(root: Element, ctx: PassContext): void {
  const lines = leadLines(root);
  // Most pages have no dek or caption box of a dek's length at the top: then nothing is split into words.
  const candidates: number[] = [];
  const words: string[][] = [];
  for (let i = 0; i < lines.length - 1 && lines[i].start < LEAD_CHARS; i++) {
    const { el, text } = lines[i];
    if (text.length < MIN_WORDS * 2 || !isLeadBox(el) || findDescendant(el, (d) => KEEP_TAG_SET.has(d.localName))) continue;
    // Judged by its length first: a box of another length never needs the lines after it split.
    const own = wordsOf(text);
    if (own.length < MIN_WORDS || own.length > MAX_WORDS) continue;
    candidates.push(i);
    words[i] = own;
  }
  if (!candidates.length) return;
  for (let j = candidates[0] + 1; j < lines.length; j++) words[j] ??= wordsOf(lines[j].text);
  // The candidates' runs, and the words they start with: a later line's run is joined only where
  // it starts with one of those words (joining every run of the lead was most of this pass).
  const runsOf = new Map<number, Set<string>>();
  const wanted = new Set<string>();
  const starts = new Set<string>();
  for (const i of candidates) {
    const own = wordRuns(words[i]);
    runsOf.set(i, own);
    for (const r of own) wanted.add(r);
    for (let k = 0; k + RUN <= words[i].length; k++) starts.add(words[i][k]);
  }
  // Where each wanted run occurs (line indexes, in order, once per line): one tokenizing of the
  // lead, not one per candidate.
  const where = new Map<string, number[]>();
  for (let j = candidates[0] + 1; j < lines.length; j++) {
    const w = words[j];
    for (let k = 0; k + RUN <= w.length; k++) {
      if (!starts.has(w[k])) continue;
      const r = w.slice(k, k + RUN).join(' ');
      if (!wanted.has(r)) continue;
      const at = where.get(r);
      if (!at) where.set(r, [j]);
      else if (at[at.length - 1] !== j) at.push(j);
    }
  }
  const found: Element[] = [];
  for (const i of candidates) {
    const el = lines[i].el;
    // Runs shared with each later line: a repeat is one line, not phrases spread over several
    // (paragraphs written from one template share most runs with each other).
    const shared = new Map<number, number>();
    const own = runsOf.get(i)!;
    for (const r of own) for (const j of where.get(r) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (n >= MIN_SHARE * own.size && !el.contains(lines[j].el)) {
        found.push(el);
        break;
      }
    }
  }
  for (const el of found) ctx.remove(el, 'removeLeadRepeats', 'repeats the text right after it');
}

/** The blocks of the first REFERENCE_CHARS of text, each with the text of its own lines. */
function leadLines(root: Element): Line[] {
  const lines: Line[] = [];
  const byBlock = new Map<Element, Line>();
  let offset = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && offset < REFERENCE_CHARS; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (!value.trim()) continue;
    const block = blockOf(n, root);
    if (!block) continue;
    let line = byBlock.get(block);
    if (!line) {
      line = { el: block, text: '', start: offset };
      byBlock.set(block, line);
      lines.push(line);
    }
    line.text += value;
    offset += value.length;
  }
  return lines;
}
