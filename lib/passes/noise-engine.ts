/**
 * The machinery shared by the noise passes (remove-*.ts): one element walk that applies many
 * rules, class/id token matching against Sets, bounded text reading for phrase rules, and the
 * guard that keeps the article's main text.
 *
 * A noise pass is a `Rule` with up to two stages:
 *  - structure: tags, attributes, roles, class/id tokens. Cheap; runs before scoring in mark mode.
 *  - phrase: the folded text of SHORT blocks only (read with a character and node budget, never the
 *    textContent of a big ancestor). Runs after the article is chosen, in mutate mode.
 * `runRules` walks the tree once for any number of rules, so grouping passes costs one walk.
 */
import type { Pass, PassContext } from './pass-context';
import { CONTENT_TOKENS, STATE_AFTER, STATE_BEFORE, type TokenList } from '../data/noise-tokens';
import { NOISE_PHRASES, type LanguagePhrases, type PhrasePattern } from '../data/noise-phrases';
import { OPAQUE_TAGS, PROTECTED_TAGS } from '../data/noise-structure';
import { countWords } from '../text/script';
import { isSpaceCode, nonSpaceLength } from '../text/non-space';
import { isHeadingAnchor } from '../text/heading-anchor';
import { childElements, elementWalk } from '../dom/next-element';
import { firstDescendantWithAttr } from '../dom/has-tag';
import { escapeRegExp } from '../text/escape-regexp';
import { signature } from '../dom/signature';
import { hasClass, LETTER, MARK, NUMBER, replaceOutside, trimStartOutside } from '../text/char-class';
import { EdgedWords } from '../text/edged-words';

export interface Target {
  el: Element;
  tag: string;
  /** Token runs of the class attribute and of the id (see lib/data/noise-tokens.ts). */
  cls: readonly string[];
  id: readonly string[];
  /**
   * `cls` or `id` as matchers read them: none when no run is a token some matcher knows, decided
   * once per element (a dozen matchers ask about each one).
   */
  known(where: 'class' | 'id'): readonly string[];
  /** False when the element has no attributes at all: attribute rules can stop early. */
  attrs: boolean;
  /** Whether the attribute is present; read from one getAttributeNames() call per element. */
  has(name: string): boolean;
  /** The attribute's value, read only when present (DOM reads are the cost of a walk). */
  attr(name: string): string | null;
}

export interface Hit {
  reason: string;
  /**
   * Grow the removal to ancestors (at most 3 levels, never a protected one): 'wrapper' while they
   * hold no other text, 'links' while the other text is mostly links (a bar or list of links).
   */
  widen?: 'wrapper' | 'links';
  /**
   * The block heads a box of at most this many characters (an author bio under "About the author"):
   * the removal grows to the largest such ancestor, at most 4 levels up, never a protected one.
   */
  box?: number;
  /**
   * The block is a heading-like label: the list of links (or empty box) right after it goes too;
   * 'cards' also takes a box holding a carousel of alike cards (product tiles with prices).
   */
  list?: 'links' | 'links-or-empty' | 'cards';
  /** Share of the page's paragraph text that protects the element (default 0.4). */
  keepShare?: number;
  /** A weak name next to a content name: kept when the element holds some prose. */
  rescue?: boolean;
  /**
   * No share of the page's text protects the element (its tag still does): a comment thread on an
   * article page is never the article, however long the discussion under a short post.
   */
  unguarded?: boolean;
  /**
   * The label may be an inline element starting a line of a <br>-separated body: then the line
   * goes (the label and the links after it, up to the next <br>). 'links' needs a link in it.
   * Only hits with `line` are taken inside prose, and only at the start of a line. 'prose' is
   * 'alone' inside prose only: out of prose such a hit is planned as any other (an inline element
   * among short text goes by itself).
   */
  line?: 'alone' | 'links' | 'prose';
}

export interface Rule {
  pass: string;
  structure?(t: Target, ctx: PassContext, guard: Guard): Hit | string | null;
  phrase?(t: Target, b: Block, ctx: PassContext): Hit | string | null;
}

export interface Stages {
  structure: boolean;
  phrase: boolean;
}

/* ------------------------------------------------------------------------------------------- */
/* Class/id tokens                                                                              */

const EMPTY: readonly string[] = [];
const RUNS_CACHE = new Map<string, readonly string[]>();
const CAMEL = /([a-z])([A-Z])/g;
const TOKEN_SPLIT = /[^a-z0-9]+/;
/** Letters, or letters then a number or a size ("ad300x250", "ad1"): the letters are the token. */
const WORD_PIECE = /^([a-z]+)(?:\d+(?:x\d+)?)?$/;

/** Tokens of a class/id value and their runs of 2 and 3 joined by "-". Cached by value. */
export function tokenRuns(value: string): readonly string[] {
  const cached = RUNS_CACHE.get(value);
  if (cached) return cached;
  const out = new Set<string>();
  for (const name of value.split(/\s+/)) {
    if (!name) continue;
    // Hashes and generated ids ("1ad269af0d") are not words: a piece mixing digits and letters
    // any other way gives no token, so it cannot contain "ad".
    const toks: string[] = [];
    for (const piece of name.replace(CAMEL, '$1-$2').toLowerCase().split(TOKEN_SPLIT)) {
      const m = WORD_PIECE.exec(piece);
      if (m) toks.push(m[1]);
    }
    for (let i = 0; i < toks.length; i++) {
      out.add(toks[i]);
      if (i + 1 < toks.length) out.add(`${toks[i]}-${toks[i + 1]}`);
      if (i + 2 < toks.length) out.add(`${toks[i]}-${toks[i + 1]}-${toks[i + 2]}`);
    }
  }
  const runs = out.size ? [...out] : EMPTY;
  if (RUNS_CACHE.size > 5000) RUNS_CACHE.clear();
  RUNS_CACHE.set(value, runs);
  return runs;
}

export interface TokenMatcher {
  strong: Set<string>;
  weak: Set<string>;
  negative: Set<string>;
}

