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
