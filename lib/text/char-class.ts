/**
 * Unicode letter / mark / number classes of single code points, for scans that would otherwise
 * need `\p{L}`-style classes in many regular expressions.
 *
 * Why: the extension runs in a fresh renderer on each page, and V8 compiles every distinct
 * pattern holding a Unicode property class afresh there, about 1 ms each (the class becomes
 * thousands of ranges). One classifier pattern, asked one code point at a time and remembered
 * per code point, replaces them all.
 */

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;

const CLASSIFY = /^(?:(\p{L})|(\p{M})|(\p{N}))$/u;
/** Classes of BMP code points as they are met; 0xff: not asked yet. */
const BMP = new Uint8Array(0x10000).fill(0xff);
const ASTRAL = new Map<number, number>();

function classify(cp: number): number {
  // A lone surrogate is a code point of its own to a `u` pattern, and no letter.
  if (cp >= 0xd800 && cp <= 0xdfff) return 0;
  const m = CLASSIFY.exec(String.fromCodePoint(cp));
  return !m ? 0 : m[1] ? LETTER : m[2] ? MARK : NUMBER;
}

/** LETTER, MARK or NUMBER (general categories L*, M*, N*) of a code point, or 0. */
export function charClass(cp: number): number {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? LETTER : cp >= 0x30 && cp <= 0x39 ? NUMBER : 0;
  if (cp <= 0xffff) {
    const k = BMP[cp];
    if (k !== 0xff) return k;
    return (BMP[cp] = classify(cp));
  }
  let k = ASTRAL.get(cp);
  if (k === undefined) ASTRAL.set(cp, (k = classify(cp)));
  return k;
}

/** The code point that ends just before `i` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** `(?<![\p{L}\p{M}])` at `i`: no letter or mark (or what `word` names) ends just before it. */
export function isEdgeBefore(text: string, i: number, word = LETTER | MARK): boolean {
  const cp = codePointBefore(text, i);
  return cp < 0 || (charClass(cp) & word) === 0;
}

/** `(?![\p{L}\p{M}])` at `i`: no letter or mark (or what `word` names) starts at it. */
export function isEdgeAfter(text: string, i: number, word = LETTER | MARK): boolean {
  return i >= text.length || (charClass(text.codePointAt(i)!) & word) === 0;
}

/** Some code point of `text` is in `classes` (`/[\p{L}\p{N}]/u.test(s)` is `hasClass(s, LETTER | NUMBER)`). */
export function hasClass(text: string, classes: number): boolean {
  const len = text.length;
  for (let i = 0; i < len; ) {
    const cp = text.codePointAt(i)!;
    if (charClass(cp) & classes) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * `text` with every run of code points outside `keep` (a mask of LETTER/MARK/NUMBER) replaced
 * by `by`: `s.replace(/[^\p{L}\p{N}]+/gu, by)` is `replaceOutside(s, LETTER | NUMBER, by)`.
 */
export function replaceOutside(text: string, keep: number, by: string): string {
  let out = '';
  let runStart = -1;
  let last = 0;
  const len = text.length;
  for (let i = 0; i < len; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if ((charClass(cp) & keep) === 0) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      out += text.slice(last, runStart) + by;
      last = i;
      runStart = -1;
    }
    i += size;
  }
  if (runStart >= 0) return out + text.slice(last, runStart) + by;
  return last === 0 ? text : out + text.slice(last);
}

/** Maximal runs of code points inside `keep`: `s.match(/[\p{L}\p{N}]+/gu) ?? []` is `runsInside(s, LETTER | NUMBER)`. */
export function runsInside(text: string, keep: number): string[] {
  const out: string[] = [];
  let start = -1;
  const len = text.length;
  for (let i = 0; i < len; ) {
    const cp = text.codePointAt(i)!;
    const inside = (charClass(cp) & keep) !== 0;
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** `text` without a leading run of code points outside `keep` (`s.replace(/^[^\p{L}\p{M}\p{N}]+/u, '')`). */
export function trimStartOutside(text: string, keep: number): string {
  let i = 0;
  const len = text.length;
  while (i < len) {
    const cp = text.codePointAt(i)!;
    if ((charClass(cp) & keep) !== 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i === 0 ? text : text.slice(i);
}

/** A name as compared with another: lower case, letters and digits only ("Amar Ujala" → "amarujala"). */
export function flatKey(s: string): string {
  return replaceOutside(s.toLowerCase(), LETTER | NUMBER, '');
}
