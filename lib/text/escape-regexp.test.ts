import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp } from './escape-regexp';

describe('escapeRegExp', () => {
  it('matches the string literally, special characters included', () => {
    const s = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('a.b')}$`).test('axb')).toBe(false);
  });
});

describe('alternation', () => {
  it('puts longer words first and leaves its input alone', () => {
    const words = ['sep', 'sept.', 'september'];
    expect(alternation(words)).toBe('september|sept\\.|sep');
    expect(words).toEqual(['sep', 'sept.', 'september']);
    expect(new RegExp(`^(?:${alternation(words)})`).exec('september 5')?.[0]).toBe('september');
  });
});
