import { describe, expect, it } from 'vitest';
import { checkContentSave, isExtensionPage } from './save-service';
import { sampleResult } from './testing';

const tab = { id: 3, url: 'https://news.example/a/budget' } as never;

describe('checkContentSave', () => {
  it('accepts our content script sending its own page', () => {
    const r = checkContentSave({ result: sampleResult() }, { id: 'me', tab, url: 'https://news.example/a/budget' }, 'me');
    expect(typeof r).toBe('object');
  });
  it('rejects other senders, tabless senders, bad shapes and other origins', () => {
    expect(checkContentSave({ result: sampleResult() }, { id: 'other', tab }, 'me')).toBe('not from this extension');
    expect(checkContentSave({ result: sampleResult() }, { id: 'me' }, 'me')).toBe('not from a content script');
    expect(checkContentSave({ result: { title: 'x' } }, { id: 'me', tab }, 'me')).toBe('malformed article');
    expect(checkContentSave({ result: sampleResult({ url: 'https://evil.example/x' }) }, { id: 'me', tab, url: 'https://news.example/a' }, 'me')).toBe('article is not from the sending page');
  });
});

describe('isExtensionPage', () => {
  it('is true only for pages of our own origin', () => {
    expect(isExtensionPage({ id: 'me', url: 'chrome-extension://me/popup.html' }, 'me', 'chrome-extension://me/')).toBe(true);
    expect(isExtensionPage({ id: 'me', tab, url: 'chrome-extension://me/popup.html?tab=3' }, 'me', 'chrome-extension://me/')).toBe(true);
    expect(isExtensionPage({ id: 'me' }, 'me', 'chrome-extension://me/')).toBe(false);
    expect(isExtensionPage({ id: 'me', tab, url: 'https://news.example/' }, 'me', 'chrome-extension://me/')).toBe(false);
    expect(isExtensionPage({ id: 'x', url: 'chrome-extension://x/popup.html' }, 'me', 'chrome-extension://me/')).toBe(false);
  });
});

describe('collectImages (keep images offline)', () => {
  it('runs the collector in the tab with the article, then checks and decodes what comes back', async () => {
    const { collectImages } = await import('./save-service');
    const calls: unknown[][] = [];
    const r = sampleResult();
    const got = await collectImages(7, r, async (tabId, func, args) => {
      calls.push([tabId, typeof func, ...args.slice(0, 3)]);
      return { images: [{ src: 'https://news.example/img/a.jpg', dataUrl: 'data:image/jpeg;base64,AAEC' }, { src: 'https://x/evil.svg', dataUrl: 'data:image/svg+xml;base64,AA==' }], skipped: [] };
    });
    expect(calls).toEqual([[7, 'function', r.contentHtml, r.url, r.leadImage!.src]]);
    expect(got.images.map((i) => [i.src, i.blob.type, i.blob.size])).toEqual([['https://news.example/img/a.jpg', 'image/jpeg', 3]]);
    expect(got.report).toEqual({ kept: 1, skipped: [{ src: 'https://x/evil.svg', reason: 'unsupported-type' }] });
  });

  it('a tab that cannot be scripted gives no pictures and a report, never an error', async () => {
    const { collectImages } = await import('./save-service');
    const got = await collectImages(7, sampleResult(), () => Promise.reject(new Error('Cannot access contents of the page')));
    expect(got.images).toEqual([]);
    expect(got.report.skipped).toHaveLength(1);
  });
});