/** Every token any matcher knows (strong, weak or negative): most names hold none of them. */
const KNOWN_TOKENS = new Set<string>();
/** Token runs (RUNS_CACHE's arrays) by whether they hold a known token; reset when a matcher is added. */
let holdsKnown = new WeakMap<readonly string[], boolean>();

export function tokenMatcher(list: TokenList, negative: string[] = []): TokenMatcher {
  const m = { strong: new Set(list.strong), weak: new Set(list.weak), negative: new Set(negative) };
  for (const set of [m.strong, m.weak, m.negative]) for (const token of set) KNOWN_TOKENS.add(token);
  holdsKnown = new WeakMap();
  return m;
}

/** Whether any of `runs` is a token some matcher knows; when none is, no matcher finds anything. */
function holdsKnownToken(runs: readonly string[]): boolean {
  let yes = holdsKnown.get(runs);
  if (yes === undefined) {
    yes = runs.some((r) => KNOWN_TOKENS.has(r));
    holdsKnown.set(runs, yes);
  }
  return yes;
}

/** Prose (paragraph characters) that rescues a weak name next to a content name. */
const RESCUE_PROSE = 200;
/** Weak names on an element holding this share of the paragraph text mean a content wrapper. */
const WEAK_KEEP_SHARE = 0.15;

/**
 * `class token "taboola"` when the class or id matches; weak tokens only while 'unlikely' is not
 * relaxed, and they spare any element holding a sizeable share of the article text.
 */
export function matchTokens(t: Target, m: TokenMatcher, ctx: PassContext): Hit | null {
  const weak = !ctx.relaxed.has('unlikely');
  return findToken(t.known('class'), 'class', m, weak) ?? findToken(t.known('id'), 'id', m, weak);
}

const CONTENT = new Set(CONTENT_TOKENS);

/** `runs`: as `Target.known` gives them (none unless some run is a known token). */
function findToken(runs: readonly string[], where: string, m: TokenMatcher, weak: boolean): Hit | null {
  if (!runs.length) return null;
  let found: string | null = null;
  let strong = false;
  for (const r of runs) {
    if (m.negative.has(r)) return null;
    if (m.strong.has(r) && !isStateFlag(r, runs)) {
      found = r;
      strong = true;
    } else if (!found && weak && m.weak.has(r) && !isStateFlag(r, runs)) found = r;
  }
  if (!found) return null;
  const reason = `${where} token "${found}"`;
  if (strong) return { reason };
  // `entry-related` is as plain a name as a strong token: spared only when it holds much of the text.
  if (namesRelated(found, runs)) return { reason, keepShare: RELATED_KEEP_SHARE };
  return { reason, keepShare: WEAK_KEEP_SHARE, rescue: runs.some((r) => CONTENT.has(r)) };
}

/** Share of the paragraph text that spares a box named for related content (the guard's default). */
const RELATED_KEEP_SHARE = 0.4;
/** Weak names that, joined to a content name, say what the box holds: `entry-related`, `related-posts`. */
const QUALIFIERS = new Set(['related', 'recommended', 'trending']);

/** `entry-related`, `related-article`: the content word says what is related, not that this is the content. */
function namesRelated(token: string, runs: readonly string[]): boolean {
  return QUALIFIERS.has(token) && (joinedWith(token, runs, CONTENT_TOKENS, 'after') || joinedWith(token, runs, CONTENT_TOKENS, 'before'));
}

/** Whether `runs` joins `token` to one of `words` ("token-word" after, "word-token" before). */
function joinedWith(token: string, runs: readonly string[], words: readonly string[], side: 'after' | 'before'): boolean {
  for (const w of words) if (runs.includes(side === 'after' ? `${token}-${w}` : `${w}-${token}`)) return true;
  return false;
}

/** `has-sidebar`, `sidebar-enabled`: a flag on a layout, not the sidebar. */
function isStateFlag(token: string, runs: readonly string[]): boolean {
  return joinedWith(token, runs, STATE_AFTER, 'after') || joinedWith(token, runs, STATE_BEFORE, 'before');
}

/* ------------------------------------------------------------------------------------------- */
/* Text folding and phrase lists                                                                */

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NUKTA_AND_INVISIBLE = /[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Fold text for matching: NFC, lower case, no nukta/zero-width, chandrabindu → anusvara, one space. */
export function fold(s: string): string {
  // ASCII text is its own NFC and holds none of the characters foldScript replaces.
  return quotesAndSpaces((ASCII_ONLY.test(s) ? s : foldScript(s)).toLowerCase());
}

/**
 * `s.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim()` in one scan: block text is mostly runs
 * of spaces between joined parts, and the two global replaces cost more than the scan (each block
 * of the phrase stage is folded).
 */
export function quotesAndSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x60 || c === 0xb4 || c === 0x2018 || c === 0x2019) {
      out += s.slice(last, i) + "'";
      last = i + 1;
    } else if (isSpaceCode(c)) {
      // `end` is after a non-space, so the run ends before it.
      let j = i + 1;
      while (isSpaceCode(s.charCodeAt(j))) j++;
      if (c !== 32 || j > i + 1) {
        out += s.slice(last, i) + ' ';
        last = j;
      }
      i = j - 1;
    }
  }
  return last === 0 && end === s.length ? s : out + s.slice(last, end);
}

