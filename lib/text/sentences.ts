/**
 * Sentence splitting for any script: "." "!" "?" (followed by a space), the Devanagari danda "।"
 * and double danda "॥", CJK "。！？", Arabic "؟" and Urdu "۔" (no space needed). A full stop after
 * an abbreviation ("Mr.", "Dr.", "डॉ."), an initial ("J. K."), an acronym ("U.S.") or before a
 * lowercase word does not end a sentence; decimals never do (no space after the dot). Newlines
 * are hard boundaries (they separate blocks in `toText` output).
 */

/** Lowercased words that take a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'v', 'etc', 'eg', 'ie', 'cf', 'al',
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'gen', 'col', 'lt', 'capt', 'cmdr', 'adm',
  'sgt', 'maj', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'no', 'nos', 'vol', 'fig', 'figs', 'pp',
  'approx', 'est', 'min', 'max', 'avg', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'hwy',
  'govt', 'smt', 'shri', 'km', 'kg', 'rs',
  // Hindi: डॉ. (doctor), श्री. / श्रीमती. (Mr / Mrs), प्रो. (professor), पं. (pandit), सं. (editor), ई. (CE).
  'डॉ', 'श्री', 'श्रीमती', 'प्रो', 'पं', 'सं', 'ई', 'कु',
]);

// A run of terminators plus closing quotes/brackets that belong to the sentence.
const TERMINATOR = /(?:[.!?]+|[।॥。！？؟۔…]+[.!?]*)["'”’»)\]」』）]*/gu;
const ALWAYS_ENDS = /[।॥。！？؟۔]/u;
const LOWER_START = /^\s*[\p{Ll}\d]/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    TERMINATOR.lastIndex = 0;
    for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
      const end = m.index + m[0].length;
      const after = line.slice(end);
      const mark = m[0];
      if (!ALWAYS_ENDS.test(mark)) {
        // Latin-style punctuation ends a sentence only before a space or the end of the line.
        if (after && !/^\s/.test(after)) continue;
        if (mark[0] === '.' && !/^\.{2,}/.test(mark) && isAbbreviation(line.slice(start, m.index), after)) continue;
        if (/^(?:\.{3,}|…)/.test(mark) && LOWER_START.test(after)) continue;
      }
      const s = line.slice(start, end).trim();
      if (s) out.push(s);
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

function isAbbreviation(before: string, after: string): boolean {
  const word = /([\p{L}\p{M}.]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "J." "U.S." — single letters, with or without inner dots (but "I." can end a sentence).
  if (INITIALS.test(word) && word.length <= 5 && /\p{Lu}/u.test(word[0]) && word !== 'I') return true;
  // "approx. five": a lowercase word after the stop continues the sentence.
  return LOWER_START.test(after) && /^\s*\p{Ll}/u.test(after);
}
