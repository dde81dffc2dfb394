import { describe, expect, it } from 'vitest';
import { collapsedLength, collapsedTrimmedLength, isSpaceCode, nonSpaceLength } from './non-space';

describe('nonSpaceLength', () => {
  it('is the length of the text without \\s, for every BMP code point', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(nonSpaceLength(s), c.toString(16)).toBe(s.replace(/\s+/g, '').length);
    }
  });
  it('counts astral characters as two code units, as length does', () => {
    expect(nonSpaceLength(' \u{1f600}\u3000x ')).toBe(3);
  });
});

describe('collapsedLength', () => {
  it('is the length with each run of \\s as one space, for every BMP code point', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a ${String.fromCharCode(c)}${String.fromCharCode(c)}b`;
      expect(collapsedLength(s), c.toString(16)).toBe(s.replace(/\s+/g, ' ').length);
    }
  });
  it('agrees on runs at the edges and on empty text', () => {
    for (const s of ['', ' ', '\n\t ', ' a ', 'a\u3000\u00a0b', '  x  y  ']) expect(collapsedLength(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').length);
  });
});

describe('collapsedTrimmedLength', () => {
  const byReplace = (s: string) => s.replace(/\s+/g, ' ').trim().length;
  it('is the length collapsed and trimmed, for every BMP code point inside and at the edges', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a ${ch}${ch}b`, `${ch} a${ch}`]) expect(collapsedTrimmedLength(s), c.toString(16)).toBe(byReplace(s));
    }
  });
  it('agrees on blank, empty and astral text', () => {
    for (const s of ['', ' ', '\n\t ', ' a ', 'a\u3000\u00a0b', '  x  y  ', '\ufeff\u{1f600} \u2028']) expect(collapsedTrimmedLength(s), JSON.stringify(s)).toBe(byReplace(s));
  });
});

describe('isSpaceCode', () => {
  it('is /\\s/ for every BMP code point', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