/** The case-preserving part of `fold`, safe on regular-expression sources. */
function foldScript(s: string): string {
  return s
    .normalize('NFC')
    .replace(NUKTA_AND_INVISIBLE, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9');
}

/** Whole-text key of a label: folded, punctuation and symbols read as spaces. */
export function labelKey(folded: string): string {
  return replaceOutside(folded, LETTER | MARK | NUMBER, ' ').trim();
}

type PhraseField = { [K in keyof LanguagePhrases]-?: LanguagePhrases[K] extends string[] | undefined ? K : never }[keyof LanguagePhrases];
type PatternField = { [K in keyof LanguagePhrases]-?: LanguagePhrases[K] extends PhrasePattern[] | undefined ? K : never }[keyof LanguagePhrases];

/**
 * A test for a class attribute holding one of `names` as a whole class name (`sr-only`, not
 * `sr-only-focusable`). One regular expression: the structure walk asks it of every element, and
 * splitting each class attribute would allocate an array per element.
 */
export function classNamePattern(names: readonly string[]): RegExp {
  return new RegExp(`(?:^|\\s)(?:${names.map(escapeRegExp).join('|')})(?:\\s|$)`);
}

/** All languages' labels of one field as a Set of label keys. */
export function labelSet(field: PhraseField, languages: LanguagePhrases[] = NOISE_PHRASES): Set<string> {
  const out = new Set<string>();
  for (const lang of languages) for (const p of (lang[field] as string[] | undefined) ?? []) out.add(labelKey(fold(p)));
  return out;
}

export interface CompiledPattern {
  re: RegExp;
  /** Text every match contains (see `requiredLiteral`): a block without it is passed over. */
  lit?: string;
  /** A pattern that matches all `re` matches and more, cheap to compile (see `gateOf`). */
  gate?: RegExp;
  maxWords: number;
  source: string;
}

/** Patterns of one field, and the longest block any of them may match. */
export interface PatternList {
  maxWords: number;
  list: CompiledPattern[];
}

/**
 * Patterns run on folded (lower-case) text, so they are compiled without the `i` flag: with `u`,
 * case-insensitive classes such as `[\p{L}'.-]` cost V8 several times more to compile and to run,
 * and the extension compiles them afresh on every page. Each is tried alone: a union of patterns
 * that are not all anchored is slower than the list and costs three times as much to compile.
 */
export function patternList(field: PatternField, languages: LanguagePhrases[] = NOISE_PHRASES): PatternList {
  const list: CompiledPattern[] = [];
  for (const lang of languages) {
    for (const p of (lang[field] as PhrasePattern[] | undefined) ?? []) {
      const source = foldScript(p.re);
      list.push({ re: new RegExp(source, 'u'), lit: requiredLiteral(source) ?? undefined, gate: gateOf(source), maxWords: p.maxWords ?? 15, source: p.re });
    }
  }
  return { maxWords: Math.max(0, ...list.map((p) => p.maxWords)), list };
}

/**
 * For a source with Unicode property classes, the same source with each `\p{…}` read as `\S`
 * (letters, marks and digits are never white space, so it matches a superset), or undefined.
 * The gate costs V8 about a twentieth as much to compile, and the full pattern is compiled only
 * for a block the gate lets through. A negated class (`[^\p{L}]`) would shrink, so it has no gate.
 */
export function gateOf(source: string): RegExp | undefined {
  if (!source.includes('\\p{') || /\[\^[^\]]*\\p\{/.test(source)) return undefined;
  return new RegExp(source.replace(/\\p\{[^}]*\}/g, '\\S'), 'u');
}

/** Escapes of a character that stands for itself. */
const LITERAL_ESCAPES = new Set(['.', '?', '(', ')', '/', '-', '+', '*', '[', ']', '{', '}', '|', '^', '$', '\\', "'", ':', ',', '!', '#', '&', '@', '"', '<', '>', '=', '~', '%', ';', ' ']);
/** Escapes of a class or an assertion: they end a run of literal text. */
const CLASS_ESCAPES = new Set(['b', 'B', 'd', 'D', 'w', 'W', 's', 'S']);

/**
 * The longest run of plain characters (3 or more) that every match of `source` (compiled with the
 * `u` flag only) contains, or null: the parts outside any group or class when the pattern has no
 * top-level `|`, each character not made optional by a quantifier. `includes` finds it in a block
 * in a fraction of what the regular expression costs to fail there, and most blocks lack it.
 * Any construct not read here gives null (no filter), never a wrong literal.
 */
export function requiredLiteral(source: string): string | null {
  let best = '';
  let run = '';
  const flush = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const n = source.length;
  // Skips a quantifier at `i` (with a lazy `?`); returns the index after it.
  const skipQuantifier = (i: number): number => {
    const c = source[i];
    if (c === '?' || c === '*' || c === '+') i++;
    else if (c === '{') {
      const close = source.indexOf('}', i);
      if (close < 0) return -1;
      i = close + 1;
    } else return i;
    return source[i] === '?' ? i + 1 : i;
  };
  let i = 0;
  while (i < n) {
    const c = source[i];
    const code = source.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (c === '|') return null;
    if (c === '(' || c === '[') {
      // A group or a class: passed over whole (classes may hold parentheses, groups classes).
      let depth = 0;
      let inClass = false;
      let j = i;
      for (; j < n; j++) {
        const d = source[j];
        if (d === '\\') j++;
        else if (inClass) inClass = d !== ']';
        else if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
        if (c === '[' && !inClass) break;
      }
      if (j >= n) return null;
      flush();
      i = skipQuantifier(j + 1);
      if (i < 0) return null;
      continue;
    }
    if (c === ')' || c === ']' || c === '{' || c === '}' || c === '?' || c === '*' || c === '+') return null;
    let lit: string | null = null;
    let next = i + 1;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return null;
      if (LITERAL_ESCAPES.has(e)) lit = e;
      else if (e === 'p' || e === 'P') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close < 0) return null;
        next = close;
      } else if (!CLASS_ESCAPES.has(e)) return null;
      next++;
    } else if (c !== '.' && c !== '^' && c !== '$') lit = c;
    const after = skipQuantifier(next);
    if (after < 0) return null;
    if (lit === null) {
      flush();
    } else if (after === next) {
      run += lit;
    } else if (source[next] === '+') {
      // Once at least: the character is there, what follows may not be next to it.
      run += lit;
      flush();
    } else flush();
    i = after;
  }
  flush();
  return best.length >= 3 ? best : null;
}

/** The first pattern found in a block short enough for it. */
export function findPattern(b: Block, patterns: PatternList): CompiledPattern | null {
  if (b.words > patterns.maxWords) return null;
  for (const p of patterns.list) {
    if (b.words <= p.maxWords && (!p.lit || b.text.includes(p.lit)) && (!p.gate || p.gate.test(b.text)) && p.re.test(b.text)) return p;
  }
  return null;
}

export interface PrefixMatch {
  /** The prefix as found (folded). */
  prefix: string;
  /** Folded text after the prefix. */
  rest: string;
  /** More than one word: may stand before an unlinked line. */
  strong: boolean;
}


