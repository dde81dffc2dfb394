import { LETTER, MARK, NUMBER, runsInside } from './char-class';

/** Words per run: long enough that a shared run is a copied phrase, not common words. */
export const RUN = 4;

/** Lower-case words (letters with their marks, and numbers): "band’s" and "band's" read alike. */
export function wordsOf(text: string): string[] {
  return runsInside(text.toLowerCase(), LETTER | MARK | NUMBER);
}

/** The runs of `RUN` consecutive words, added to `into`. */
export function wordRuns(words: readonly string[], into = new Set<string>()): Set<string> {
  for (let i = 0; i + RUN <= words.length; i++) into.add(words.slice(i, i + RUN).join(' '));
  return into;
}

/** Share of the runs of `words` found in `runs` (0 when it has none). */
export function sharedShare(words: readonly string[], runs: ReadonlySet<string>): number {
  const own = wordRuns(words);
  let shared = 0;
  for (const r of own) if (runs.has(r)) shared++;
  return own.size ? shared / own.size : 0;
}
