import {
  AGENCY_NAMES, DESK_WORDS, DEVANAGARI_SKELETON, DOMAIN_ENDING, MODIFIED_MARKERS, NAME_SUFFIXES, PERSON_MARKERS,
  PUBLISHED_MARKERS, ROLE_WORDS, SECONDARY_MARKERS, TITLE_MARKERS,
} from '../data/byline-words';
import { closestContent, closestWhere, hasAncestor } from '../dom/has-tag';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../data/date-words';
import { parseDate } from './parse-date';
import { alternation } from '../text/escape-regexp';
import { EdgedWords, wholeWordFilter } from '../text/edged-words';
import { scanDocument, type DocumentScan } from './scan';
import { flatKey, hasClass, LETTER, NUMBER, replaceOutside } from '../text/char-class';

export interface BylineParts {
  /** People, comma-separated, without "By"/"Published by:". */
  byline: string;
  /** Desks, teams and agencies ("टेक डेस्क, अमर उजाला, नई दिल्ली", "PTI"). */
  desk: string;
  published: string | null;
  modified: string | null;
}

// Whole words are found by EdgedWords (a shared classifier reads the edges), not by `\p{L}`
// lookarounds: each such pattern costs the extension about 1 ms to compile on every page.
const EDGE_BEFORE = '(?<![\\p{L}\\p{M}])';
const EDGE_AFTER = '(?![\\p{L}\\p{M}])';

type Kind = 'person' | 'secondary' | 'published' | 'modified' | 'title';
const KIND = new Map<string, Kind>([
  ...PERSON_MARKERS.map((m) => [m, 'person'] as [string, Kind]),
  ...SECONDARY_MARKERS.map((m) => [m, 'secondary'] as [string, Kind]),
  ...PUBLISHED_MARKERS.map((m) => [m, 'published'] as [string, Kind]),
  ...MODIFIED_MARKERS.map((m) => [m, 'modified'] as [string, Kind]),
  ...TITLE_MARKERS.map((m) => [m, 'title'] as [string, Kind]),
]);
const MARKER = new EdgedWords(KIND.keys(), { ignoreCase: true });
/** What may follow a marker: "Published by: ", "By — ". */
const MARKER_TAIL = /\s*[:：\-–—]?\s*/y;
const DESK = new EdgedWords(DESK_WORDS, { ignoreCase: true });
const AGENCIES = new Set(AGENCY_NAMES);
/** "जागृति द्वारा (प्रकाशित)": the Hindi postposition follows the name. */
const DWARA_AFTER_NAME = /([^,|:•·]{2,60}?)\s+द्वारा(?:\s+(?:प्रकाशित|लिखित|संपादित))?(?![\p{L}\p{M}])/u;
const NAME_SPLIT = /\s*(?:,|;|\||•|·|\/|\s&\s|(?<![\p{L}\p{M}])(?:and|और|एवं|तथा|व)(?![\p{L}\p{M}]))\s*/iu;
const NAME_SEPARATORS = /\s*(?:,|;|\||•|·|\/|\s&\s)\s*/iu;
// The full patterns compile only for texts their quick filters let through (most bylines hold neither).
const MAY_JOIN_NAMES = wholeWordFilter(['and', 'और', 'एवं', 'तथा', 'व']);
/** Names split at separators, and at "and" (और, एवं, तथा, व) as a whole word. */
const splitNames = (s: string): string[] => s.split(MAY_JOIN_NAMES.test(s) ? NAME_SPLIT : NAME_SEPARATORS);
// Weekday and month names left in front of a date's digits ("Jane Doe Sun, 15 Feb", "Jane Doe August 5").
const DATE_WORDS = [...WEEKDAY_NAMES, ...Object.keys(MONTH_NAMES)];
const DATE_WORDS_TAIL = new RegExp(`[\\s,|•·-]*(?:${EDGE_BEFORE}(?:${alternation(DATE_WORDS)})\\.?${EDGE_AFTER}[\\s,.|•·-]*)*$`, 'iu');
const MAY_HOLD_DATE_WORDS = wholeWordFilter(DATE_WORDS);
const TRAILING_SEPARATORS = /[\s,|•·-]*$/u;
/** `s` without weekday and month names (and separators) at its end. */
const trimDateWords = (s: string): string => s.replace(MAY_HOLD_DATE_WORDS.test(s) ? DATE_WORDS_TAIL : TRAILING_SEPARATORS, '');
const ROLE = new EdgedWords(ROLE_WORDS, { ignoreCase: true });
/** Lowercase particles inside Latin names ("Ludwig van Beethoven", "Gabriel García de la Torre"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'ter', 'ten', 'st']);
/** Junk that shares the byline row: share buttons, follow prompts, reading time. */
const JUNK = /^(?:share|follow|followed|tweet|email|print|comments?|subscribe|read more|min read|\d+\s*min|source\b|sources\b|images?\b|photos?\b)/i;
/** "By Jane Doe in Woodworking", "By Jane Doe for Example": what follows is a category or outlet. */
const NAME_TAIL = /(?:\s\|\s|\s)(?:in|on|at|for|from|with)(?:\s\|\s|\s).*$/u;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** A letter with case, written in lower case (what `\p{Ll}` matches, without compiling a Unicode class on every page). */
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