/** A matcher for block starts ("ye bhi padhein: …"), word-bounded, longest prefix first. */
export function prefixMatcher(field: PhraseField, languages: LanguagePhrases[] = NOISE_PHRASES): (text: string) => PrefixMatch | null {
  const all = new Set<string>();
  for (const lang of languages) for (const p of (lang[field] as string[] | undefined) ?? []) all.add(fold(p));
  if (!all.size) return () => null;
  const words = new EdgedWords(all, { edge: LETTER | MARK | NUMBER });
  return (text) => {
    const t = trimStartOutside(text, LETTER | MARK | NUMBER);
    const end = words.matchAt(t, 0);
    if (end < 0) return null;
    const prefix = t.slice(0, end);
    return { prefix, rest: t.slice(end).trim(), strong: countWords(prefix) >= 2 };
  };
}

/* ------------------------------------------------------------------------------------------- */
/* Block text                                                                                   */

export interface Block {
  /** Folded text (see `fold`). */
  text: string;
  /** Label key of the whole text (see `labelKey`). */
  label: string;
  /** Non-space characters, and those inside links. */
  chars: number;
  linkChars: number;
  links: number;
  /** Words, script-aware (CJK counts characters). */
  words: number;
}

/** Subtrees whose text is not reader text. */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'textarea', 'head']);
/** Inline tags: no word break at their edges. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const SHOW_ELEMENT = 0x1;
const SHOW_ELEMENT_AND_TEXT = 0x5;

/** Text statistics of one element, gathered bottom-up; `text` only for short ones. */
interface Stats {
  /** Non-space characters of the element's own text nodes (prose written directly in it). */
  own: number;
  chars: number;
  linkChars: number;
  links: number;
  words: number;
  text: string | null;
}

/** Longest text (non-space characters) kept per element for phrase matching. */
const SHORT_CHARS = 600;
/** Own text above this makes an element a sentence (prose) rather than a container of blocks. */
const PROSE_OWN_CHARS = 40;

/**
 * Text statistics of every element under `root` (root included) in ONE walk, plus the elements
 * in document order and where each one's subtree ends in that order. Skips text-less subtrees
 * and, in mark mode, removed elements.
 */
function gatherStats(root: Element, ctx: PassContext): { order: Element[]; end: number[]; stats: Map<Element, Stats> } {
  const doc = root.ownerDocument;
  const excluded = ctx.mutate ? null : ctx.excluded;
  const order: Element[] = [];
  const end: number[] = [];
  const stats = new Map<Element, Stats>();
  const w = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  // Open elements, innermost last, with their stats and the order index they started at.
  const open: Array<{ el: Element; s: Stats; i: number; parts: string[] | null; inline: boolean; link: boolean }> = [];
  let linkDepth = 0;
  const start = (el: Element): boolean => {
    const tag = el.localName;
    if (NO_TEXT.has(tag) || (excluded && excluded.has(el))) return false;
    const link = tag === 'a';
    const s: Stats = { own: 0, chars: 0, linkChars: 0, links: link ? 1 : 0, words: 0, text: null };
    open.push({ el, s, i: order.length, parts: [], inline: INLINE.has(tag), link });
    order.push(el);
    end.push(0);
    if (link) linkDepth++;
    return true;
  };
  const close = (): void => {
    const o = open.pop()!;
    end[o.i] = order.length;
    if (o.link) linkDepth--;
    const s = o.s;
    s.text = o.parts && s.chars <= SHORT_CHARS ? o.parts.join('') : null;
    stats.set(o.el, s);
    const p = open[open.length - 1];
    if (!p) return;
    p.s.chars += s.chars;
    p.s.linkChars += s.linkChars;
    p.s.links += s.links;
    p.s.words += s.words;
    if (p.parts) {
      if (s.text === null || p.s.chars > SHORT_CHARS) p.parts = null;
      else if (!o.inline) p.parts.push(` ${s.text} `); // blocks and <br> separate words
      else if (s.text) p.parts.push(s.text);
    }
  };
  if (!start(root)) return { order, end, stats };
  let n: Node | null = w.firstChild();
  while (n) {
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      const c = nonSpaceLength(v);
      if (c) {
        const o = open[open.length - 1];
        o.s.own += c;
        o.s.chars += c;
        if (linkDepth) o.s.linkChars += c;
        o.s.words += countWords(v);
        if (o.parts) {
          if (o.s.chars > SHORT_CHARS) o.parts = null;
          else o.parts.push(v);
        }
      } else if (v) {
        // White space between two inline elements still separates their words ("Like Loading").
        const parts = open[open.length - 1].parts;
        if (parts && parts.length) {
          const last = parts[parts.length - 1];
          if (!isSpaceCode(last.charCodeAt(last.length - 1))) parts.push(' ');
        }
      }
    } else if (start(n as Element)) {
      const c = w.firstChild();
      if (c) { n = c; continue; }
      close();
    }
    // Next sibling, or climb while closing finished elements.
    let next = w.nextSibling();
    while (!next) {
      const p = w.parentNode();
      if (!p) break;
      close();
      next = w.nextSibling();
    }
    n = next;
  }
  while (open.length) close();
  return { order, end, stats };
}

function toBlock(s: Stats): Block | null {
  if (s.text === null) return null;
  const text = fold(s.text);
  return { text, label: labelKey(text), chars: s.chars, linkChars: s.linkChars, links: s.links, words: s.words };
}

/**
 * Read the text of `el` unless it is longer than `maxChars` non-space characters (then null).
 * For the few reads outside the phrase stage (a structure hit that widens).
 */
export function readBlock(el: Element, ctx: PassContext | null, maxChars = SHORT_CHARS): Block | null {
  const g = gatherStats(el, ctx ?? { mutate: true } as PassContext);
  const s = g.stats.get(el);
  if (!s || s.chars > maxChars) return null;
  return toBlock(s) ?? { text: '', label: '', chars: s.chars, linkChars: s.linkChars, links: s.links, words: s.words };
}

/** Part of a block that is link text. */
export function linkShare(b: Block): number {
  return b.chars ? b.linkChars / b.chars : 0;
}

