import { alternation, escapeRegExp } from './escape-regexp';
import { isEdgeAfter, isEdgeBefore, LETTER, MARK } from './char-class';

export interface EdgedMatch {
  index: number;
  /** The text matched (the page's spelling, when case is ignored). */
  text: string;
}

/**
 * A list of literal words found only as whole words: `exec` finds exactly what
 * `new RegExp(`(?<![\p{L}\p{M}])(${alternation(words)})(?![\p{L}\p{M}])`, flags)` finds, without a
 * Unicode property class in the pattern (see char-class.ts: each such pattern costs a fresh
 * renderer about 1 ms to compile). The edges are read by the shared classifier instead.
 */
export class EdgedWords {
  private readonly words: string[];
  private readonly flags: string;
  private readonly any: RegExp;
  private anyAt: RegExp | undefined;
  private readonly one = new Map<string, RegExp>();
  /** What may not touch a word on either side (LETTER | MARK, or with NUMBER too). */
  private readonly edge: number;

  constructor(words: Iterable<string>, { ignoreCase = false, edge = LETTER | MARK } = {}) {
    this.edge = edge;
    // Longest first, as `alternation` orders them: a longer word wins over its prefix.
    this.words = [...words].sort((a, b) => b.length - a.length);
    this.flags = ignoreCase ? 'iu' : 'u';
    this.any = new RegExp(this.words.map(escapeRegExp).join('|'), `g${this.flags}`);
  }

  /** The first whole-word match at or after `from`. */
  exec(text: string, from = 0): EdgedMatch | null {
    if (!this.words.length) return null;
    const any = this.any;
    any.lastIndex = from;
    for (let m = any.exec(text); m; m = any.exec(text)) {
      const p = m.index;
      if (isEdgeBefore(text, p, this.edge)) {
        if (isEdgeAfter(text, p + m[0].length, this.edge)) return { index: p, text: m[0] };
        // The pattern would go on to the next word that also matches here ("news" after
        // "news service" in "news services"): try them in the same order.
        const end = this.endOfWordAt(text, p);
        if (end >= 0) return { index: p, text: text.slice(p, end) };
      }
      const cp = text.codePointAt(p)!;
      any.lastIndex = p + (cp > 0xffff ? 2 : 1);
    }
    return null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** The end of the whole word that starts exactly at `p`, or -1 (a sticky search). */
  matchAt(text: string, p: number): number {
    if (!this.words.length || !isEdgeBefore(text, p, this.edge)) return -1;
    const at = (this.anyAt ??= new RegExp(this.any.source, `y${this.flags}`));
    at.lastIndex = p;
    const m = at.exec(text);
    if (!m) return -1;
    return isEdgeAfter(text, p + m[0].length, this.edge) ? p + m[0].length : this.endOfWordAt(text, p);
  }

  /** The end of the first word (in order) that matches at `p` and ends on an edge, or -1. */
  private endOfWordAt(text: string, p: number): number {
    for (const w of this.words) {
      let re = this.one.get(w);
      if (!re) this.one.set(w, (re = new RegExp(escapeRegExp(w), `y${this.flags}`)));
      re.lastIndex = p;
      if (re.test(text) && isEdgeAfter(text, re.lastIndex, this.edge)) return re.lastIndex;
    }
    return -1;
  }
}

/** Latin and Devanagari letters and marks: a part of `[\p{L}\p{M}]` that costs next to nothing to compile. */
const SOME_LETTERS = 'a-z\\u0900-\\u0963\\u0971-\\u097f';

/**
 * A quick, case-blind pattern that matches wherever one of `words` stands as a whole word (and in
 * some more places): a text it does not match holds none of them as a whole word, so the full
 * pattern (with its Unicode classes) need not be compiled for it.
 */
export function wholeWordFilter(words: Iterable<string>): RegExp {
  return new RegExp(`(?<![${SOME_LETTERS}])(?:${alternation(words)})(?![${SOME_LETTERS}])`, 'iu');
}