/** Three lowercase words in a row opening what follows "by": a clause ("logging into your account"). */
function opensWithProse(s: string): boolean {
  const [a, b, c] = s.split(' ', 3);
  return !!c && isLower(c[0]) && [...a, ...b].every(isLower) && !!a && !!b;
}

/** True for desks, teams, agencies and the site itself ("टेक डेस्क", "PTI", "Amar Ujala"). */
export function isDeskName(name: string, siteName = ''): boolean {
  const n = squash(name).toLowerCase().replace(/[.()]/g, '');
  if (!n) return false;
  if (AGENCIES.has(n) || DESK.test(n)) return true;
  // "With inputs from PTI": an agency acronym inside a longer credit.
  if (n.split(/\s+/).some((w) => AGENCIES.has(w) && name.includes(w.toUpperCase()))) return true;
  // "Example.com", "नवभारतटाइम्स.कॉम": a domain is a site, not a person.
  const raw = squash(name).toLowerCase();
  if (DOMAIN_ENDING.test(raw) && /^[^\s.]+(?:\.[^\s.]+)+$/u.test(raw)) return true;
  if (siteName) {
    const site = flatKey(siteName);
    const flat = replaceOutside(n, LETTER | NUMBER, '');
    if (site && flat && (flat === site || (site.length > 4 && flat.includes(site)))) return true;
    if (isSiteBrand(name, siteName)) return true;
  }
  return false;
}

/**
 * A consonant skeleton of a name in Latin or Devanagari, so "लाइव हिन्दुस्तान" and "Live Hindustan"
 * (or "नवभारतटाइम्स" and "Navbharat Times") compare equal. Vowels are dropped: they are spelled
 * too many ways across scripts.
 */
export function brandSkeleton(name: string): string {
  let s = name.normalize('NFD').replace(/\u093C/g, '').toLowerCase().replace(DOMAIN_ENDING, '');
  s = s.replace(/ph/g, 'f').replace(/([sckgtdbj])h/g, '$1').replace(/w/g, 'v').replace(/q/g, 'k').replace(/z/g, 'j');
  let out = '';
  for (const ch of s) {
    if (/[bcdfghjklmnprstvxy]/.test(ch)) out += ch === 'x' ? 'ks' : ch;
    else out += DEVANAGARI_SKELETON[ch] ?? '';
  }
  return out;
}

/** The word index where the site's own name starts at the end of `item`, or -1. */
function brandSuffix(item: string, siteName: string): number {
  const words = item.split(' ');
  for (let k = 1; k < words.length; k++) {
    if (isSiteBrand(words.slice(k).join(' '), siteName)) return k;
  }
  return -1;
}

/** Minimum skeleton length for a brand match: shorter names collide with people's names. */
const MIN_BRAND_SKELETON = 5;

/** True when `name` is the site's own name written in another script or as its domain. */
export function isSiteBrand(name: string, siteName: string): boolean {
  const a = brandSkeleton(name);
  const b = brandSkeleton(siteName);
  return a.length >= MIN_BRAND_SKELETON && a === b;
}