/** A link, a button, or a block that is mostly one: where navigation labels live. */
export function isLinkLike(t: Target, b: Block): boolean {
  if (t.tag === 'a' || t.tag === 'button') return true;
  const role = t.attr('role');
  if (role === 'button' || role === 'link' || role === 'tab' || role === 'menuitem') return true;
  if (b.links && b.linkChars * 2 >= b.chars) return true;
  const p = t.el.parentElement;
  return !!p && (p.localName === 'a' || p.localName === 'button');
}

/* ------------------------------------------------------------------------------------------- */
/* Guard                                                                                        */

/** Never removes the root, html/body/main/article, the declared article body, or its text mass. */
export class Guard {
  private total = -1;
  /** Pages that write their body as text with <br> and no <p>: measure all text instead. */
  private byText: boolean | null = null;
  /** Mass of every element under the root, summed bottom-up in one walk (frozen trees only). */
  private masses: Map<Element, number> | null = null;
  /**
   * `frozen`: the tree does not change while the guard is used (mark mode). Masses are then summed
   * for all elements in one walk on first use; asking for each of 10,000 nested candidates one by
   * one would walk the page 10,000 times. `collected`: that walk already made (scanDocument's,
   * over exactly `root`), so the guard makes none.
   */
  constructor(
    private readonly root: Element,
    private readonly frozen = false,
    private readonly collected?: MassCollector,
  ) {}

  /** Protected by what it is, whatever its size. */
  protectsTag(el: Element): boolean {
    if (el === this.root || PROTECTED_TAGS.has(el.localName)) return true;
    if (!el.hasAttributes()) return false;
    return el.getAttribute('itemprop') === 'articleBody' || el.getAttribute('role') === 'main';
  }

  /** `small`: the caller knows the element has under 200 characters of text (no mass to check). */
  protects(el: Element, small = false, share = 0.4): boolean {
    return this.protectsTag(el) || (!small && this.holds(el, share));
  }

  /** True when `el` holds at least `share` of the page's paragraph text (and at least 400 characters). */
  holds(el: Element, share: number): boolean {
    // Most candidates hold no paragraphs: measure them first and the whole page only when needed.
    const m = this.mass(el);
    return m >= 400 && m >= share * this.pageMass();
  }

  /** Paragraph text of `el` (all text on pages without paragraphs). */
  mass(el: Element): number {
    const collected = this.frozen && this.collected?.root === this.root ? this.collected : undefined;
    if (this.byText === null) this.byText = collected ? collected.paragraphs < 3 : !hasParagraphs(this.root, 3);
    if (this.frozen) {
      const mass = (this.masses ??= collected ? collected.masses(this.byText) : sumMasses(this.root, this.byText)).get(el);
      if (mass !== undefined) return mass;
    }
    if (this.byText || el.localName === 'p') return (el.textContent ?? '').length;
    return el.firstElementChild ? paragraphText(el, Infinity) : 0;
  }

  pageMass(): number {
    if (this.total < 0) this.total = this.mass(this.root);
    return this.total;
  }
}

/**
 * `root.getElementsByTagName('p').length >= n`, counting only up to `n`: the live collection's
 * length walks the whole tree under jsdom. (It matches a qualified name, so a prefixed `x:p` is no `p`.)
 */
function hasParagraphs(root: Element, n: number): boolean {
  let seen = 0;
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) if (el.localName === 'p' && el.prefix === null && ++seen >= n) return true;
  return false;
}

/**
 * `Guard.mass` of every element under `root` (and of `root`): the length of all its text when
 * `byText`, else of the text in its outermost <p> elements (a <p>'s own mass is all its text).
 * One walk in document order, then sums in reverse order, so children are done before parents.
 */
function sumMasses(root: Element, byText: boolean): Map<Element, number> {
  const order: Element[] = [root];
  const ownText: number[] = [0];
  // Each element's parent as an index into `order`, from the walk's own stack of open elements
  // (no lookup per text node, no parentElement read per element).
  const parentOf: number[] = [-1];
  const open: number[] = [0];
  const w = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let n: Node | null = w.firstChild();
  while (n) {
    if (n.nodeType === 3) ownText[open[open.length - 1]] += (n as Text).length;
    else {
      const i = order.length;
      order.push(n as Element);
      ownText.push(0);
      parentOf.push(open[open.length - 1]);
      const c = w.firstChild();
      if (c) {
        open.push(i);
        n = c;
        continue;
      }
    }
    let next = w.nextSibling();
    while (!next && w.parentNode()) {
      open.pop();
      next = w.nextSibling();
    }
    n = next;
  }
  return massMap(order, ownText, parentOf, byText);
}

/** The masses of `order` (document order, parents by index, own text lengths), children before parents. */
function massMap(order: readonly Element[], ownText: readonly number[], parentOf: readonly number[], byText: boolean): Map<Element, number> {
  const text = ownText.slice();
  const para = new Array<number>(order.length).fill(0);
  const masses = new Map<Element, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const p = el.localName === 'p';
    const mass = byText || p ? text[i] : para[i];
    masses.set(el, mass);
    const parent = parentOf[i];
    if (parent >= 0) {
      text[parent] += text[i];
      para[parent] += p ? text[i] : para[i];
    }
  }
  return masses;
}

/**
 * What `sumMasses` reads, gathered node by node as a `BodyVisitor` of scanDocument's walk (every
 * element and text node under `root`, in document order, with its parent): the pre-passes' guard
 * then needs no walk of its own. Valid only when the walk told it of exactly the nodes under `root`.
 */
export class MassCollector {
  private readonly order: Element[];
  private readonly ownText: number[] = [0];
  private readonly parentOf: number[] = [-1];
  /**
   * Open elements, innermost at `depth - 1`, and their indexes in `order`. A depth, not `length`:
   * setting an array's length is a slow runtime call, made here for almost every node.
   */
  private readonly open: Node[];
  private readonly openAt: number[] = [0];
  private depth = 1;
  private readonly maps = new Map<boolean, Map<Element, number>>();
  /** <p> elements (no prefix) under the root, counted up to 3: `hasParagraphs` without a walk. */
  paragraphs = 0;

