import { describe, expect, it } from 'vitest';
import { checkDetected, checkTabCommand, fromExtensionPage, isDetectResult, isTabRequestFrom } from './message-guards';

const ID = 'our-extension-id';
const ORIGIN = 'chrome-extension://our-extension-id/';
const tab = (id: number, url = 'https://news.example/story') => ({ id, url });
const contentScript = { id: ID, tab: tab(7), url: 'https://news.example/story', frameId: 0 };
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const popupInTab = { id: ID, url: `${ORIGIN}popup.html?tab=7`, tab: tab(9, `${ORIGIN}popup.html?tab=7`), frameId: 0 };
const background = { id: ID };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' };
const detect = { isArticle: true, pageKind: 'article', score: 42, reasons: ['long text', 'article tag'] };

describe('isDetectResult', () => {
  it('accepts a detection result and rejects wrong types, NaN and floods', () => {
    expect(isDetectResult(detect)).toBe(true);
    expect(isDetectResult({ ...detect, isArticle: 'yes' })).toBe(false);
    expect(isDetectResult({ ...detect, pageKind: 'blog' })).toBe(false);
    expect(isDetectResult({ ...detect, score: Number.NaN })).toBe(false);
    expect(isDetectResult({ ...detect, reasons: [1] })).toBe(false);
    expect(isDetectResult({ ...detect, reasons: Array(1000).fill('x') })).toBe(false);
    expect(isDetectResult({ ...detect, reasons: ['x'.repeat(10000)] })).toBe(false);
    expect(isDetectResult([detect])).toBe(false);
    expect(isDetectResult(null)).toBe(false);
  });
});

describe('checkDetected (toolbar badge)', () => {
  it('takes the tab from the sender, never from the message', () => {
    expect(checkDetected({ type: 'saar:detected', detect, tabId: 99 }, contentScript, ID)).toEqual({ tabId: 7, detect });
  });
  it('refuses other extensions, pages without a tab, sub-frames and bad shapes', () => {
    expect(checkDetected({ type: 'saar:detected', detect }, { ...contentScript, id: 'someone-else' }, ID)).toBeNull();
    expect(checkDetected({ type: 'saar:detected', detect }, popup, ID)).toBeNull();
    expect(checkDetected({ type: 'saar:detected', detect }, { ...contentScript, frameId: 3 }, ID)).toBeNull();
    expect(checkDetected({ type: 'saar:detected', detect: { isArticle: 1 } }, contentScript, ID)).toBeNull();
    expect(checkDetected('saar:detected', contentScript, ID)).toBeNull();
  });
});

describe('checkTabCommand (popup drives or saves a tab)', () => {
  it('accepts our popup, also when it is open in a tab', () => {
    expect(checkTabCommand({ type: 'saar:run', tabId: 7, action: 'toggle-reader' }, popup, ID, ORIGIN)).toEqual({ tabId: 7, action: 'toggle-reader' });
    expect(checkTabCommand({ type: 'saar:save-tab', tabId: 7 }, popupInTab, ID, ORIGIN)).toEqual({ tabId: 7 });
  });
  it('refuses content scripts (a page-side sender), other extensions and unknown actions', () => {
    expect(checkTabCommand({ type: 'saar:save-tab', tabId: 7 }, contentScript, ID, ORIGIN)).toBeNull();
    expect(checkTabCommand({ type: 'saar:run', tabId: 7, action: 'status' }, contentScript, ID, ORIGIN)).toBeNull();
    expect(checkTabCommand({ type: 'saar:save-tab', tabId: 7 }, otherExtension, ID, ORIGIN)).toBeNull();
    // A content script's sender.url is the page's; a page cannot pretend to be chrome-extension://.
    expect(checkTabCommand({ type: 'saar:save-tab', tabId: 7 }, { ...contentScript, url: 'https://evil.example/chrome-extension://our-extension-id/' }, ID, ORIGIN)).toBeNull();
    expect(checkTabCommand({ type: 'saar:run', tabId: 7, action: 'delete-everything' }, popup, ID, ORIGIN)).toBeNull();
    expect(checkTabCommand({ type: 'saar:run', tabId: '7', action: 'status' }, popup, ID, ORIGIN)).toBeNull();
    expect(checkTabCommand({ type: 'saar:run', tabId: -1, action: 'status' }, popup, ID, ORIGIN)).toBeNull();
    expect(checkTabCommand({ type: 'saar:save-tab', tabId: 1.5 }, popup, ID, ORIGIN)).toBeNull();
    expect(checkTabCommand({ type: 'saar:library-clear', tabId: 7 }, popup, ID, ORIGIN)).toBeNull();
  });
  it('needs an extension origin to compare with', () => {
    expect(fromExtensionPage(popup, ID, '')).toBe(false);
    expect(fromExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
  });
});

describe('isTabRequestFrom (content script)', () => {
  it('accepts known requests from the background and from our pages, in a tab or not', () => {
    expect(isTabRequestFrom({ type: 'saar:toggle-reader' }, background, ID, ORIGIN)).toBe(true);
    expect(isTabRequestFrom({ type: 'saar:extract' }, popup, ID, ORIGIN)).toBe(true);
    expect(isTabRequestFrom({ type: 'saar:status' }, popupInTab, ID, ORIGIN)).toBe(true);
  });
  it('refuses other tabs, other extensions and unknown or malformed requests', () => {
    expect(isTabRequestFrom({ type: 'saar:extract' }, contentScript, ID, ORIGIN)).toBe(false);
    expect(isTabRequestFrom({ type: 'saar:extract' }, otherExtension, ID, ORIGIN)).toBe(false);
    expect(isTabRequestFrom({ type: 'saar:anything' }, background, ID, ORIGIN)).toBe(false);
    expect(isTabRequestFrom({ type: 42 }, background, ID, ORIGIN)).toBe(false);
    expect(isTabRequestFrom('saar:extract', background, ID, ORIGIN)).toBe(false);
    expect(isTabRequestFrom(null, background, ID, ORIGIN)).toBe(false);
  });
});
