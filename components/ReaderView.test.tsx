import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ExtractResult } from '../lib/types';
import { DEFAULT_PREFS } from '../utils/prefs';
import { ReaderView } from './ReaderView';

function result(over: Partial<ExtractResult> = {}): ExtractResult {
  return {
    url: 'https://news.example/a', title: 'A headline for the test', byline: 'Asha Rao', desk: '', published: '2026-02-15T13:01:00Z', modified: null,
    siteName: 'Example News', lang: 'hi', dir: 'ltr', leadImage: { src: 'https://news.example/i.jpg', alt: '', caption: 'A caption', credit: 'Agency' },
    summary: { text: 'Short summary of the story.', source: 'generated' },
    contentHtml: '<h1>A headline for the test</h1><p>First paragraph.</p><p>Second <a href="https://x.example">link</a>.</p>',
    textContent: 'First paragraph. Second link.', wordCount: 4, readingMinutes: 1, attempt: 'strict', warnings: [], ...over,
  };
}

function mount(r: ExtractResult, settings = DEFAULT_PREFS) {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<ReaderView result={r} settings={settings} isArticle onSettingsChange={() => {}} onClose={() => {}} />, host));
  return host;
}

describe('ReaderView', () => {
  it('shows header, a labelled summary marked as generated, the lead figure and the body', () => {
    const host = mount(result());
    expect(host.querySelector('.saar-title')?.textContent).toBe('A headline for the test');
    const summary = host.querySelector('section.saar-summary')!;
    expect(summary.getAttribute('aria-labelledby')).toBe('saar-summary-heading');
    expect(summary.getAttribute('data-source')).toBe('generated');
    expect(summary.querySelector('.saar-generated')).not.toBeNull();
    expect(host.querySelector('.saar-lead img')?.getAttribute('src')).toBe('https://news.example/i.jpg');
    expect(host.querySelector('.saar-lead figcaption')?.textContent).toContain('A caption');
    // The repeated title at the top of the body is dropped; the paragraphs stay.
    expect(host.querySelectorAll('.saar-body h1').length).toBe(0);
    expect(host.querySelectorAll('.saar-body p').length).toBe(2);
    expect(host.querySelector('article')?.getAttribute('lang')).toBe('hi');
  });

  it('does not mark a publisher summary as generated, and applies settings as data attributes', () => {
    const host = mount(result({ summary: { text: 'From the page.', source: 'page' } }), { ...DEFAULT_PREFS, theme: 'sepia', fontSize: 22 });
    expect(host.querySelector('.saar-generated')).toBeNull();
    const root = host.querySelector<HTMLElement>('.saar-root')!;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('--saar-size')).toBe('22px');
  });

  it('keeps javascript: images out of the lead figure', () => {
    const host = mount(result({ leadImage: { src: 'javascript:alert(1)', alt: '', caption: '', credit: '' } }));
    expect(host.querySelector('.saar-lead')).toBeNull();
  });
});