  constructor(readonly root: Element) {
    this.order = [root];
    this.open = [root];
  }

  /** Index of the open element `parent` (closing those after it), or -1 when it is not open. */
  private parentAt(parent: Node | null): number {
    const open = this.open;
    let top = this.depth - 1;
    while (top >= 0 && open[top] !== parent) top--;
    if (top < 0) return -1;
    this.depth = top + 1;
    return this.openAt[top];
  }

  text(node: Text, parent: Node | null = node.parentNode): void {
    const at = this.parentAt(parent);
    if (at >= 0) this.ownText[at] += node.length;
  }

  element(el: Element, tag: string, _names?: readonly string[] | null, parent: Node | null = el.parentNode): void {
    const at = this.parentAt(parent);
    if (at < 0) return;
    if (tag === 'p' && this.paragraphs < 3 && el.prefix === null) this.paragraphs++;
    this.open[this.depth] = el;
    this.openAt[this.depth++] = this.order.length;
    this.order.push(el);
    this.ownText.push(0);
    this.parentOf.push(at);
  }

  /** `sumMasses(root, byText)`, from what the walk told. */
  masses(byText: boolean): Map<Element, number> {
    let m = this.maps.get(byText);
    if (!m) this.maps.set(byText, (m = massMap(this.order, this.ownText, this.parentOf, byText)));
    return m;
  }
}

/** Length of the text in <p> elements under `el`, counting up to `limit`. */
export function paragraphText(el: Element, limit: number): number {
  const w = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT);
  let sum = 0;
  let n = w.nextNode();
  while (n) {
    if ((n as Element).localName === 'p') {
      sum += (n.textContent ?? '').length;
      if (sum >= limit) break;
      n = skipSubtree(w);
    } else n = w.nextNode();
  }
  return sum;
}


/* ------------------------------------------------------------------------------------------- */
/* The walks                                                                                    */

/** Elements whose text the phrase stage reads: blocks and the inline wrappers labels live in. */
const PHRASE_TAGS = new Set([
  'div', 'p', 'span', 'strong', 'b', 'em', 'i', 'u', 'small', 'font', 'center', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'aside', 'header', 'footer', 'nav', 'a', 'button', 'label', 'ins',
  'blockquote', 'td', 'figure',
]);
/** What never follows a widget heading as "its list": the article's own blocks. */
const NOT_A_LIST = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'figure', 'img', 'picture', 'video', 'table', 'blockquote', 'pre']);

/** Move the walker past the current node's subtree; returns the new current node or null. */
function skipSubtree(w: TreeWalker): Node | null {
  for (;;) {
    const s = w.nextSibling();
    if (s) return s;
    if (!w.parentNode()) return null;
  }
}

/** Reads attributes lazily: the phrase stage rarely needs them, and DOM reads are the cost of a walk. */
class ElementTarget implements Target {
  private names: readonly string[] | null = null;
  private clsRuns: readonly string[] | null = null;
  private idRuns: readonly string[] | null = null;
  private clsKnown: readonly string[] | null = null;
  private clsValue: string | null | undefined = undefined;
  private idKnown: readonly string[] | null = null;
  constructor(
    readonly el: Element,
    readonly tag: string,
  ) {}
  private get attrNames(): readonly string[] {
    return (this.names ??= this.el.hasAttributes() ? this.el.getAttributeNames() : EMPTY);
  }
  get attrs(): boolean {
    return this.attrNames.length > 0;
  }
  get cls(): readonly string[] {
    if (!this.clsRuns) {
      const c = this.attr('class');
      this.clsRuns = c ? tokenRuns(c) : EMPTY;
    }
    return this.clsRuns;
  }
  get id(): readonly string[] {
    if (!this.idRuns) {
      const i = this.attr('id');
      // An id made from the heading's words names nothing: the text is judged by the phrase stage.
      this.idRuns = i && !isHeadingAnchor(this.el, i) ? tokenRuns(i) : EMPTY;
    }
    return this.idRuns;
  }
  known(where: 'class' | 'id'): readonly string[] {
    let k = where === 'class' ? this.clsKnown : this.idKnown;
    if (!k) {
      if (where === 'class') k = this.clsKnown = holdsKnownToken(this.cls) ? this.cls : EMPTY;
      else {
        // The id's heading (a costly text read) is looked at only when a matcher could use the id.
        const i = this.attr('id');
        k = this.idKnown = i && holdsKnownToken(tokenRuns(i)) ? this.id : EMPTY;
      }
    }
    return k;
  }
  has(name: string): boolean {
    return this.attrNames.includes(name);
  }
  attr(name: string): string | null {
    // The class is read by several rules of each element: once from the DOM.
    if (name === 'class') return this.clsValue === undefined ? (this.clsValue = this.read(name)) : this.clsValue;
    return this.read(name);
  }
  private read(name: string): string | null {
    return this.attrNames.includes(name) ? this.el.getAttribute(name) : null;
  }
}

type Planned = Array<[Element, string, string]>;
type StatsOf = (el: Element, maxChars: number) => Block | null;