/** Capitalized words that label a byline box rather than name anyone. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'about', 'meet', 'our', 'your', 'my', 'all', 'more', 'posts', 'view', 'see', 'contact', 'admin', 'administrator', 'guest', 'anonymous', 'unknown', 'home', 'by', 'corresponding', 'get', 'insights', 'blog', 'news', 'latest']);

/** A plausible person name: a few words, no digits, links or sentences. */
export function isPersonName(name: string): boolean {
  if (!name || name.length > 60 || /[\d@#/\\<>=?!।]|https?:|www\./i.test(name)) return false;
  const words = name.split(/\s+/);
  if (NOT_NAMES.has(name.toLowerCase())) return false;
  if (words.length > 5 || JUNK.test(name) || !hasClass(name, LETTER) || ROLE.test(name)) return false;
  // Latin-script names are capitalized: "in safe working condition" is not a name.
  if (/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) {
    return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || /^\p{Ll}+\p{Lu}/u.test(w));
  }
  return true;
}

/**
 * Splits a visible byline row into people, desk and dates:
 * "टेक डेस्क, अमर उजाला, नई दिल्ली Published by: जागृति Updated Sun, 15 Feb 2026 06:31 PM IST" →
 * desk "टेक डेस्क, अमर उजाला, नई दिल्ली", byline "जागृति", modified 2026-02-15T18:31:00+05:30.
 */
export function splitByline(text: string, siteName = ''): BylineParts {
  let t = squash(text).slice(0, 400);
  const dwara = t.includes('द्वारा') ? DWARA_AFTER_NAME.exec(t) : null;
  if (dwara && !/[:：]\s*$/.test(t.slice(0, dwara.index + dwara[1].length))) {
    const before = t.slice(0, dwara.index);
    t = `${before}${before ? ' | ' : ''}by ${dwara[1].trim()} | ${t.slice(dwara.index + dwara[0].length)}`;
  }
  const segments: Array<{ kind: Kind | 'lead'; text: string }> = [];
  let kind: Kind | 'lead' = 'lead';
  let last = 0;
  for (let m = MARKER.exec(t); m; m = MARKER.exec(t, last)) {
    segments.push({ kind, text: t.slice(last, m.index) });
    kind = KIND.get(m.text.toLowerCase()) ?? 'person';
    MARKER_TAIL.lastIndex = m.index + m.text.length;
    MARKER_TAIL.test(t);
    last = MARKER_TAIL.lastIndex;
  }
  segments.push({ kind, text: t.slice(last) });

  const out: BylineParts = { byline: '', desk: '', published: null, modified: null };
  const people: string[] = [];
  const secondary: string[] = [];
  const desks: string[] = [];
  for (const seg of segments) {
    let s = squash(seg.text).replace(/^[|,:•·\-–—\s]+|[|,:•·\-–—\s]+$/g, '');
    if (!s) continue;
    if (seg.kind === 'title') {
      // "पदनाम, बीबीसी संवाददाता": a job title, never a person; kept as the desk when it names one.
      const title = s.replace(/\s*\d.*$/, '').replace(/[|,:•·\-–—\s]+$/g, '');
      if (title && splitNames(title).some((x) => isDeskName(x, siteName))) desks.push(title);
      continue;
    }
    if (seg.kind === 'published' || seg.kind === 'modified') {
      const date = parseDate(s);
      if (date) out[seg.kind] ??= date;
      continue;
    }
    // A date without a marker ends the names: "Jane Doe Sun, 15 Feb 2026".
    const digit = s.search(/\d/);
    if (digit >= 0) {
      const date = parseDate(s.slice(Math.max(0, digit - 30)));
      if (date) out.published ??= date;
      s = trimDateWords(s.slice(0, digit));
    }
    s = s.replace(/^[|,:•·\-–—\s]+|[|,:•·\-–—\s]+$/g, '');
    if (!s) continue;
    if (seg.kind === 'person' || seg.kind === 'secondary' || seg.kind === 'lead') s = s.replace(NAME_TAIL, '');
    const items = splitNames(s).map(squash).filter((x) => x && !JUNK.test(x));
    if (!items.length) continue;
    // "By logging into your account, you agree to our Terms of Use and Privacy Policy": "by" opening a
    // sentence, not a credit. A name never starts with a lowercase word run of three or more.
    if (seg.kind === 'person' && opensWithProse(items[0])) continue;
    // "टेक डेस्क, अमर उजाला, नई दिल्ली": a row that starts with a desk is a desk, place and all.
    if (isDeskName(items[0], siteName)) {
      if (seg.kind !== 'secondary') desks.push(items.join(', '));
      continue;
    }
    const into = seg.kind === 'secondary' ? secondary : people;
    for (let i = 0; i < items.length; i++) {
      if (isDeskName(items[i], siteName)) {
        if (seg.kind !== 'secondary') desks.push(items.slice(i).join(', '));
        break;
      }
      // "दीपिका शर्मा लाइव हिन्दुस्तान, नई दिल्ली": the site's name glued after the person's.
      const brandAt = siteName ? brandSuffix(items[i], siteName) : -1;
      if (brandAt > 0) {
        const words = items[i].split(' ');
        const person = words.slice(0, brandAt).join(' ');
        if (isPersonName(person)) into.push(person);
        if (seg.kind !== 'secondary') desks.push([words.slice(brandAt).join(' '), ...items.slice(i + 1)].join(', '));
        break;
      }
      if (NAME_SUFFIXES.test(items[i]) && into.length && i > 0) {
        into[into.length - 1] += `, ${items[i]}`;
        continue;
      }
      const role = ROLE.exec(items[i]);
      if (role) {
        // "Jane Doe Senior Editor": the name before the job title, then the row is done.
        const before = items[i].slice(0, role.index).trim();
        if (before && isPersonName(before)) into.push(before);
        break;
      }
      // Without a "By" marker, a lone Latin word is more often a label ("Insights") than a name.
      const loneLatinWord = seg.kind === 'lead' && /^[\p{Script=Latin}.'’-]+$/u.test(items[i]);
      if (isPersonName(items[i]) && !loneLatinWord) into.push(items[i]);
    }
  }
  out.byline = [...new Set(people.length ? people : secondary)].join(', ');
  out.desk = [...new Set(desks)].join(', ');
  return out;
}

/**
 * The byline row the reader sees near the headline: an element with a byline/author class, id,
 * rel or itemprop, or a text starting with a marker ("By", "Published by:", "लेखक"). Its parent
 * row is read too when short, to catch the desk and the date beside the name. Read-only.
 */
export function findVisibleByline(doc: Document, headline: Element | null, siteName = '', scan?: DocumentScan): BylineParts | null {
  return findBylineRow(doc, headline, siteName, scan)?.parts ?? null;
}

/**
 * Like `findVisibleByline`, with the element holding the row (the name's element, or its parent
 * row when the desk or date came from there): a post-pass can drop it from the body, since the
 * reader view shows the byline apart.
 */
export function findBylineRow(
  doc: Document,
  headline: Element | null,
  siteName = '',
  scan?: DocumentScan,
): { el: Element; parts: BylineParts } | null {
  const body = doc.body;
  if (!body) return null;
  let datesOnly: { el: Element; parts: BylineParts } | null = null;
  for (const el of bylineCandidates(doc, headline, (scan ?? scanDocument(doc)).bylines).slice(0, 8)) {
    const row = readRow(el, headline, siteName);
    if (!row) continue;
    if (row.parts.byline || row.parts.desk) {
      row.parts.published ??= datesOnly?.parts.published ?? null;
      row.parts.modified ??= datesOnly?.parts.modified ?? null;
      return row;
    }
    datesOnly ??= row;
  }
  return datesOnly;
}

function readRow(el: Element, headline: Element | null, siteName: string): { el: Element; parts: BylineParts } | null {
  const body = el.ownerDocument.body;
  const own = splitByline(fieldText(el), siteName);
  const parent = el.parentElement;
  const parentText = parent && parent !== body && !parent.contains(headline) ? fieldText(parent) : '';
  const row = parentText && parentText.length <= 250 ? splitByline(parentText, siteName) : null;
  const parts: BylineParts = {
    byline: own.byline || row?.byline || '',
    desk: own.desk || row?.desk || '',
    published: own.published ?? row?.published ?? null,
    modified: own.modified ?? row?.modified ?? null,
  };
  if (!parts.byline && !parts.desk && !parts.published && !parts.modified) return null;
  const usedRow = !!row && parent && (parts.byline !== own.byline || parts.desk !== own.desk || parts.published !== own.published || parts.modified !== own.modified);
  return { el: usedRow ? parent : el, parts };
}

/**
 * The text of a byline row with a " | " where two elements' texts touch without a space
 * ("Written By" + "Jane Doe" + "Updated on…"), so fields never glue together.
 */
export function fieldText(el: Element): string {
  let out = '';
  let prevParent: Node | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 600; n = walker.nextNode()) {
    const p = n.parentNode;
    if (p && (p.nodeName === 'SCRIPT' || p.nodeName === 'STYLE')) continue;
    const data = (n as Text).data;
    if (!data) continue;
    if (out && prevParent !== p && !/\s$/.test(out) && !/^\s/.test(data)) out += ' | ';
    out += data;
    prevParent = p;
  }
  return squash(out);
}

const MAX_BYLINE_CHARS = 250;
/** How far (characters of text) after the headline a byline may be, and before it. */
const MAX_AFTER = 1200;
const MAX_BEFORE = 400;
const START_MARKERS = new EdgedWords(PERSON_MARKERS.filter((m) => m !== 'author' && m !== 'authors'), { ignoreCase: true });
/** Text that starts with a person marker ("By", "Written by", "रिपोर्ट:"). */
const startsWithMarker = (text: string): boolean => START_MARKERS.matchAt(text, /^\s*/.exec(text)![0].length) >= 0;

function bylineCandidates(doc: Document, headline: Element | null, found: Element[]): Element[] {
  const body = doc.body!;
  const ok = (el: Element): boolean => {
    if (inNavigationOrComments(el)) return false;
    if (headline && (el.contains(headline) || headline.contains(el))) return false;
    // The site header (sign-in links, "authors" menus) unless the headline is inside it.
    const header = closestWhere(el, (e, t) => t === 'header' || (e.hasAttributes() && e.getAttribute('role') === 'banner'));
    if (header && (!headline || !header.contains(headline))) return false;
    const len = squash(el.textContent ?? '').length;
    return len > 1 && len <= MAX_BYLINE_CHARS;
  };
  const candidates: Element[] = [];
  for (const el of found) if (ok(el)) candidates.push(el);
  // Text that starts with a marker, in the few hundred characters after the headline.
  if (headline) {
    const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
    walker.currentNode = headline;
    let gap = 0;
    // The headline's own text comes first in the walk; once past it, no later node is inside it.
    let inHeadline = true;
    for (let n = walker.nextNode(); n && gap < MAX_AFTER; n = walker.nextNode()) {
      if (inHeadline && headline.contains(n)) continue;
      inHeadline = false;
      const data = (n as Text).data;
      gap += data.trim().length;
      if (startsWithMarker(data) || /(?:^|\s)द्वारा(?:\s|$)/u.test(data)) {
        const p = n.parentElement;
        if (p && ok(p)) candidates.push(p);
      }
    }
  }
  if (!headline) return candidates;
  const near: Array<{ el: Element; dist: number }> = [];
  const far: Element[] = [];
  const scope = closestContent(headline);
  for (const el of candidates) {
    const dist = textDistance(doc, headline, el);
    if (dist < Infinity) near.push({ el, dist });
    // Far from the headline, only unambiguous author markup in the same article counts.
    else if (isStrongByline(el) && (!scope || scope.contains(el))) far.push(el);
  }
  // At the same distance, a lone inner name first: the name's own span, not the row that also
  // holds the place and the date ("<span.author-name>…</span> <span.place>नई दिल्ली,</span>").
  // A row holding several names of one kind (co-authors, same class) still reads as a whole.
  const lone = (outer: Element, el: Element): boolean =>
    near.filter((c) => c.el !== outer && outer.contains(c.el) && c.el.getAttribute('class') === el.getAttribute('class')).length === 1;
  near.sort((a, b) => a.dist - b.dist || (a.el.contains(b.el) && lone(a.el, b.el) ? 1 : b.el.contains(a.el) && lone(b.el, a.el) ? -1 : 0));
  return [...near.map((c) => c.el), ...far];
}

/** Inside navigation, a footer or a comment thread (walked by hand: fast on any engine). */
function inNavigationOrComments(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const name = n.localName;
    if (name === 'nav' || name === 'script' || name === 'style') return true;
    // A page footer, but not an article's own footer (where blogs put the author).
    if (name === 'footer' && !hasAncestor(n, 'article')) return true;
    if (/comment/i.test(n.getAttribute('class') ?? '') || /comment/i.test(n.id)) return true;
  }
  return false;
}

