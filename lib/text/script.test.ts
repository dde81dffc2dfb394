import { describe, expect, it } from 'vitest';
import { countWords, detectScript, readingMinutes, wordsAndMinutes } from './script';

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

describe('readingMinutes (per-script words from the code-point scan)', () => {
  // The counting it replaced: the script of each WORD match's first UTF-16 unit.
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’_-]|\.(?=[\p{L}\p{N}]))*/gu;
  const RATE: Record<string, number> = { latin: 230, cyrillic: 200, greek: 200, arabic: 180, hebrew: 180, devanagari: 180, tamil: 170, hangul: 200 };
  const byPattern = (text: string, lang = ''): number => {
    let cjk = 0;
    let unspaced = 0;
    const rest = text.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu, () => (cjk++, ' '))
      .replace(/[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/gu, () => (unspaced++, ' '));
    const words = new Map<string, number>();
    for (const m of rest.matchAll(WORD)) {
      const s = detectScript(m[0].slice(0, 1), 1);
      words.set(s, (words.get(s) ?? 0) + 1);
    }
    const uw = Math.round(unspaced / 4);
    let minutes = cjk / (lang.startsWith('zh') ? 300 : 500) + uw / 200;
    let total = cjk + uw;
    for (const [s, n] of words) { minutes += n / (RATE[s] ?? 200); total += n; }
    return text && total ? Math.max(1, Math.round(minutes)) : 0;
  };
  it('agrees with counting the pattern\'s matches on random mixed-script text', () => {
    const alphabet = ['a', 'Z', '7', ' ', '.', "'", '-', '\n', '\u0301', '\u093e', 'क', 'ب', 'ש', 'Ж', 'Ω', 'த', '한', '字', 'か', 'ก', '\u{1d400}', '\ud800', 'é'];
    let seed = 987;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    for (let k = 0; k < 200; k++) {
      let s = '';
      for (let len = rand(3000); len > 0; len--) s += alphabet[rand(alphabet.length)];
      // Repeated, so minutes run into the tens and a word counted under the wrong script shows.
      s = s.repeat(1 + rand(20));
      for (const lang of ['', 'zh-CN']) expect(readingMinutes(s, lang), JSON.stringify(s.slice(0, 40))).toBe(byPattern(s, lang));
      expect(wordsAndMinutes(s, 'ja')).toEqual({ words: countWords(s), minutes: readingMinutes(s, 'ja') });
    }
  });
});

describe('countWords and white space', () => {
  it('counts text as it counts the text with white space collapsed and trimmed', () => {
    const alphabet = ['a', '7', '.', "'", '-', ' ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u2009', '字', 'ก', 'क', '\u0301', '\u{1d400}'];
    let seed = 31337;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let len = rand(40); len > 0; len--) s += alphabet[rand(alphabet.length)];
      expect(countWords(s), JSON.stringify(s)).toBe(countWords(s.replace(/\s+/g, ' ').trim()));
    }
  });

  it('with a cap, counts min(full count, cap) on generated texts of every script', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const alphabet = ['a', 'é', 'Я', 'क', 'ा', '中', 'の', 'ก', '1', '.', ',', ' ', '\n', '-', "'", '😀', '\u200b'];
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let len = rand(300); len > 0; len--) s += alphabet[rand(alphabet.length)];
      const full = countWords(s);
      for (const cap of [0, 1, 3, 10, 91]) expect(countWords(s, cap), JSON.stringify(s)).toBe(Math.min(full, cap));
    }
  });
});
