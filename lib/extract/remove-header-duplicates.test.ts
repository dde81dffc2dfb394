import { describe, expect, it } from 'vitest';
import { isDateline, removeHeaderDuplicates } from './remove-header-duplicates';
import type { Metadata } from '../metadata/read-metadata';
import { EN_PARA, HI_PARA, mutate } from '../passes/noise-test-utils';

const meta = (over: Partial<Metadata> = {}): Metadata =>
  ({ title: 'Bus network grows', byline: '', desk: '', published: null, modified: null, siteName: '', lang: 'en', dir: 'ltr', leadImage: null, description: '', articleBody: '', ...over }) as Metadata;
const run = (html: string, m = meta()) => mutate((root, ctx) => removeHeaderDuplicates(root, ctx, m), html);

describe('removeHeaderDuplicates: dateline rows', () => {
  it('drops unnamed dateline rows at the top of the body', () => {
    const r = run(
      `<div><p>Posted: Fri 6:45 PM, Feb 16, 2018 |</p><p>Updated: Sat 8:31 PM, Feb 17, 2018</p></div>` +
        `<div>by <a href="/a">Karina Cohen</a> | May 19, 2024</div><p>${EN_PARA}</p>`,
      meta({ byline: 'Karina Cohen' }),
    );
    expect(r.text).not.toContain('2018');
    expect(r.text).not.toContain('Karina');
    expect(r.text).toContain('bus network');
  });

  it('drops a Hindi dateline and a reading-time row', () => {
    const r = run(`<p>अपडेटेड रविवार, 15 फ़रवरी 2026 शाम 6:31 बजे</p><div>December 15, 2025 · 8 min read</div><p>${HI_PARA}</p>`);
    expect(r.text).not.toContain('अपडेटेड');
    expect(r.text).not.toContain('min read');
    expect(r.text).toContain('स्टार्टअप्स');
  });

  it('keeps date rows on pages that are not articles (a forum post, a day of a schedule)', () => {
    const r = mutate((root, ctx) => removeHeaderDuplicates(root, { ...ctx, pageKind: 'forum' }, meta()), `<div>Posted: Fri 6:45 PM, Feb 16, 2018</div><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });

  it('keeps dated sentences, table rows and dates further down', () => {
    const r = run(
      `<p>As of July 31, 2025, the FDA has received reports.</p><p>Lee Miller, Tate Britain, October 2, 2025</p>` +
        `<p>1/1/2013\t+13.1%</p><p>${EN_PARA}</p><p>Updated: Sat 8:31 PM, Feb 17, 2018</p>`,
    );
    expect(r.removed).toEqual([]);
  });
});

describe('isDateline', () => {
  it('allows a source label but not prose', () => {
    expect(isDateline('Updated Dec. 23, 2024, 1:24 PM EST / Source: TODAY')).toBe(true);
    expect(isDateline('The meeting on May 2, 2024 went well')).toBe(false);
    expect(isDateline('No date here at all')).toBe(false);
  });
});
