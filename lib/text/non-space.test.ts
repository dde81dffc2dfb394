import { describe, expect, it } from 'vitest';
import { nonSpaceLength } from './non-space';

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