/** Turn a hit on `el` into the elements to remove, or null when the guard forbids it. */
function plan(el: Element, hit: Hit, pass: string, root: Element, guard: Guard, ctx: PassContext, block: Block | null, statsOf: StatsOf): Planned | null {
  if (guard.protects(el, !!block && block.chars < 200, hit.unguarded ? Infinity : hit.keepShare)) return null;
  if (hit.rescue && guard.mass(el) >= RESCUE_PROSE) return null;
  let target = el;
  let tb = block;
  if (hit.widen) {
    tb ??= statsOf(el, 2000);
    for (let i = 0; tb && i < 3; i++) {
      const p = target.parentElement;
      if (!p || p === root || guard.protectsTag(p)) break;
      const pb = statsOf(p, 1500);
      if (!pb) break;
      const rest = pb.chars - tb.chars;
      const restLinks = pb.linkChars - tb.linkChars;
      const ok = rest <= 0 || (hit.widen === 'links' && restLinks >= 0.6 * rest && pb.words <= 150);
      if (!ok || guard.protects(p, pb.chars < 200)) break;
      target = p;
      tb = pb;
    }
  }
  if (hit.box) {
    for (let i = 0; i < 4; i++) {
      const p = target.parentElement;
      if (!p || p === root || guard.protectsTag(p)) break;
      const pb = statsOf(p, hit.box);
      if (!pb || guard.protects(p, pb.chars < 200)) break;
      target = p;
    }
  }
  if (hit.line && hit.line !== 'prose' && INLINE.has(target.localName)) return planLine(target, hit, pass, statsOf);
  const out: Planned = [[target, pass, hit.reason]];
  if (hit.list) {
    const sib = target.nextElementSibling;
    // A <p> is the article's own block, unless it is all headline links ("DON'T MISS", then
    // "<p><a>…</a> [INSIGHT]<br><a>…</a> [VIDEO]</p>").
    const para = sib?.localName === 'p';
    if (sib && (para || !NOT_A_LIST.has(sib.localName)) && !ctx.isRemoved(sib) && !guard.protectsTag(sib)) {
      const sb = statsOf(sib, para ? SHORT_CHARS : 3000);
      const links = !!sb && sb.links > 0 && sb.linkChars >= (para ? 0.75 : 0.7) * sb.chars && (!para || sb.links >= 2 || sb.words <= 20);
      const empty = !!sb && sb.chars === 0 && hit.list !== 'links' && !para;
      if ((links || empty) && !guard.protects(sib)) out.push([sib, pass, `${links ? 'links' : 'empty box'} after ${hit.reason}`]);
    }
    if (out.length === 1 && hit.list === 'cards') {
      const box = cardBoxAfter(target, root, ctx, guard, statsOf);
      if (box) out.push([box, pass, `cards after ${hit.reason}`]);
    }
    if (out.length === 1 && hit.list !== 'links') {
      for (const card of teaserRun(target, root, ctx, statsOf)) out.push([card, pass, `teaser after ${hit.reason}`]);
    }
  }
  return out;
}

/** Alike cards after a widget heading ("You may like", then six teasers): at least this many. */
const MIN_TEASERS = 2;
/** A teaser card is short: a headline, an excerpt, a picture. */
const MAX_TEASER_CHARS = 1500;

/**
 * The cards that follow a widget heading to the end of its box, when they are all alike (same tag
 * and first class), each with a link and teaser-sized; else none. Cards may be <article>s: the tag guard
 * is for the page's article, not for the teasers under a "You may like" heading.
 */
