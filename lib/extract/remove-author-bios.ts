import type { PassContext } from '../passes/pass-context';
import { escapeRegExp } from '../text/escape-regexp';
import { blockOf } from '../dom/block-of';
import { hasDescendantTag } from '../dom/has-tag';
import { countWords } from '../text/script';
import { PERSON_MARKERS } from '../data/byline-words';

/** Verbs that open a writer's bio ("Jane Doe is a staff writer…", "Jane has covered…"). */
const BIO_VERBS = [
  'is', 'was', 'has', 'had', 'writes', 'covers', 'joined', 'holds', 'lives', 'specializes', 'specialises', 'works',
  'worked', 'serves', 'leads', 'started', 'founded', 'spent', 'studied', 'teaches',
];
/** A bio is a short box; a longer block is reporting that happens to open with the name. */
const MAX_BIO_WORDS = 150;
/** Bios close an article: the block must start past this share of the body's text… */
const MIN_START_SHARE = 0.5;
/** …and no more than this share may follow it. */
const MAX_AFTER_SHARE = 0.25;
/** A bio in the article's header (next to the byline) ends within this share of the body's text… */
const MAX_HEAD_SHARE = 0.2;
/** …and sits in a box of its own this short, apart from the body's paragraphs. */
const MAX_HEAD_BOX_WORDS = 200;
/** How many blocks before a bio its name line may be (the name, then a role, a handle, a date). */
const NAME_LINE_REACH = 3;
/** A name line: "Jane Doe", "Written by Jane Doe", "Jane Doe, MD". */
const MAX_NAME_LINE_WORDS = 6;
/** "Jane Doe is", "Jane Doe, MD, is", "Jane has": a capitalised name of 1-4 words, then a bio verb. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const SUFFIX = String.raw`(?:,\s*\p{Lu}[\p{L}.]{1,6})*,?`;
const ANY_OPENER = new RegExp(String.raw`^(${NAME})${SUFFIX}\s+(?:${BIO_VERBS.join('|')})\b`, 'u');
/** The person of a bio, in its text ("She has", "his work"): a product, a place or a firm is an "it" or a "they". */
const PERSONAL = /\b(?:he|she|his|her|hers|him)\b/i;
const MARKER = new RegExp(`^(?:${[...PERSON_MARKERS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*:?\\s+`, 'iu');

interface Seen {
  el: Element;
  /** The block's text, and its first text node's ("Jane Doe" of a block "Jane Doe Associate Editor"). */
  texts: string[];
}

/**
 * The writer's bio that no class name marks as an author box (the widgets pass drops the named
 * ones). The byline is reported apart, and the bio is about the writer, not the story. Found by
 * text: a short block that opens with a person's name followed by a bio verb, either
 *  - in the tail of the body, the name being the byline's or given by a name line just before the
 *    block ("Written by Jane Doe", or "Jane Doe" over "Jane is…", or over a bio that says "she"), or
 *  - in the header, the byline's name, in a small box apart from the body (an excerpt under the byline).
 * With it goes its box when the box opens with the bio (or its name line) and is itself short.
 */