/** Unambiguous author markup: rel/itemprop author, or a class token ending in byline/author/author-name. */
function isStrongByline(el: Element): boolean {
  if (el.getAttribute('rel') === 'author' || /(?:^|\s)author(?:\s|$)/.test(el.getAttribute('itemprop') ?? '')) return true;
  return (el.getAttribute('class') ?? '').split(/\s+/).some((t) => /(?:^|[-_])(?:byline|author|author-?name)$/i.test(t));
}

/** Characters of text between the headline and `el` (after: as is; before: weighted by MAX_AFTER/MAX_BEFORE). */
function textDistance(doc: Document, headline: Element, el: Element): number {
  const after = !!(headline.compareDocumentPosition(el) & 4);
  const [from, to] = after ? [headline, el] : [el, headline];
  const limit = after ? MAX_AFTER : MAX_BEFORE;
  const walker = doc.createTreeWalker(doc.body!, 4);
  // The gap ends at the first text at or after `to`: found once here rather than by comparing
  // positions at every node (costly under jsdom). `from` and `to` are disjoint.
  walker.currentNode = to;
  const stop = walker.nextNode();
  walker.currentNode = from;
  let gap = 0;
  // `from`'s own text comes first in the walk; once past it, no later node is inside it.
  let inFrom = true;
  for (let n = walker.nextNode(); n && n !== stop; n = walker.nextNode()) {
    if (inFrom && from.contains(n)) continue;
    inFrom = false;
    const p = n.parentElement?.localName;
    if (p === 'script' || p === 'style') continue;
    gap += (n as Text).data.trim().length;
    if (gap > limit) return Infinity;
  }
  // Bylines mostly follow the headline: one before it has to be much closer to win.
  return after ? gap : 100 + gap * (MAX_AFTER / MAX_BEFORE);
}

