import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { stressMarkdown } from './stress';
import type { StressMeasure } from './stress-child';

const m = (over: Partial<StressMeasure>): StressMeasure => ({
  page: 'deep-10k', extractor: 'saar', elements: 10039, buildMs: 600, ms: 1032, peakRssMb: 8.5, heapDeltaMb: 12, chars: 2902, found: true, warnings: [], ...over,
});

describe('stress benchmark', () => {
  it('--stress is a complete run: writes unless --no-write', () => {
    expect(parseArgs(['--stress'])).toMatchObject({ stress: true, write: true });
    expect(parseArgs(['--stress', '--no-write']).write).toBe(false);
    expect(parseArgs([]).stress).toBe(false);
  });

  it('reports time, peak memory, the outcome and budget codes for both extractors', () => {
    const md = stressMarkdown(
      [[m({ warnings: ['budget:depth: nesting deeper than 512 levels was flattened into text'] }), m({ extractor: 'readability', ms: 12_345, error: 'RangeError: Maximum call stack size exceeded' })]],
      { date: '2026-11-29', node: 'v20', cpus: '2 × cpu' },
    );
    const row = md.split('\n').find((l) => l.startsWith('| deep-10k'))!;
    expect(row).toContain('1032 ms');
    expect(row).toContain('8.5 MB');
    expect(row).toContain('article found');
    expect(row).toContain('`budget:depth`');
    expect(row).toContain('12.3 s');
    expect(row).toContain('**error**: RangeError');
  });
});
