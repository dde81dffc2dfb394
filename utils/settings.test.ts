import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Settings = typeof import('./settings');
let S: Settings;

beforeAll(async () => {
  // @wxt-dev/storage picks the extension API from globals when first imported.
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  S = await import('./settings');
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('reading prefs', () => {
  it('defaults, clamps and persists', async () => {
    expect(await S.getPrefs()).toEqual(S.DEFAULT_PREFS);
    const next = await S.setPrefs({ fontSize: 99, theme: 'dark' });
    expect(next.fontSize).toBe(S.FONT_SIZE.max);
    expect((await S.getPrefs()).theme).toBe('dark');
    expect(S.normalizePrefs({ theme: 'neon' as never, lineHeight: 0 }).theme).toBe(S.DEFAULT_PREFS.theme);
  });

  it('migrates version 1 (named sizes) to pixels', async () => {
    await fakeBrowser.storage.sync.set({ readingPrefs: { theme: 'sepia', font: 'sans', size: 'large', lineHeight: 1.5, width: 'wide', align: 'start' }, 'readingPrefs$': { v: 1 } });
    await S.readingPrefsItem.migrate();
    const p = await S.getPrefs();
    expect(p.fontSize).toBe(23);
    expect(p.theme).toBe('sepia');
  });
});

describe('site choices', () => {
  it('saves to sync, and to local when sync reports a quota error', async () => {
    expect(await S.saveSiteChoices({ 'https://a.test': { autoReader: true } })).toBe('sync');
    expect(await S.getSiteChoice('https://a.test')).toEqual({ autoReader: true });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await S.setSiteChoice('https://b.test', { autoClean: true });
    expect(await S.siteChoicesInLocalItem.getValue()).toBe(true);
    expect(await S.getSiteChoices()).toEqual({ 'https://a.test': { autoReader: true }, 'https://b.test': { autoClean: true } });
  });

  it('removes a site when both choices are off', async () => {
    await S.setSiteChoice('https://a.test', { autoReader: true });
    await S.setSiteChoice('https://a.test', { autoReader: false });
    expect(await S.getSiteChoices()).toEqual({});
  });
});

describe('library prefs', () => {
  it('keep images offline: off by default, persists in local storage, ignores junk', async () => {
    expect(await S.getLibraryPrefs()).toEqual({ keepImagesOffline: false });
    expect(await S.setLibraryPrefs({ keepImagesOffline: true })).toEqual({ keepImagesOffline: true });
    expect(await fakeBrowser.storage.local.get('libraryPrefs')).toEqual({ libraryPrefs: { keepImagesOffline: true } });
    await fakeBrowser.storage.local.set({ libraryPrefs: { keepImagesOffline: 'yes' } });
    expect(await S.getLibraryPrefs()).toEqual({ keepImagesOffline: false });
  });
});