/** How much text around the headline is searched for a bare date. */
const DATE_SEARCH_AFTER = 1500;
const DATE_SEARCH_BEFORE = 300;

/**
 * A date shown near the headline without byline markup ("Dec 18 2025" above a blog title, "15
 * फरवरी 2026" under it): the first short text that parses as a full date, after the headline
 * first, then just before it. Read-only.
 */
export function findVisibleDate(doc: Document, headline: Element | null): string | null {
  const body = doc.body;
  if (!body || !headline) return null;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  const tryNode = (n: Node): string | null => {
    const data = (n as Text).data;
    const p = n.parentElement?.localName;
    if (data.length > 160 || !/\d/.test(data) || p === 'script' || p === 'style' || p === 'a') return null;
    return parseDate(data);
  };
  walker.currentNode = headline;
  let gap = 0;
  let inHeadline = true;
  for (let n = walker.nextNode(); n && gap < DATE_SEARCH_AFTER; n = walker.nextNode()) {
    if (inHeadline && headline.contains(n)) continue;
    inHeadline = false;
    const d = tryNode(n);
    if (d) return d;
    gap += (n as Text).data.trim().length;
  }
  walker.currentNode = headline;
  gap = 0;
  for (let n = walker.previousNode(); n && gap < DATE_SEARCH_BEFORE; n = walker.previousNode()) {
    const d = tryNode(n);
    if (d) return d;
    gap += (n as Text).data.trim().length;
  }
  return null;
}
