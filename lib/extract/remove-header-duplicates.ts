import type { PassContext } from '../passes/pass-context';
import type { Metadata } from '../metadata/read-metadata';
import { elementWalk } from '../dom/next-element';
import { blockOf } from '../dom/block-of';
import { nonSpaceLength } from '../text/non-space';
import { parseDate } from '../metadata/parse-date';
import { DAY_PERIODS, MONTH_NAMES, US_ZONES, WEEKDAY_NAMES, ZONE_OFFSETS } from '../data/date-words';
import { MODIFIED_MARKERS, PERSON_MARKERS, PUBLISHED_MARKERS } from '../data/byline-words';
import { closestTag, hasDescendantTag } from '../dom/has-tag';
import { LETTER, MARK, runsInside } from '../text/char-class';

/** Names of elements that hold the byline or dateline rather than article text. */
const BYLINE_NAMES = /(^|[\s_-])(byline|by-line|author|authors|writer|dateline|timestamp|publish(ed)?-?(date|time|on)?|posted-?on|article-?meta|story-?meta|meta-?data|date)([\s_-]|$)/i;
/** Words a byline line may carry; a longer block is prose and stays. */
const MAX_BYLINE_WORDS = 25;
/** Datelines are looked for only this near the top of the body (characters of text before them). */
const HEADER_ZONE_CHARS = 300;
/** Words of a dateline that are neither date, label nor byline ("Source: TODAY"); more is prose. */
const MAX_OTHER_WORDS = 2;
/** Words a dateline row may carry ("Updated Dec. 23, 2024, 1:24 PM EST / Source: TODAY"). */
const MAX_DATELINE_WORDS = 16;
/** Words a dateline is made of besides numbers: months, weekdays, day periods, zones, date and byline labels, reading time. */
const DATELINE_WORDS = new Set(
  [
    ...Object.keys(MONTH_NAMES), ...WEEKDAY_NAMES, ...Object.keys(DAY_PERIODS), ...Object.keys(ZONE_OFFSETS),
    ...Object.keys(US_ZONES), ...PERSON_MARKERS, ...PUBLISHED_MARKERS, ...MODIFIED_MARKERS,
    'on', 'at', 'of', 'min', 'mins', 'minute', 'minutes', 'read', 'reading', 'time', 'last', 'th', 'st', 'nd', 'rd',
  ].flatMap((w) => runsInside(w.toLowerCase(), LETTER | MARK)),
);

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The title, byline line and dateline are reported apart, so they must not be repeated at the
 * top of the body. Only the first heading equal to the title is removed, and only short blocks
 * named like a byline.
 */
export function removeHeaderDuplicates(root: Element, ctx: PassContext, meta: Metadata): void {
  const title = normalize(meta.title);
  // One walk finds the headings and the named elements; what the title removals below take away
  // is left out of both lists afterwards, as a query made after them would.
  const { headings, named } = scanHeader(root);
  const gone: Element[] = [];
  const left = (el: Element): boolean => !gone.some((g) => g.contains(el));
  if (title) {
    for (const h of headings.slice(0, 3)) {
      const text = normalize(h.textContent ?? '');
      if (text && (text === title || (text.length > 15 && (title.includes(text) || text.includes(title))))) {
        ctx.remove(h, 'removeHeaderDuplicates', 'the title, shown apart');
        gone.push(h);
        break;
      }
    }
    // A headline set in a plain block (`<p class="titulo">`, `<div><b>…</b></div>`) is the title only
    // when it opens the body and says exactly the title, on an article: a listing's or a shop's
    // name of its section is a heading of the page.
    if (!gone.length && ctx.pageKind === 'article') {
      const first = firstBlock(root);
      if (first && normalize(first.textContent ?? '') === title && !hasDescendantTag(first, ['img', 'figure', 'picture', 'video'])) {
        ctx.remove(first, 'removeHeaderDuplicates', 'the title, shown apart');
        gone.push(first);
      }
    }
    // A lone h1 that is not the title is still the page headline in most layouts.
    const h1s = headings.filter((h) => h.localName === 'h1' && left(h));
    if (h1s.length === 1 && root.firstElementChild && isNearStart(root, h1s[0])) {
      ctx.remove(h1s[0], 'removeHeaderDuplicates', 'the headline, shown apart');
      gone.push(h1s[0]);
    }
  }
  for (const el of named) {
    if (!el.parentNode || (gone.length && !left(el))) continue;
    const tag = el.localName;
    if (tag !== 'p' && closestTag(el, 'p')) continue; // a date inside a sentence stays
    const words = (el.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
    if (words > MAX_BYLINE_WORDS || hasDescendantTag(el, ['p', 'img', 'figure', 'h2', 'h3'])) continue;
    ctx.remove(el, 'removeHeaderDuplicates', 'byline or dateline, shown apart');
  }
  // On forums and listings a date row heads each post or day, and is part of it. Without a date
  // in the metadata the row is the only place the reader shows one.
  if (ctx.pageKind === 'article' && (meta.published || meta.modified)) removeDatelines(root, ctx, meta.byline);
}

/**
 * Unnamed dateline rows near the top of the body ("Posted: Fri 6:45 PM, Feb 16, 2018",
 * "by Karina Cohen | May 19, 2024", "December 15, 2025 · 8 min read"): a short block that holds a
 * date and otherwise only labels and the byline's names. The date and byline are shown apart.
 */
function removeDatelines(root: Element, ctx: PassContext, byline: string): void {
  const names = new Set(runsInside(byline.toLowerCase(), LETTER | MARK));
  const seen = new Set<Element>();
  const found: Element[] = [];
  let before = 0;
  // Collected first: removing during the walk would strand the walker in the detached block.
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && before <= HEADER_ZONE_CHARS; n = walker.nextNode()) {
    const chars = nonSpaceLength(n.nodeValue ?? '');
    if (!chars) continue;
    const block = blockOf(n, root);
    before += chars;
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if (ctx.isRemoved(block) || hasDescendantTag(block, ['img', 'figure', 'h1', 'h2', 'h3', 'table'])) continue;
    if (isDateline((block.textContent ?? '').trim(), names)) found.push(block);
  }
  for (const block of found) if (!found.some((o) => o !== block && o.contains(block))) ctx.remove(block, 'removeHeaderDuplicates', 'dateline row, shown apart');
}

