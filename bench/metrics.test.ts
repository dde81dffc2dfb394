import { describe, expect, it } from 'vitest';
import {
  aebAggregate,
  aebCounts,
  aebPrecision,
  aebRecall,
  authorAgrees,
  balancedAccuracy,
  calendarDay,
  dateAgrees,
  percentile,
  pyWordTokens,
  shingles,
  titleAgrees,
  wcxbAggregate,
  wcxbPage,
  wcxbTokens,
} from './metrics';

describe('pyWordTokens (Python re \\w+)', () => {
  it('keeps letters, digits, underscore and N* numbers, as CPython 3.11 does', () => {
    // Expected list produced by python3: re.findall(r'\w+', ...)
    expect(pyWordTokens('Hello, wörld_1 नमस्ते ½ Ⅻ ٣ café')).toEqual(['Hello', 'wörld_1', 'नमस', 'त', '½', 'Ⅻ', '٣', 'café']);
  });
  it('splits at combining marks (Devanagari matras, a decomposed accent)', () => {
    expect(pyWordTokens('किताब')).toEqual(['क', 'त', 'ब']);
    expect(pyWordTokens('cafe\u0301 au lait')).toEqual(['cafe', 'au', 'lait']);
  });
  it('keeps case and treats CJK runs as one token', () => {
    expect(pyWordTokens('New York 東京都に行く')).toEqual(['New', 'York', '東京都に行く']);
    expect(pyWordTokens('')).toEqual([]);
  });
});

describe('AEB shingles and counts', () => {
  it('makes 4-gram multisets; a short text is one shorter shingle; no tokens, no shingle', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b c d a b c d').get('a\u0001b\u0001c\u0001d')).toBe(2);
    expect([...shingles('a b c').keys()]).toEqual(['a\u0001b\u0001c']);
    expect(shingles('  ,. ').size).toBe(0);
  });
  it('counts tp/fp/fn on multisets', () => {
    // truth shingles {abcd, bcde}; pred {abcd, bcdx}
    expect(aebCounts('a b c d e', 'a b c d x')).toEqual({ tp: 1, fp: 1, fn: 1 });
    // truth has abcd twice, pred once: one missed
    expect(aebCounts('a b c d a b c d', 'a b c d')).toEqual({ tp: 1, fp: 0, fn: 4 });
  });
  it('applies the per-page rules for empty outputs', () => {
    expect(aebPrecision({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(aebRecall({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(aebPrecision({ tp: 0, fp: 0, fn: 3 })).toBe(0);
    expect(aebRecall({ tp: 0, fp: 2, fn: 0 })).toBe(0);
    expect(aebPrecision({ tp: 3, fp: 1, fn: 0 })).toBe(0.75);
    expect(aebRecall({ tp: 3, fp: 1, fn: 1 })).toBe(0.75);
  });
  it('aggregates P and R over their own pages, then F1 of the means', () => {
    const pages = [
      aebCounts('a b c d e', 'a b c d x'), // P .5, R .5
      aebCounts('a b c d', ''), // empty output: out of P, recall 0
      aebCounts('', ''), // nothing either side: out of both
    ];
    const m = aebAggregate(pages);
    expect(m.precision).toBeCloseTo(0.5, 12);
    expect(m.recall).toBeCloseTo(0.25, 12);
    expect(m.f1).toBeCloseTo(1 / 3, 12);
  });
});

describe('WCXB word F1', () => {
  it('uses lowercased token bags', () => {
    expect(wcxbTokens('The CAT')).toEqual(['the', 'cat']);
    // ref [the,cat,the,hat], pred [the,cat,sat]: overlap 2, P 2/3, R 1/2, F1 4/7
    const r = wcxbPage('The cat the hat', 'the cat sat');
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(0.5, 12);
    expect(r.f1).toBeCloseTo(4 / 7, 12);
  });
  it('scores empty cases', () => {
    expect(wcxbPage('', '').f1).toBe(1);
    expect(wcxbPage('', 'text').f1).toBe(0);
    expect(wcxbPage('text', '').f1).toBe(0);
    expect(wcxbPage('one two', 'three').f1).toBe(0);
  });
  it('averages per-page F1', () => {
    const m = wcxbAggregate([wcxbPage('a b', 'a b'), wcxbPage('a b', 'c')]);
    expect(m.f1).toBe(0.5);
  });
});

describe('detection and timing helpers', () => {
  it('computes balanced accuracy', () => {
    expect(balancedAccuracy({ tp: 8, fn: 2, tn: 3, fp: 1 })).toBeCloseTo(0.775, 12);
    expect(balancedAccuracy({ tp: 1, fn: 0, tn: 0, fp: 0 })).toBeNaN();
  });
  it('computes median and p90', () => {
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('metadata agreement', () => {
  it('compares titles loosely but not too loosely', () => {
    expect(titleAgrees('Top 10 Health Trends', 'Top 10 Health Trends | Example News')).toBe(true);
    expect(titleAgrees('“Quoted” title here', '"quoted" Title Here')).toBe(true);
    expect(titleAgrees('Home', 'Home | Site')).toBe(false);
    expect(titleAgrees('A title', '')).toBe(false);
  });
  it('compares authors as whole words', () => {
    expect(authorAgrees('Jane Doe', 'By Jane Doe and John Roe')).toBe(true);
    expect(authorAgrees('Jane Doe', 'Janet Doerr')).toBe(false);
  });
  it('compares dates by calendar day', () => {
    expect(calendarDay('2025-09-04T23:30:00-07:00')).toBe('2025-09-04');
    expect(dateAgrees('2025-09-04', '2025-09-04T10:00:00Z')).toBe(true);
    expect(dateAgrees('2025-09-04', '2025-09-05T00:10:00Z')).toBe(false);
    expect(dateAgrees('2025-09', '2025-09-21')).toBe(true);
    expect(dateAgrees('2025-09-04', null)).toBe(false);
    expect(dateAgrees('2025-09-04', 'not a date')).toBe(false);
  });
});
