import { describe, expect, it } from 'vitest';
import { normalizeDigits } from './digits';

describe('normalizeDigits', () => {
  it('maps Devanagari, Arabic-Indic, Persian and fullwidth digits to ASCII', () => {
    expect(normalizeDigits('१५ फरवरी २०२६')).toBe('15 फरवरी 2026');
    expect(normalizeDigits('٢٠٢٦')).toBe('2026');
    expect(normalizeDigits('۱۴۰۵')).toBe('1405');
    expect(normalizeDigits('２０２６年')).toBe('2026年');
  });
  it('leaves other text alone', () => {
    expect(normalizeDigits('abc 123 ऐप')).toBe('abc 123 ऐप');
  });
});
