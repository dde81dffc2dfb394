/** What an extraction lost and leaked, as short phrases, for the --worst listing. */
import { wcxbTokens } from './metrics';

export interface TextDiff {
  lostWords: number;
  leakedWords: number;
  /** Longest runs of reference text missing from the output. */
  lost: string[];
  /** Longest runs of output text that the reference does not have. */
  leaked: string[];
}

/**
 * A token of `a` is matched when some 4-gram covering it also occurs in `b` (counted as
 * multisets, like the AEB metric); the unmatched tokens are joined into runs.
 */
function unmatchedRuns(a: string[], b: string[], n = 4): string[][] {
  const size = Math.min(n, a.length, Math.max(1, b.length)) || 1;
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= b.length; i++) {
    const k = b.slice(i, i + size).join(' ');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const matched = new Array<boolean>(a.length).fill(false);
  for (let i = 0; i + size <= a.length; i++) {
    const k = a.slice(i, i + size).join(' ');
    const c = counts.get(k) ?? 0;
    if (c > 0) {
      counts.set(k, c - 1);
      for (let j = i; j < i + size; j++) matched[j] = true;
    }
  }
  const marked = matched.map((m) => !m);
  const runs: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (marked[i]) cur.push(a[i]);
    else if (cur.length) {
      runs.push(cur);
      cur = [];
    }
  }
  if (cur.length) runs.push(cur);
  return runs;
}

const clip = (words: string[], max: number): string =>
  words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ')} …(+${words.length - max})`;

export function diffText(ref: string, out: string, phrases = 3, maxWords = 12): TextDiff {
  const r = wcxbTokens(ref);
  const o = wcxbTokens(out);
  const lostRuns = unmatchedRuns(r, o);
  const leakedRuns = unmatchedRuns(o, r);
  const top = (runs: string[][]) =>
    [...runs].sort((x, y) => y.length - x.length).slice(0, phrases).map((w) => clip(w, maxWords));
  return {
    lostWords: lostRuns.reduce((s, w) => s + w.length, 0),
    leakedWords: leakedRuns.reduce((s, w) => s + w.length, 0),
    lost: top(lostRuns),
    leaked: top(leakedRuns),
  };
}
