import { describe, expect, it } from 'vitest';
import { browserMarkdown, summarize, toMarkdown, worstMarkdown, type RunInfo } from './report';
import type { PageRecord, ScoredOutput } from './runner';

const out = (f1: number, ms: number, extra: Partial<ScoredOutput> = {}): ScoredOutput => ({ ms, cloneMs: 0, precision: f1, recall: f1, f1, words: 10, ...extra });

function rec(set: 'aeb' | 'wcxb', type: string, saar: ScoredOutput, readability: ScoredOutput, detect: { saar: boolean; readability: boolean }): PageRecord {
  return { set, id: `${set}-${type}-${Math.random()}`, url: 'https://x.example/', type, parseMs: 5, results: { saar, readability }, detect, detectMs: { saar: 1, readability: 1 } };
}

const records: PageRecord[] = [
  rec('aeb', 'article', out(1, 10, { counts: { tp: 4, fp: 0, fn: 0 } }), out(0.5, 30, { counts: { tp: 2, fp: 2, fn: 2 } }), { saar: true, readability: true }),
  rec('aeb', 'article', out(1, 20, { counts: { tp: 3, fp: 1, fn: 0 } }), out(1, 50, { counts: { tp: 4, fp: 0, fn: 0 } }), { saar: true, readability: false }),
  rec('wcxb', 'article', out(0.9, 10, { title: true, date: false }), out(0.8, 40, { title: false }), { saar: true, readability: true }),
  rec('wcxb', 'listing', out(0.5, 10), out(0.3, 40), { saar: false, readability: true }),
  rec('wcxb', 'forum', out(0.2, 10), out(0.1, 40), { saar: true, readability: true }),
];

describe('summarize', () => {
  const s = summarize(records, ['saar', 'readability']);
  it('aggregates each set with its own metric', () => {
    // AEB saar: P = mean(1, .75) = .875, R = 1
    expect(s.sets.aeb!.scores.saar.precision).toBeCloseTo(0.875, 12);
    expect(s.sets.aeb!.scores.saar.recall).toBe(1);
    expect(s.sets.wcxb!.scores.saar.f1).toBeCloseTo((0.9 + 0.5 + 0.2) / 3, 12);
    expect(s.sets.wcxb!.byType!.listing.saar.f1).toBe(0.5);
  });
  it('counts detection on article/documentation vs listing/collection/product only', () => {
    expect(s.detection.saar).toMatchObject({ tp: 1, fn: 0, tn: 1, fp: 0, balancedAccuracy: 1, aebDetected: '2/2' });
    expect(s.detection.readability).toMatchObject({ tp: 1, fp: 1, tn: 0, balancedAccuracy: 0.5, aebDetected: '1/2' });
  });
  it('reports metadata agreement and time ratios', () => {
    expect(s.metadata.title.saar).toEqual({ agree: 1, total: 1, rate: 1 });
    expect(s.metadata.date.saar.rate).toBe(0);
    expect(s.time.bySet.all!.saar.medianMs).toBe(10);
    expect(s.time.bySet.all!.readability.ratioToSaar).toBe(4);
  });
  it('checks the targets', () => {
    const byName = Object.fromEntries(s.targets.map((t) => [t.name, t]));
    expect(byName['Median time vs Readability\'s'].value).toBe(0.25);
    expect(byName['Median time vs Readability\'s'].pass).toBe(true);
    expect(byName['Detection balanced accuracy'].pass).toBe(true);
    expect(byName['WCXB all-types F1'].pass).toBe(false);
    expect(byName['WCXB documentation F1'].pass).toBeNull();
  });
  it('renders Markdown with tables', () => {
    const info: RunInfo = { date: 'd', commit: 'c', node: '20', versions: {}, args: '', pagesRun: 5, seconds: 1, peakRssMb: 1, peakHeapMb: 1, skipped: [] };
    const md = toMarkdown(s, info);
    expect(md).toContain('| AEB | saar |');
    expect(md).toContain('| listing | 1 |');
    expect(md).toMatch(/Median time vs Readability's \| ≤ 0.5× \| 0.25× \| PASS/);
    const worst = worstMarkdown(records, 1);
    expect(worst).toContain('## WCXB');
    expect(worst).toContain('F1 0.200');
    const b = browserMarkdown({ ...info, browser: { pages: 2, chromium: 'Chromium 1', saar: { medianMs: 10, p90Ms: 20, errors: 0, f1: { aeb: 0.9, wcxb: null } }, readability: { medianMs: 30, p90Ms: 40, errors: 0, f1: { aeb: 0.8, wcxb: null } }, ratio: 3 } });
    expect(b).toContain('| saar | 10.0 | 20.0 | 0 | 0.900 | – |');
  });
});
