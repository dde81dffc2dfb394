import { charClass, LETTER, MARK, NUMBER } from './char-class';

/**
 * Script-aware counting. Space-separated scripts (Latin, Devanagari, Arabic, Cyrillic, Hangul...)
 * count words; CJK has no spaces and counts characters; Thai, Lao, Khmer and Myanmar have no spaces
 * either and count characters / 4 as an approximate word.
 */

export type Script =
  | 'latin' | 'greek' | 'cyrillic' | 'armenian' | 'hebrew' | 'arabic' | 'devanagari' | 'bengali' | 'gurmukhi'
  | 'gujarati' | 'odia' | 'tamil' | 'telugu' | 'kannada' | 'malayalam' | 'sinhala' | 'thai' | 'lao' | 'tibetan'
  | 'myanmar' | 'georgian' | 'hangul' | 'ethiopic' | 'khmer' | 'cjk' | 'other';

/** [first, last, script], sorted by first code point. */
const RANGES: Array<[number, number, Script]> = [
  [0x41, 0x5a, 'latin'], [0x61, 0x7a, 'latin'], [0xc0, 0x24f, 'latin'],
  [0x370, 0x3ff, 'greek'], [0x400, 0x52f, 'cyrillic'], [0x531, 0x58f, 'armenian'], [0x590, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'], [0x750, 0x77f, 'arabic'], [0x8a0, 0x8ff, 'arabic'],
  [0x900, 0x97f, 'devanagari'], [0x980, 0x9ff, 'bengali'], [0xa00, 0xa7f, 'gurmukhi'], [0xa80, 0xaff, 'gujarati'],
  [0xb00, 0xb7f, 'odia'], [0xb80, 0xbff, 'tamil'], [0xc00, 0xc7f, 'telugu'], [0xc80, 0xcff, 'kannada'],
  [0xd00, 0xd7f, 'malayalam'], [0xd80, 0xdff, 'sinhala'], [0xe00, 0xe7f, 'thai'], [0xe80, 0xeff, 'lao'],
  [0xf00, 0xfff, 'tibetan'], [0x1000, 0x109f, 'myanmar'], [0x10a0, 0x10ff, 'georgian'], [0x1100, 0x11ff, 'hangul'],
  [0x1200, 0x137f, 'ethiopic'], [0x1780, 0x17ff, 'khmer'], [0x1e00, 0x1eff, 'latin'], [0x1f00, 0x1fff, 'greek'],
  [0x3040, 0x30ff, 'cjk'], [0x3130, 0x318f, 'hangul'], [0x3400, 0x4dbf, 'cjk'], [0x4e00, 0x9fff, 'cjk'],
  [0xa960, 0xa97f, 'hangul'], [0xac00, 0xd7af, 'hangul'], [0xf900, 0xfaff, 'cjk'], [0xfb1d, 0xfb4f, 'hebrew'],
  [0xfb50, 0xfdff, 'arabic'], [0xfe70, 0xfeff, 'arabic'], [0xff21, 0xff3a, 'latin'], [0xff41, 0xff5a, 'latin'],
  [0xff66, 0xff9f, 'cjk'],
];

export function scriptOf(code: number): Script {
  if (code < 0x41) return 'other';
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = RANGES[mid];
    if (code < r[0]) hi = mid - 1;
    else if (code > r[1]) lo = mid + 1;
    else return r[2];
  }
  return 'other';
}

/** The script most letters of `text` are written in (looks at the first `sample` characters). */
export function detectScript(text: string, sample = 5000): Script {
  const counts = new Map<Script, number>();
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s !== 'other') counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: Script = 'other';
  let max = 0;
  for (const [s, c] of counts) if (c > max) { best = s; max = c; }
  return best;
}

export const RTL_SCRIPTS: ReadonlySet<Script> = new Set(['arabic', 'hebrew']);

// Han, kana (with the long-vowel mark) and halfwidth katakana: one unit per character.
const CJK_CHARS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;
// Scripts written without spaces between words.
const UNSPACED_CHARS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/gu;
const UNSPACED_CHARS_PER_WORD = 4;

interface Units {
  /** Words per script family, for space-separated scripts. */
  words: Map<Script, number>;
  cjkChars: number;
  unspacedWords: number;
}