function teaserRun(head: Element, root: Element, ctx: PassContext, statsOf: StatsOf): Element[] {
  const cards: Element[] = [];
  let shape = '';
  for (let s = head.nextElementSibling; s; s = s.nextElementSibling) {
    if (s === root || ctx.isRemoved(s) || NOT_A_LIST.has(s.localName)) return [];
    if (s.getAttribute('itemprop') === 'articleBody' || s.getAttribute('role') === 'main') return [];
    // Alike: the same tag and first class name (the rest often numbers each post: "post-7816").
    const key = `${s.localName}.${(s.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
    if (shape && key !== shape) return [];
    shape = key;
    if (!firstDescendantWithAttr(s, 'a', 'href') || !statsOf(s, MAX_TEASER_CHARS)) return [];
    cards.push(s);
  }
  return cards.length >= MIN_TEASERS ? cards : [];
}

/** Wrappers climbed from a heading to the box its cards are in (builders nest a heading 5 deep). */
const MAX_HEADING_WRAPPERS = 6;
/** Wrappers crossed between a heading and its cards (box > slider > track > cards). */
const MAX_CARD_DEPTH = 6;

/**
 * The box after a shop heading ("Related products") when it holds, through single-child wrappers,
 * a run of alike cards (same tag and first class, at least MIN_TEASERS, each with a link and
 * teaser-sized). A heading that is the last child of its wrapper looks after the wrapper.
 */
function cardBoxAfter(head: Element, root: Element, ctx: PassContext, guard: Guard, statsOf: StatsOf): Element | null {
  // Empty boxes beside the heading ("See all" slots filled by the page's script) are passed over.
  const nextWithText = (e: Element): Element | null => {
    let s = e.nextElementSibling;
    while (s && statsOf(s, 0)?.chars === 0) s = s.nextElementSibling;
    return s;
  };
  let h = head;
  for (let i = 0; i < MAX_HEADING_WRAPPERS && !nextWithText(h) && h.parentElement && h.parentElement !== root; i++) h = h.parentElement;
  const box = nextWithText(h);
  if (!box || ctx.isRemoved(box) || NOT_A_LIST.has(box.localName) || guard.protects(box)) return null;
  let d: Element = box;
  // Through single-child wrappers by sibling links (`children` is a slow live collection under jsdom).
  for (let i = 0; i < MAX_CARD_DEPTH && d.firstElementChild && d.firstElementChild === d.lastElementChild; i++) d = d.firstElementChild;
  const cards = childElements(d);
  if (cards.length < MIN_TEASERS) return null;
  // Alike: one tag, and most cards the same first class (a carousel marks its first or current slide).
  const shapes = new Map<string, number>();
  for (const c of cards) {
    if (c.localName !== cards[0].localName || !firstDescendantWithAttr(c, 'a', 'href') || !statsOf(c, MAX_TEASER_CHARS)) return null;
    const shape = signature(c);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  return Math.max(...shapes.values()) * 3 >= cards.length * 2 ? box : null;
}


/**
 * A label starting a line of a <br>-separated body ("<br><strong>ये भी पढ़ें:</strong> <a>…</a><br>"):
 * the label and the inline links after it, up to the next <br> or block. Null when the label is
 * in the middle of a sentence or the line holds unlinked words.
 */
function planLine(el: Element, hit: Hit, pass: string, statsOf: StatsOf): Planned | null {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 3) {
      if (hasClass(n.nodeValue ?? '', LETTER | NUMBER)) return null;
    } else if (n.nodeType === 1) {
      const tag = (n as Element).localName;
      if (tag === 'br' || !INLINE.has(tag)) break;
      if (statsOf(n as Element, 0)?.chars !== 0) return null;
    }
  }
  const out: Planned = [[el, pass, hit.reason]];
  let links = 0;
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (hasClass(n.nodeValue ?? '', LETTER | NUMBER)) return null;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === 'br' || !INLINE.has(e.localName)) break;
    const b = statsOf(e, SHORT_CHARS);
    if (!b || b.linkChars < 0.75 * b.chars) return null;
    links += b.links;
    out.push([e, pass, `line of ${hit.reason}`]);
  }
  return hit.line === 'links' && !links ? null : out;
}

function asHit(h: Hit | string): Hit {
  return typeof h === 'string' ? { reason: h } : h;
}

/**
 * Apply `rules` to the subtree of `root` (never `root` itself): the structure stage in one
 * TreeWalker pass, then the phrase stage over text statistics gathered in one more pass. Removed
 * subtrees are skipped, and so are elements already removed in mark mode.
 */
export function runRules(root: Element, ctx: PassContext, rules: Rule[], stages: Stages): void {
  const structure = stages.structure ? rules.filter((r) => r.structure) : [];
  const phrase = stages.phrase && !ctx.relaxed.has('phrases') ? rules.filter((r) => r.phrase) : [];
  if (!structure.length && !phrase.length) return;
  const guard = new Guard(root, !ctx.mutate, ctx.masses);
  if (structure.length) runStructure(root, ctx, structure, guard);
  if (phrase.length) runPhrases(root, ctx, phrase, guard);
}

/** Weak-name hits holding together this share of the page's text are the page itself (a forum). */
const WEAK_GROUP_SHARE = 0.4;

function runStructure(root: Element, ctx: PassContext, rules: Rule[], guard: Guard): void {
  const excluded = ctx.mutate ? null : ctx.excluded;
  const statsOf: StatsOf = (el, max) => readBlock(el, ctx, max);
  // Hits on weak names wait until the walk ends: one comment box is noise, but when every post
  // of a discussion page is a "comment", together they are the content and all of them stay.
  const deferred = new Map<string, Planned>();
  const w = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  let n = w.nextNode() as Element | null;
  while (n) {
    const el = n;
    if (excluded && excluded.has(el)) {
      n = skipSubtree(w) as Element | null;
      continue;
    }
    const tag = el.localName;
    const t = new ElementTarget(el, tag);
    let planned: Planned | null = null;
    let weak = false;
    for (const r of rules) {
      const h = r.structure!(t, ctx, guard);
      if (!h) continue;
      const hit = asHit(h);
      if ((planned = plan(el, hit, r.pass, root, guard, ctx, null, statsOf))) {
        weak = hit.keepShare !== undefined && !hit.widen;
        if (weak) {
          const list = deferred.get(r.pass) ?? [];
          list.push(...planned);
          deferred.set(r.pass, list);
        }
        break;
      }
    }
    if (planned) {
      w.currentNode = planned[planned.length - 1][0];
      n = skipSubtree(w) as Element | null;
      if (!weak) for (const [x, pass, reason] of planned) ctx.remove(x, pass, reason);
      continue;
    }
    n = (OPAQUE_TAGS.has(tag) ? skipSubtree(w) : w.nextNode()) as Element | null;
  }
  for (const list of deferred.values()) {
    let mass = 0;
    for (const [x] of list) mass += guard.mass(x);
    if (mass >= 400 && mass >= WEAK_GROUP_SHARE * guard.pageMass()) continue;
    for (const [x, pass, reason] of list) ctx.remove(x, pass, reason);
  }
}

function runPhrases(root: Element, ctx: PassContext, rules: Rule[], guard: Guard): void {
  const { order, end, stats } = gatherStats(root, ctx);
  const index = new Map<Element, number>();
  const blocks = new Map<Element, Block | null>();
  const statsOf: StatsOf = (el, max) => {
    const s = stats.get(el);
    if (!s) return null;
    if (s.chars > max) return null;
    if (!blocks.has(el)) blocks.set(el, toBlock(s));
    return blocks.get(el) ?? { text: '', label: '', chars: s.chars, linkChars: s.linkChars, links: s.links, words: s.words };
  };
  const inSentence = new Set<Element>();
  // Elements removed here are skipped up to the end of their subtree in `order`.
  let i = 1; // order[0] is root
  while (i < order.length) {
    const el = order[i];
    const tag = el.localName;
    const s = stats.get(el)!;
    let planned: Planned | null = null;
    // A wrapper with exactly its parent's text was judged with the parent; an inline element in
    // the middle of a long paragraph is part of a sentence, never a block of its own.
    const parent = el.parentElement;
    const ps = parent ? stats.get(parent) : undefined;
    const same = !!ps && parent !== root && ps.chars === s.chars && ps.links === s.links && ps.linkChars === s.linkChars;
    const parentInProse = !!parent && inSentence.has(parent);
    const inProse = !!parent && INLINE.has(tag) && (parentInProse || (!!ps && ps.own > PROSE_OWN_CHARS));
    if (inProse) inSentence.add(el);
    if (!same && !parentInProse && s.text !== null && s.chars && PHRASE_TAGS.has(tag)) {
      const b = statsOf(el, SHORT_CHARS)!;
      const t = new ElementTarget(el, tag);
      for (const r of rules) {
        const h = r.phrase!(t, b, ctx);
        if (!h) continue;
        const hit = asHit(h);
        // Inside prose only a label that starts a line of its own may go.
        if (inProse && !hit.line) continue;
        if ((planned = inProse ? planLine(el, hit, r.pass, statsOf) : plan(el, hit, r.pass, root, guard, ctx, b, statsOf))) break;
      }
    }
    if (!planned) {
      i++;
      continue;
    }
    let next = i + 1;
    for (const [x, pass, reason] of planned) {
      ctx.remove(x, pass, reason);
      if (!index.size) order.forEach((e, k) => index.set(e, k));
      const k = index.get(x);
      if (k !== undefined) next = Math.max(next, end[k]);
    }
    i = next;
  }
}

/** A standalone pass running both stages of the given rules (tests, one-off use). */
export function rulePass(...rules: Rule[]): Pass {
  return (root, ctx) => runRules(root, ctx, rules, { structure: true, phrase: true });
}