export function removeAuthorBios(root: Element, ctx: PassContext, byline: string): void {
  if (ctx.pageKind !== 'article' || ctx.relaxed.has('phrases')) return;
  const people = personNames(byline);
  // A line can open with a person only when it starts with one of the names: tested before the
  // pattern, which is built (Unicode classes, costly to compile) only when a line does, on most pages never.
  const forms = openerForms(people);
  let opener: RegExp | null = null;
  const opens = (line: string): boolean => forms.some((f) => line.startsWith(f)) && (opener ??= bioOpener(byline)!).test(line);
  const total = (root.textContent ?? '').length;
  if (!total) return;
  const found: Element[] = [];
  const heads: Element[] = [];
  const blockText = new Map<Element, string>();
  const recent: Seen[] = [];
  // Whether a box is short, read once per box (the blocks of one box share it).
  const small = new Map<Element, boolean>();
  let offset = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    const start = offset;
    offset += value.length;
    const head = value.trimStart();
    if (!head) continue;
    const block = blockOf(n, root);
    if (!block || found.some((f) => f.contains(block))) continue;
    // Only the first text of a block opens it (the name may be a link, the verb in the next node).
    // Read once per block: a <br>-separated body is one block of many text nodes.
    let raw = blockText.get(block);
    if (raw === undefined) blockText.set(block, (raw = block.textContent ?? ''));
    const text = raw.trim();
    if (!text.startsWith(value.trim())) continue;
    const prior = recent.slice(-NAME_LINE_REACH);
    if (recent[recent.length - 1]?.el !== block) recent.push({ el: block, texts: text === value.trim() ? [text] : [text, value.trim()] });
    if (recent.length > NAME_LINE_REACH + 1) recent.shift();
    const end = start + raw.length;
    const inTail = start >= total * MIN_START_SHARE && total - end <= total * MAX_AFTER_SHARE;
    // Most blocks sit in neither the tail nor the header zone: nothing below would take them.
    if (!inTail && !(forms.length && end <= total * MAX_HEAD_SHARE)) continue;
    if (!/^\p{Lu}/u.test(head) || countWords(text, MAX_BIO_WORDS + 1) > MAX_BIO_WORDS || inArticleFlow(block, root, small)) continue;
    const line = text.replace(/\s+/g, ' ');
    if (inTail) {
      if (opens(line)) {
        found.push(widenToBox(block, root, text));
        continue;
      }
      const nameLine = namedBy(line, prior) ?? mentionedAfter(line, prior, people);
      if (!nameLine) continue;
      const box = widenToBox(block, root, text, nameLine);
      found.push(box);
      if (!box.contains(nameLine) && !nameLine.contains(box)) found.push(nameLine);
    } else if (end <= total * MAX_HEAD_SHARE && opens(line) && inSmallBox(block, root, small)) {
      heads.push(widenToBox(block, root, text));
    }
  }
  // A header has one excerpt about its writer; several name-led boxes at the top are the page's
  // own (testimonials about the person the page is about).
  if (heads.length === 1) found.push(heads[0]);
  for (const el of found) ctx.remove(el, 'removeAuthorBios', 'author bio, the byline is shown apart');
}

/** `^(Jane Doe|Jane)(, MD)? (is|has|…)\b` for the people of a byline ("Jane Doe, John Roe and Ann Poe"). */
export function bioOpener(byline: string): RegExp | null {
  const forms = openerForms(personNames(byline));
  if (!forms.length) return null;
  return new RegExp(`^(${forms.map(escapeRegExp).join('|')})${SUFFIX}\\s+(${BIO_VERBS.join('|')})\\b`, 'u');
}

/** The forms a bio may open with: each full name, and its first name when 3 letters or longer. */
function openerForms(names: string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(name);
    const first = name.split(/\s+/)[0];
    if (first.length >= 3) forms.add(first);
  }
  return [...forms];
}

/** The people of a byline: "Jane Doe, MD* and John Roe" gives Jane Doe and John Roe. */
function personNames(byline: string): string[] {
  return byline
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((s) => s.replace(/[*†]+$/u, '').trim())
    .filter((s) => /^\p{Lu}/u.test(s) && countWords(s) >= 2 && countWords(s) <= 4);
}

/** A space after a sentence's end. */
const SENTENCE_BREAK = /(?<=[.!?])\s/u;

/** The pattern of the byline's people followed by a bio verb, built once per byline (asked once per tail block). */
let said: { key: string; re: RegExp } | null = null;
function saidPattern(people: string[]): RegExp {
  const key = people.join('\n');
  if (said?.key !== key) {
    said = { key, re: new RegExp(`(?:^|\\s)(?:${people.map(escapeRegExp).join('|')})${SUFFIX}\\s+(?:${BIO_VERBS.join('|')})\\b`, 'u') };
  }
  return said.re;
}

