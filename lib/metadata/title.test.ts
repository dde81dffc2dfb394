import { describe, expect, it } from 'vitest';
import { pickTitle, stripSiteName } from './title';

describe('stripSiteName', () => {
  it('drops the site name after or before the headline', () => {
    expect(stripSiteName('Budget passes after long debate | Example News', 'Example News')).toBe('Budget passes after long debate');
    expect(stripSiteName('Example News - Budget passes after long debate', 'Example News')).toBe('Budget passes after long debate');
    expect(stripSiteName('Startup India: क्या भारत में फिर लौटेंगे ऐप्स? - Amar Ujala Hindi News Live', '', 'www.amarujala.com')).toBe(
      'Startup India: क्या भारत में फिर लौटेंगे ऐप्स?',
    );
  });
  it('drops a short unknown suffix only when a real headline remains, and keeps colons and inner hyphens', () => {
    expect(stripSiteName('Budget passes after a long debate - City Times')).toBe('Budget passes after a long debate');
    expect(stripSiteName('Live - Score')).toBe('Live - Score');
    expect(stripSiteName('Startup India: एक नई बहस')).toBe('Startup India: एक नई बहस');
    expect(stripSiteName('Covid-19 cases rise in Delhi')).toBe('Covid-19 cases rise in Delhi');
    expect(stripSiteName('India - Pakistan talks resume after five years | Tech | Example', 'Example')).toBe(
      'India - Pakistan talks resume after five years',
    );
  });
});

describe('pickTitle', () => {
  const base = { og: '', jsonLd: '', twitter: '', document: '', h1: '', siteName: 'Example', host: 'example.com' };
  it('prefers the visible h1 when it is the same headline', () => {
    expect(pickTitle({ ...base, og: 'Budget passes after debate | Example', h1: 'Budget passes after debate' })).toBe('Budget passes after debate');
    expect(pickTitle({ ...base, og: 'Budget passes…', jsonLd: 'Budget passes after a long debate', h1: 'Budget passes after a long debate' })).toBe(
      'Budget passes after a long debate',
    );
  });
  it('prefers the visible headline over a different share title', () => {
    expect(pickTitle({ ...base, og: 'Nutrition Trends For 2026 - Example', h1: 'Top 10 Health and Nutrition Trends to Watch' })).toBe(
      'Top 10 Health and Nutrition Trends to Watch',
    );
  });
  it('ignores a one-word h1 and falls back through the sources', () => {
    expect(pickTitle({ ...base, document: 'Budget passes after debate - Example', h1: 'Example' })).toBe('Budget passes after debate');
    expect(pickTitle({ ...base, h1: 'Only a heading here' })).toBe('Only a heading here');
  });
});
