import { describe, expect, it } from 'vitest';
import { countWords, detectScript, readingMinutes } from './script';

describe('countWords', () => {
  it('counts English words, keeping contractions and hyphenated words whole', () => {
    expect(countWords("The U.S. government's well-known plan, in 2026.")).toBe(7);
  });
  it('counts Hindi words (vowel signs and virama stay inside the word, danda is not a word)', () => {
    expect(countWords('क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स? ये सहयोग सरकार की पहल है।')).toBe(14);
    expect(countWords('भारत-चीन तनाव')).toBe(2);
  });
  it('counts Japanese and Chinese by characters, ignoring punctuation', () => {
    expect(countWords('日本語の文章です。')).toBe(8);
    expect(countWords('中文文本')).toBe(4);
    // Mixed: 4 CJK characters + 2 English words.
    expect(countWords('東京タワー visit today')).toBe(7);
  });
  it('counts Arabic words', () => {
    expect(countWords('ذهب الولد إلى المدرسة؟ نعم.')).toBe(5);
  });
  it('counts Thai by characters / 4', () => {
    expect(countWords('สวัสดีครับ')).toBe(Math.round('สวัสดีครับ'.length / 4));
  });
  it('returns 0 for empty or punctuation-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' ... ।। ')).toBe(0);
  });
});

describe('detectScript', () => {
  it('finds the dominant script', () => {
    expect(detectScript('यह एक हिंदी वाक्य है with some English')).toBe('devanagari');
    expect(detectScript('Plain English text')).toBe('latin');
    expect(detectScript('これは日本語です')).toBe('cjk');
    expect(detectScript('مرحبا بالعالم')).toBe('arabic');
    expect(detectScript('안녕하세요 세계')).toBe('hangul');
    expect(detectScript('12345 !!!')).toBe('other');
  });
});

describe('readingMinutes', () => {
  it('reads English at about 230 words a minute', () => {
    expect(readingMinutes(Array(2300).fill('word').join(' '))).toBe(10);
  });
  it('reads Hindi slower than English for the same word count', () => {
    expect(readingMinutes(Array(1800).fill('शब्द').join(' '))).toBe(10);
  });
  it('reads CJK by characters', () => {
    expect(readingMinutes('字'.repeat(5000))).toBe(10);
    expect(readingMinutes('字'.repeat(3000), 'zh-CN')).toBe(10);
  });
  it('is at least 1 for short text and 0 for none', () => {
    expect(readingMinutes('hello')).toBe(1);
    expect(readingMinutes('')).toBe(0);
  });
});

describe('countWords in spaced scripts (the code-point scan)', () => {
  // The definition the scan implements: the matches of this pattern.
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’_-]|\.(?=[\p{L}\p{N}]))*/gu;
  const byPattern = (s: string) => s.match(WORD)?.length ?? 0;
  it('counts dots, apostrophes, marks and hyphens as the pattern does', () => {
    for (const s of ['a.b', 'a.', '.a', 'a..b', "'a", "a'", 'a’b', '_a_', '-a-b-', 'e\u0301t\u0301', '\u0301a', '1.5.x', 'U.S.', 'क्षत्रिय', '٣.٤', 'a\u00a0b', 'x.\u{1d400}']) {
      expect(countWords(s), JSON.stringify(s)).toBe(byPattern(s));
    }
  });
  it('agrees with the pattern on random text, astral letters and lone surrogates included', () => {
    const alphabet = ['a', 'Z', '7', ' ', '.', "'", '’', '_', '-', ',', '\n', '\u0301', '\u093e', '\u094d', 'क', 'ب', '٣', 'é', '\u00a0', '\u{1d400}', '\u{1f600}', '\ud800', '\udc00', 'ß', 'Ж'];
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let len = rand(20); len > 0; len--) s += alphabet[rand(alphabet.length)];
      expect(countWords(s), JSON.stringify(s)).toBe(byPattern(s));
    }
  });
});
