import { describe, expect, it } from 'vitest';
import { EdgedWords } from './edged-words';
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
        }
      });
    }
  }

  it('falls back to a shorter word that ends on an edge, as the pattern backtracks to it', () => {
    expect(new EdgedWords(['news service', 'news']).exec('news services')).toEqual({ index: 0, text: 'news' });
    expect(EDGED(['news service', 'news'], 'u').exec('news services')?.[1]).toBe('news');
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
