import { describe, expect, it } from 'vitest';
import { charClass, hasClass, isEdgeAfter, isEdgeBefore, LETTER, MARK, NUMBER, replaceOutside, runsInside, trimStartOutside } from './char-class';

// Characters from many classes and scripts, astral letters, emoji and lone surrogates included.
const ALPHABET = [
  ...'aZé ß-_.,’\'/:;0٣९ \u00a0\t\n',
  ...'नमस्ते क़ ँ ं ्',
  ...'日本語カタ한',
  'а', 'Ω', 'ي', '\u064b', '\u0301', '²', '½', '𝐀', '𠀀', '😀', '\ud800', '\udc00', '\u200b', '\ufeff',
];

function randomStrings(count: number, seed = 7): string[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let t = '';
    const len = next() % 14;
    for (let i = 0; i < len; i++) t += ALPHABET[next() % ALPHABET.length];
    out.push(t);
  }
  return out;
}

describe('charClass', () => {
  it('agrees with \\p{L}, \\p{M} and \\p{N} on every BMP code point and on astral samples', () => {
    const L = /^\p{L}$/u;
    const M = /^\p{M}$/u;
    const N = /^\p{N}$/u;
    const astral = [0x1d400, 0x20000, 0x1f600, 0x1d7ce, 0x10ffff];
    for (let cp = 0; cp <= 0xffff; cp++) check(cp);
    astral.forEach(check);
    function check(cp: number) {
      const ch = String.fromCodePoint(cp);
      const want = L.test(ch) ? LETTER : M.test(ch) ? MARK : N.test(ch) ? NUMBER : 0;
      if (charClass(cp) !== want) expect([cp, charClass(cp)]).toEqual([cp, want]);
    }
  });
});

describe('scans that stand in for Unicode-class patterns', () => {
  const strings = randomStrings(4000);

  it('replaceOutside is replace(/[^…]+/gu)', () => {
    for (const s of strings) {
      expect(replaceOutside(s, LETTER | NUMBER, '')).toBe(s.replace(/[^\p{L}\p{N}]/gu, ''));
      expect(replaceOutside(s, LETTER | MARK | NUMBER, ' ')).toBe(s.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '));
      expect(replaceOutside(s, LETTER | NUMBER, '-')).toBe(s.replace(/[^\p{L}\p{N}]+/gu, '-'));
    }
  });

  it('runsInside is match(/[…]+/gu)', () => {
    for (const s of strings) {
      expect(runsInside(s, LETTER | NUMBER)).toEqual(s.match(/[\p{L}\p{N}]+/gu) ?? []);
      expect(runsInside(s, LETTER | MARK)).toEqual(s.match(/[\p{L}\p{M}]+/gu) ?? []);
    }
  });

  it('hasClass is test(/[…]/u)', () => {
    for (const s of strings) {
      expect(hasClass(s, LETTER | NUMBER)).toBe(/[\p{L}\p{N}]/u.test(s));
      expect(hasClass(s, LETTER)).toBe(/\p{L}/u.test(s));
    }
  });

  it('trimStartOutside is replace(/^[^…]+/u)', () => {
    for (const s of strings) expect(trimStartOutside(s, LETTER | MARK | NUMBER)).toBe(s.replace(/^[^\p{L}\p{M}\p{N}]+/u, ''));
  });

  it('isEdgeBefore / isEdgeAfter are the letter-or-mark lookarounds at every index', () => {
    const before = /(?<![\p{L}\p{M}])/uy;
    const after = /(?![\p{L}\p{M}])/uy;
    const afterLMN = /(?![\p{L}\p{M}\p{N}])/uy;
    for (const s of strings.slice(0, 1500)) {
      for (let i = 0; i <= s.length; i++) {
        before.lastIndex = i;
        after.lastIndex = i;
        expect([s, i, isEdgeBefore(s, i)]).toEqual([s, i, before.test(s)]);
        expect([s, i, isEdgeAfter(s, i)]).toEqual([s, i, after.test(s)]);
        afterLMN.lastIndex = i;
        expect([s, i, isEdgeAfter(s, i, LETTER | MARK | NUMBER)]).toEqual([s, i, afterLMN.test(s)]);
      }
    }
  });
});
