import { describe, expect, it } from 'vitest';
import { EdgedWords, wholeWordFilter } from './edged-words';
import { LETTER, MARK, NUMBER } from './char-class';
import { alternation } from './escape-regexp';

const EDGED = (words: string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(words)})(?![\\p{L}\\p{M}])`, flags);

/** Strings made of the words, their pieces and neighbours that do and do not end a word. */
function mixes(words: string[], count: number, seed = 3): string[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s);
  const bits = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w.slice(0, Math.max(1, w.length - 1))), 'a', 'é', 'न', '\u093f', '\u0301', '1', ' ', '-', '.', ',', 's', '𝐀', 'ǅ'];
  return Array.from({ length: count }, () => {
    let t = '';
    const n = next() % 6;
    for (let i = 0; i < n; i++) t += bits[next() % bits.length];
    return t;
  });
}

describe('EdgedWords', () => {
  const lists: Array<[string, string[]]> = [
    ['prefixes that end a word inside a longer one', ['news service', 'news', 'news agency', 'a.m.', 'a.m', 'am', 'et', 'ist']],
    ['Devanagari with vowel signs', ['शाम', 'सुबह', 'रात', 'दोपहर', 'प्रातः', 'सितंबर', 'सितम्बर']],
    ['mixed case', ['Staff', 'desk', 'PTI', 'ǆ', 'ß']],
  ];
  for (const [name, words] of lists) {
    for (const ignoreCase of [false, true]) {
      it(`finds what the edged pattern finds: ${name}${ignoreCase ? ', case ignored' : ''}`, () => {
        const flags = ignoreCase ? 'iu' : 'u';
        const want = EDGED(words, flags);
        const got = new EdgedWords(words, { ignoreCase });
        for (const s of mixes(words, 3000)) {
          const m = want.exec(s);
          expect([s, got.exec(s)]).toEqual([s, m ? { index: m.index, text: m[1] } : null]);
          for (let p = 0; p <= s.length; p++) {
            const sticky = new RegExp(want.source, `y${flags}`);
            sticky.lastIndex = p;
            const at = sticky.exec(s);
            if (got.matchAt(s, p) !== (at ? p + at[0].length : -1)) expect([s, p, got.matchAt(s, p)]).toEqual([s, p, at ? p + at[0].length : -1]);
          }
        }
      });
    }
  }

  it('falls back to a shorter word that ends on an edge, as the pattern backtracks to it', () => {
    expect(new EdgedWords(['news service', 'news']).exec('news services')).toEqual({ index: 0, text: 'news' });
    expect(EDGED(['news service', 'news'], 'u').exec('news services')?.[1]).toBe('news');
  });

  it('may count digits as word characters too', () => {
    const lmn = new EdgedWords(['tags'], { edge: LETTER | MARK | NUMBER });
    const want = /(?<![\p{L}\p{M}\p{N}])(tags)(?![\p{L}\p{M}\p{N}])/u;
    for (const s of ['tags', 'tags2', '2tags', 'tags:', 'x tags', 'tagsé', 'tags\u0301']) {
      const m = want.exec(s);
      expect([s, lmn.exec(s)]).toEqual([s, m ? { index: m.index, text: m[1] } : null]);
    }
  });

  it('searches from an index, reading the edge before it', () => {
    const w = new EdgedWords(['rat']);
    expect(w.exec('rat prate rat', 1)).toEqual({ index: 10, text: 'rat' });
    expect(w.exec('prat', 1)).toBeNull();
  });

  it('an empty list finds nothing', () => {
    expect(new EdgedWords([]).exec('anything')).toBeNull();
  });
});

describe('wholeWordFilter', () => {
  it('matches every text where a word stands whole, case ignored', () => {
    const words = ['and', 'और', 'एवं', 'व', 'sept', 'Feb'];
    const filter = wholeWordFilter(words);
    const full = EDGED(words, 'iu');
    let passed = 0;
    for (const s of mixes(words, 5000)) {
      if (full.test(s)) expect([s, filter.test(s)]).toEqual([s, true]);
      if (!filter.test(s)) passed++;
    }
    // It rules texts out too, or it would be no filter.
    expect(passed).toBeGreaterThan(500);
  });

  it('treats as letters only letters and marks', () => {
    const some = wholeWordFilter(['x']).source.match(/\[(.*?)\]/)![1];
    const cls = new RegExp(`^[${some}]$`, 'iu');
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (cls.test(ch) && !/^[\p{L}\p{M}]$/u.test(ch)) expect(cp.toString(16)).toBe('a letter or mark');
    }
  });
});
