// Documents that are not the usual html > head + body: no <body>, a frameset, XHTML parsed as
// XML, custom elements with shadow roots.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/index';
import { SHADOW_ONLY, STRESS_PAGES } from './pages';
import { extractChecked, stressPage } from './check';

describe('odd documents', () => {
  it('no <body>: reads the documentElement', () => {
    const page = stressPage(STRESS_PAGES, 'no-body');
    const doc = page.build();
    expect(doc.body).toBeNull();
    expect(() => detectArticle(doc)).not.toThrow();
    const r = extractChecked(page, doc);
    expect(r.title).toBe('Council votes to fund the new river library');
  });

  it('frameset: completes with no frames in the output', () => {
    const r = extractChecked(stressPage(STRESS_PAGES, 'frameset'));
    expect(r.contentHtml).not.toMatch(/<i?frame/i);
    expect(r.contentHtml).not.toMatch(/javascript:/i);
  });

  it('XHTML (application/xhtml+xml): the article is found and handlers are gone', () => {
    const page = stressPage(STRESS_PAGES, 'xhtml');
    const doc = page.build();
    expect(doc.contentType).toBe('application/xhtml+xml');
    const r = extractChecked(page, doc);
    expect(r.title).toBe('Council votes to fund the new river library');
    expect(r.contentHtml).not.toMatch(/onclick/i);
  });

  it('shadow roots: light DOM (slotted) content is read, shadow-only text is not', () => {
    const page = stressPage(STRESS_PAGES, 'shadow-dom');
    const doc = page.build();
    expect(doc.querySelector('share-box')!.shadowRoot).not.toBeNull();
    const r = extractChecked(page, doc);
    // Decision (README, Limits): like Readability, Saar reads the light DOM only. jsdom keeps a
    // declarative root as a <template> (never read); Chromium attaches it (tests/e2e/bounded.test.ts).
    expect(r.textContent).not.toContain(SHADOW_ONLY);
    expect(r.contentHtml).not.toMatch(/<template/i);
    // The attached shadow root is still there and untouched.
    expect(doc.querySelector('share-box')!.shadowRoot!.textContent).toContain(SHADOW_ONLY);
  });
});
