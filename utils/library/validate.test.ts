import { describe, expect, it } from 'vitest';
import { isExtractResult, sameOrigin } from './validate';
import { sampleResult } from './testing';

describe('isExtractResult', () => {
  it('accepts a real result and rejects wrong shapes', () => {
    expect(isExtractResult(sampleResult())).toBe(true);
    expect(isExtractResult(sampleResult({ leadImage: null, summary: null }))).toBe(true);
    expect(isExtractResult(null)).toBe(false);
    expect(isExtractResult({ ...sampleResult(), url: 'javascript:alert(1)' })).toBe(false);
    expect(isExtractResult({ ...sampleResult(), contentHtml: 5 })).toBe(false);
    expect(isExtractResult({ ...sampleResult(), dir: 'up' })).toBe(false);
    expect(isExtractResult({ ...sampleResult(), summary: { text: 'x', source: 'evil' } })).toBe(false);
    expect(isExtractResult({ ...sampleResult(), title: 'x'.repeat(5000) })).toBe(false);
    const { textContent: _drop, ...missing } = sampleResult();
    expect(isExtractResult(missing)).toBe(false);
  });
  it('compares origins', () => {
    expect(sameOrigin('https://a.example/x', 'https://a.example/y?z')).toBe(true);
    expect(sameOrigin('https://a.example/x', 'https://b.example/x')).toBe(false);
    expect(sameOrigin('nope', 'https://a.example')).toBe(false);
  });
});