/**
 * A bio that names the writer later in its first sentence ("A New Yorker at heart, Jane Doe has…")
 * under a line with the writer's name: the name line, else null.
 */
function mentionedAfter(line: string, prior: Seen[], people: string[]): Element | null {
  if (!people.length) return null;
  // The first sentence, without splitting the whole block.
  const stop = SENTENCE_BREAK.exec(line);
  const first = stop ? line.slice(0, stop.index) : line;
  // The pattern matches only where a name is written out: most blocks name nobody (see `opens`).
  if (!people.some((p) => first.includes(p)) || !saidPattern(people).test(first)) return null;
  for (let i = prior.length - 1; i >= 0; i--) {
    if (countWords(prior[i].texts[0]) > MAX_NAME_LINE_WORDS) continue;
    for (const text of prior[i].texts) {
      const t = text.replace(/\s+/g, ' ').replace(MARKER, '').replace(/[*†]+$/u, '').replace(/,.*$/u, '').trim();
      if (people.includes(t)) return prior[i].el;
    }
  }
  return null;
}

/**
 * The name line among `prior` blocks that names the person `line` opens with, when that shows a
 * person: a byline marker ("Written by Jane Doe"), or a bio that says "she" or "his" (under the
 * full name, or under "Jane Doe" when it opens with "Jane").
 */
function namedBy(line: string, prior: Seen[]): Element | null {
  const m = ANY_OPENER.exec(line);
  if (!m) return null;
  const name = m[1];
  for (let i = prior.length - 1; i >= 0; i--) {
    if (countWords(prior[i].texts[0]) > MAX_NAME_LINE_WORDS) continue;
    for (const text of prior[i].texts) {
      const t = text.replace(/\s+/g, ' ').replace(/[*†]+$/u, '');
      const bare = t.replace(MARKER, '');
      const full = bare.replace(/,.*$/u, '').trim();
      const words = full.split(' ');
      if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      if ((name === full || name === words[0]) && (bare !== t || PERSONAL.test(line))) return prior[i].el;
    }
  }
  return null;
}

/**
 * A bullet, or a paragraph right under a section heading among the body's paragraphs: the article
 * speaking about its writer ("Why trust us": the writer's credentials), not a box about them.
 */
function inArticleFlow(block: Element, root: Element, small: Map<Element, boolean>): boolean {
  if (block.localName === 'li') return true;
  const prev = block.previousElementSibling;
  return !!prev && /^h[2-6]$/.test(prev.localName) && !inSmallBox(block, root, small);
}

/** Whether the block's box (its parent) is short: a header's excerpt, not the body's first paragraph. */
function inSmallBox(block: Element, root: Element, small: Map<Element, boolean>): boolean {
  const box = block.parentElement;
  if (!box || box === root) return false;
  let is = small.get(box);
  if (is === undefined) small.set(box, (is = countWords(box.textContent ?? '', MAX_HEAD_BOX_WORDS + 1) <= MAX_HEAD_BOX_WORDS));
  return is;
}

/** The bio's box: the ancestors that open with the bio (or its name line) and stay short. */
function widenToBox(block: Element, root: Element, text: string, nameLine?: Element): Element {
  let box = block;
  for (let p = block.parentElement; p && p !== root; p = p.parentElement) {
    const t = (p.textContent ?? '').trim();
    const opens = t.startsWith(text) || (!!nameLine && p.contains(nameLine) && t.startsWith((nameLine.textContent ?? '').trim()));
    if (!opens || countWords(t) > MAX_BIO_WORDS || hasDescendantTag(p, BOX_ENDS)) break;
    box = p;
  }
  return box;
}

/** A box holding one of these is more than the bio (a section, a figure, a table). */
const BOX_ENDS = ['h1', 'h2', 'figure', 'table'];