/**
 * A tab between two values on one line is a table row's text ("1/1/2013\t+13.1%"); tabs that only
 * indent the page's source after a line break are not.
 */
const TABBED = /\S[^\S\n]*\t[^\S\n]*\S/;

/** A short line that parses as a date and has at most MAX_OTHER_WORDS words besides dates, labels and names. */
export function isDateline(text: string, names: Set<string> = new Set()): boolean {
  if (TABBED.test(text) || text.split(/\s+/).length > MAX_DATELINE_WORDS || !parseDate(text)) return false;
  let other = 0;
  for (const w of runsInside(text.toLowerCase(), LETTER | MARK)) if (!DATELINE_WORDS.has(w) && !names.has(w) && ++other > MAX_OTHER_WORDS) return false;
  return true;
}

/**
 * In one walk: `root.querySelectorAll('h1, h2')` (headings) and, of
 * `root.querySelectorAll('[class], [id], [rel="author"], address, time')`, those named like a
 * byline, addresses and times right under `root` (named), in document order (each query costs
 * many walks under jsdom; jsdom matches `rel`'s value case-insensitively, as here). Names and
 * parents are read here, once: removing the title headings changes neither.
 */
export function scanHeader(root: Element): { headings: Element[]; named: Element[] } {
  const headings: Element[] = [];
  const named: Element[] = [];
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    const tag = el.localName;
    if (tag === 'h1' || tag === 'h2') headings.push(el);
    const dated = tag === 'address' || tag === 'time';
    const attrs = el.hasAttributes() ? el.getAttributeNames() : null;
    if (!dated && !attrs) continue;
    const cls = attrOf(el, attrs, 'class');
    const id = attrOf(el, attrs, 'id');
    const rel = attrOf(el, attrs, 'rel');
    if (!dated && cls === null && id === null && rel?.toLowerCase() !== 'author') continue;
    const names = `${cls ?? ''} ${id ?? ''} ${rel ?? ''} ${attrOf(el, attrs, 'itemprop') ?? ''}`;
    if (BYLINE_NAMES.test(names) || tag === 'address' || (tag === 'time' && el.parentElement === root)) named.push(el);
  }
  return { headings, named };
}

/** The attribute when `names` (its getAttributeNames) has it: under jsdom a read that misses costs as much as a hit. */
function attrOf(el: Element, names: string[] | null, name: string): string | null {
  return names?.includes(name) ? el.getAttribute(name) : null;
}

/** The block of the body's first text, unless that is the body itself. */
function firstBlock(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    const block = blockOf(n, root);
    return block && block !== root ? block : null;
  }
  return null;
}

/** True when nothing but whitespace-short text precedes `el` in `root`. */
function isNearStart(root: Element, el: Element): boolean {
  let chars = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (el.contains(n)) return true;
    chars += (n.nodeValue ?? '').trim().length;
    if (chars > 200) return false;
  }
  return false;
}