function countUnits(text: string): Units {
  const words = new Map<Script, number>();
  let cjkChars = 0;
  let unspaced = 0;
  let rest = text;
  if (/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/u.test(text)) {
    rest = rest.replace(CJK_CHARS, () => { cjkChars++; return ' '; });
  }
  if (/[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u.test(rest)) {
    rest = rest.replace(UNSPACED_CHARS, () => { unspaced++; return ' '; });
  }
  scanWords(rest, words);
  return { words, cjkChars, unspacedWords: Math.round(unspaced / UNSPACED_CHARS_PER_WORD) };
}

/**
 * What a character is to a word: 0 none, 1 a letter or digit (starts a word), 2 only inside one
 * (a mark, an apostrophe, `_` or `-`), 3 a dot (inside a word when a letter or digit follows: "U.S", "3.5").
 */
const START = 1;
const INNER = 2;
const DOT = 3;
/** Classes of BMP code points, filled as they are met (0xff: not yet known). */
const BMP_CLASS = new Uint8Array(0x10000).fill(0xff);

function classOf(cp: number): number {
  if (cp <= 0xffff) {
    const k = BMP_CLASS[cp];
    if (k !== 0xff) return k;
  }
  const c = charClass(cp);
  const k = c & (LETTER | NUMBER) ? START : c & MARK || cp === 0x27 || cp === 0x2019 || cp === 0x5f || cp === 0x2d ? INNER : cp === 0x2e ? DOT : 0;
  if (cp <= 0xffff) BMP_CLASS[cp] = k;
  return k;
}

/**
 * The words of `text`, by one scan of its code points: the hottest count of the extraction (every
 * judged block), and V8 runs a loop over char codes several times faster than the matches of a
 * Unicode-property pattern (which the extension would also compile afresh on every page). A word
 * starts at a letter or digit, goes on through letters, digits, marks, apostrophes, `_` and `-`,
 * and through a dot only when a letter or digit follows. With `byScript`, each word is also
 * counted under the script of its first character.
 */
function scanWords(text: string, byScript?: Map<Script, number>, max = Infinity): number {
  let n = 0;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i < len; ) {
    const cp = text.codePointAt(i)!;
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (!inWord) {
      if (k === START) {
        if (++n >= max) return n;
        inWord = true;
        if (byScript) {
          const s = scriptOf(text.charCodeAt(start));
          byScript.set(s, (byScript.get(s) ?? 0) + 1);
        }
      }
    } else if (k === DOT) {
      inWord = i < len && classOf(text.codePointAt(i)!) === START;
    } else if (k === 0) inWord = false;
  }
  return n;
}

/**
 * Words for space-separated scripts, characters for CJK, characters / 4 for Thai-like scripts.
 * With `max`, counts no further than it: `min(countWords(text), max)`, for callers that only
 * compare the count with thresholds below `max` (the scan of a long text stops early).
 */
export function countWords(text: string, max = Infinity): number {
  if (!text || max <= 0) return 0;
  // Hot (every judged block): text in spaced scripts needs only the number of words.
  if (!/[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/u.test(text)) {
    return scanWords(text, undefined, max);
  }
  const u = countUnits(text);
  let n = u.cjkChars + u.unspacedWords;
  for (const c of u.words.values()) n += c;
  return Math.min(n, max);
}

/** Silent reading speed in words per minute, by script; rough averages from reading research. */
const WORDS_PER_MINUTE: Partial<Record<Script, number>> = {
  latin: 230,
  cyrillic: 200,
  greek: 200,
  arabic: 180,
  hebrew: 180,
  devanagari: 180,
  bengali: 180,
  gurmukhi: 180,
  gujarati: 180,
  odia: 180,
  tamil: 170,
  telugu: 170,
  kannada: 170,
  malayalam: 170,
  hangul: 200,
};
const DEFAULT_WORDS_PER_MINUTE = 200;
const UNSPACED_WORDS_PER_MINUTE = 200;
const CJK_CHARS_PER_MINUTE = 500;
/** Per-language CJK rates where they differ: Chinese is all Han, denser than kana-mixed Japanese. */
const CJK_CHARS_PER_MINUTE_BY_LANG: Record<string, number> = { zh: 300 };

/** Estimated reading time in whole minutes (at least 1 for any text, 0 for none). */
export function readingMinutes(text: string, lang = ''): number {
  return wordsAndMinutes(text, lang).minutes;
}

/** `countWords(text)` and `readingMinutes(text, lang)` from one count of the text. */
export function wordsAndMinutes(text: string, lang = ''): { words: number; minutes: number } {
  if (!text) return { words: 0, minutes: 0 };
  const u = countUnits(text);
  const base = lang.toLowerCase().split(/[-_]/)[0];
  let minutes = u.cjkChars / (CJK_CHARS_PER_MINUTE_BY_LANG[base] ?? CJK_CHARS_PER_MINUTE);
  minutes += u.unspacedWords / UNSPACED_WORDS_PER_MINUTE;
  let total = u.cjkChars + u.unspacedWords;
  for (const [script, n] of u.words) {
    minutes += n / (WORDS_PER_MINUTE[script] ?? DEFAULT_WORDS_PER_MINUTE);
    total += n;
  }
  return { words: total, minutes: total ? Math.max(1, Math.round(minutes)) : 0 };
}
