import { normalizeDigits } from '../text/digits';
import { alternation } from '../text/escape-regexp';
import { charClass, isEdgeAfter, isEdgeBefore, LETTER } from '../text/char-class';
import { EdgedWords } from '../text/edged-words';
import { DAY_PERIODS, MONTH_NAMES, US_ZONES, ZONE_OFFSETS } from '../data/date-words';

export interface ParseDateOptions {
  /** Read "05/02/2026" as 5 February (true, default: most of the world) or May 2 (false). */
  dayFirst?: boolean;
  /** Offset ("+05:30") for a date with a time but no zone; without it the result has no offset. */
  defaultOffset?: string;
}


// Word edges (no letter or mark on either side, which \b cannot tell for Devanagari) are read by
// the shared classifier (char-class.ts), not by `\p{L}` lookarounds: every pattern holding a Unicode
// class costs the extension about 1 ms to compile on each page.
const M = `(${alternation(Object.keys(MONTH_NAMES))})\\.?`;
const SEP = '[\\s,.\\-/]+';
const ORD = '(?:st|nd|rd|th)?';

const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:(?:t|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?!\d))?/u;
// The month stands between separators here, which are never letters: no edge test needed.
// "22 of March 2018", "22 de janeiro de 2018", "22 de enero del 2018".
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})${ORD}${SEP}(?:(?:of|de)\\s+)?${M}${SEP}(?:(?:de|del)\\s+)?(\\d{4})(?!\\d)`, 'u');
// A separator or a digit follows the month; the edge before it is tested by `execAtEdge`.
const MONTH_DAY_YEAR = new RegExp(`${M}[\\s.\\-/]*(\\d{1,2})${ORD}(?!\\d)${SEP}(\\d{4})(?!\\d)`, 'gu');
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u;
const NUMERIC = /(?<![\d.])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)/u;
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;

/** "6:31 pm", "18:31", "6:31 शाम…": a Hindi period word follows digits or spaces, so it needs no edge test. */
const CLOCK_TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?|अपराह्न|पूर्वाह्न)?/u;
/** "6 pm", "6.30 a.m.": whole words only (see `findTime`). */
const HOUR_TIME = /(?<![\d:.])(\d{1,2})(?:\.(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)/gu;
const PERIOD_WORD = new EdgedWords(Object.keys(DAY_PERIODS).filter((k) => !/^[ap]/.test(k)));
const NUMERIC_OFFSET = /(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|(?<![a-z:])([+-])(\d{2}):?(\d{2})(?!\d)/u;
const ZONE_WORD = new EdgedWords([...Object.keys(ZONE_OFFSETS).filter((k) => k.length > 1), ...Object.keys(US_ZONES)]);
const UTC_Z = /^\s*z/;

/** The first match of global `re` that starts on a word edge, as a leading `(?<![\p{L}\p{M}])` would. */
function execAtEdge(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (isEdgeBefore(s, m.index)) return m;
    re.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return null;
}

interface TimeParts { index: number; length: number; hour: string; minute?: string; second?: string; marker?: string }

/**
 * The first time of day in `s`: a clock time ("18:31", "6:31 pm") or an hour with am/pm ("6 pm")
 * that ends a word. Where both start at one place the clock time wins.
 */
function findTime(s: string): TimeParts | null {
  const clock = CLOCK_TIME.exec(s);
  const end = clock ? clock.index : s.length;
  HOUR_TIME.lastIndex = 0;
  for (let m = HOUR_TIME.exec(s); m && m.index < end; m = HOUR_TIME.exec(s)) {
    let [text, marker] = [m[0], m[3]];
    // A letter after "a.m." leaves "a.m" (its dot then ends the word); after "am" nothing is left.
    if (!isEdgeAfter(s, m.index + text.length)) {
      if (!text.endsWith('.')) {
        HOUR_TIME.lastIndex = m.index + 1;
        continue;
      }
      [text, marker] = [text.slice(0, -1), marker.slice(0, -1)];
    }
    return { index: m.index, length: text.length, hour: m[1], minute: m[2], marker };
  }
  return clock ? { index: clock.index, length: clock[0].length, hour: clock[1], minute: clock[2], second: clock[3], marker: clock[4] } : null;
}

interface DateParts { y: number; mo: number; d: number; index: number; length: number }

/** Lowercase, ASCII digits, no Devanagari nukta (फ़रवरी → फरवरी), plain spaces. */
function normalize(input: string): string {
  return normalizeDigits(input)
    .normalize('NFC')
    .replace(/\u093c/g, '')
    .replace(/[\u00a0\u2009\u202f\u200b]/g, ' ')
    .toLowerCase();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function validDate(y: number, mo: number, d: number): boolean {
  return y >= 1970 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/** US daylight time: second Sunday of March to first Sunday of November. */
function isUsDaylight(y: number, mo: number, d: number): boolean {
  if (mo < 3 || mo > 11) return false;
  if (mo > 3 && mo < 11) return true;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(y, mo - 1, 1)).getUTCDay()) % 7);
  return mo === 3 ? d >= firstSunday + 7 : d < firstSunday;
}

function formatOffset(sign: string, h: string, m = '00'): string | null {
  const hh = Number(h);
  const mm = Number(m);
  if (hh > 14 || mm > 59) return null;
  return `${sign}${pad(hh)}:${pad(mm)}`;
}

function findDate(s: string, dayFirst: boolean): DateParts | null {
  const found: DateParts[] = [];
  const iso = ISO.exec(s);
  if (iso) found.push({ y: +iso[1], mo: +iso[2], d: +iso[3], index: iso.index, length: iso[1].length + iso[2].length + iso[3].length + 2 });
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) found.push({ y: +dmy[3], mo: MONTH_NAMES[dmy[2]], d: +dmy[1], index: dmy.index, length: dmy[0].length });
  const mdy = execAtEdge(MONTH_DAY_YEAR, s);
  if (mdy) found.push({ y: +mdy[3], mo: MONTH_NAMES[mdy[1]], d: +mdy[2], index: mdy.index, length: mdy[0].length });
  const cjk = CJK_DATE.exec(s);
  if (cjk) found.push({ y: +cjk[1], mo: +cjk[2], d: +cjk[3], index: cjk.index, length: cjk[0].length });
  const num = NUMERIC.exec(s);
  if (num) {
    let [a, b] = [+num[1], +num[2]];
    if (!dayFirst) [a, b] = [b, a];
    if (b > 12 && a <= 12) [a, b] = [b, a];
    found.push({ y: +num[3], mo: b, d: a, index: num.index, length: num[0].length });
  }
  const valid = found.filter((f) => validDate(f.y, f.mo, f.d)).sort((a, b) => a.index - b.index);
  return valid[0] ?? null;
}

/**
 * Parses a date written in English or Hindi (or ISO 8601, CJK 年月日, numeric d/m/y, Unix time)
 * into ISO 8601: `2026-02-15T18:31:00+05:30` when the zone is known, without the offset when it
 * isn't, `2026-02-15` for a date alone. Reads "Updated Sun, 15 Feb 2026 06:31 PM IST",
 * "अपडेटेड रविवार, 15 फ़रवरी 2026 शाम 6:31 बजे", "१५ फरवरी २०२६", weekday names and labels are
 * ignored. Returns null when no complete date (day, month, year) is found. Never throws.
 */
export function parseDate(input: string | null | undefined, opts: ParseDateOptions = {}): string | null {
  if (!input) return null;
  const epoch = EPOCH.exec(input);
  if (epoch) {
    const ms = epoch[1].length === 13 ? +epoch[1] : +epoch[1] * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
  const s = normalize(input.slice(0, 300));
  const date = findDate(s, opts.dayFirst ?? true);
  if (!date) return null;
  const { y, mo, d } = date;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const rest = s.slice(0, date.index) + ' | ' + s.slice(date.index + date.length);

  const t = findTime(rest);
  if (!t) return day;
  let h = +t.hour;
  const mi = +(t.minute ?? 0);
  const sec = +(t.second ?? 0);
  const marker = (t.marker ?? '').replace(/[\s.]/g, '');
  const period = marker ? DAY_PERIODS[marker] ?? DAY_PERIODS[marker.replace(/^([ap])m$/, '$1.m.')] : DAY_PERIODS[PERIOD_WORD.exec(rest)?.text ?? ''];
  if (marker && !period) return day;
  if (period === 'am' && h === 12) h = 0;
  else if (period === 'pm' && h < 12) h += 12;
  else if (period === 'noon' && h < 6) h += 12;
  else if (period === 'night') h = h === 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
  if (h > 23 || mi > 59 || sec > 59) return day;
  const time = `${day}T${pad(h)}:${pad(mi)}:${pad(sec)}`;

  const after = rest.slice(t.index + t.length).replace(/^[.,]\d+/, ''); // fractional seconds
  return time + (findOffset(after, y, mo, d) ?? findOffset(rest, y, mo, d) ?? opts.defaultOffset ?? '');
}

function findOffset(s: string, y: number, mo: number, d: number): string | null {
  const z = UTC_Z.exec(s);
  if (z && !(charClass(s.codePointAt(z[0].length) ?? 0) & LETTER)) return '+00:00';
  const num = NUMERIC_OFFSET.exec(s);
  const word = ZONE_WORD.exec(s);
  if (num && (!word || num.index <= word.index)) {
    return num[1] ? formatOffset(num[1], num[2], num[3]) : formatOffset(num[4], num[5], num[6]);
  }
  if (!word) return null;
  const w = word.text;
  if (w in US_ZONES) {
    const h = US_ZONES[w] + (isUsDaylight(y, mo, d) ? 1 : 0);
    return formatOffset(h < 0 ? '-' : '+', String(Math.abs(h)));
  }
  return ZONE_OFFSETS[w] ?? null;
}
