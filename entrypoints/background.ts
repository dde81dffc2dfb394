// Background: toolbar popup, keyboard command and context menu all toggle the reader view in the
// current tab, injecting the content script on demand. Badge: is this page an article.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import type { DetectResult, ExtractResult } from '../lib/types';
import type { BackgroundRequest, TabAction } from '../utils/messages';
import { extractInTab, runInTab } from '../utils/tab-actions';
import { checkContentSave, collectImages, extractLink, saveLink, saveResult, type LibrarySaveReply } from '../utils/library/save-service';
import { checkDetected, checkTabCommand } from '../utils/message-guards';
import type { SaveReply } from '../utils/messages';
import { libraryDb } from '../utils/library/db';
import { getLibraryPrefs, getSiteChoice, setPrefs, setSiteChoice } from '../utils/settings';
import { originPattern, siteOrigin } from '../utils/format';
import { t } from '../utils/i18n';

const COMMAND_TOGGLE = 'toggle-reader';
const MENU_TOGGLE = 'saar-toggle-reader';
const MENU_CLEAN = 'saar-clean-page';
const COMMAND_SAVE = 'save-page';
const MENU_SAVE_PAGE = 'saar-save-page';
const MENU_SAVE_LINK = 'saar-save-link';
const MENU_LIBRARY = 'saar-open-library';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void (async () => {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: MENU_TOGGLE, title: t('menuToggleReader'), contexts: ['page', 'selection', 'link', 'image'] });
      browser.contextMenus.create({ id: MENU_CLEAN, title: t('menuCleanPage'), contexts: ['page'] });
      browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: t('menuSavePage'), contexts: ['page', 'selection'] });
      browser.contextMenus.create({ id: MENU_SAVE_LINK, title: t('menuSaveLink'), contexts: ['link'] });
      browser.contextMenus.create({ id: MENU_LIBRARY, title: t('menuOpenLibrary'), contexts: ['action'] });
    })();
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === COMMAND_TOGGLE) void run(tab, 'toggle-reader');
    if (command === COMMAND_SAVE) void savePage(tab);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE) void run(tab, 'toggle-reader');
    if (info.menuItemId === MENU_CLEAN) void run(tab, 'toggle-clean');
    if (info.menuItemId === MENU_SAVE_PAGE) void savePage(tab);
    if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) {
      const origin = siteOrigin(info.linkUrl);
      // First call in the click handler: the permission prompt needs the user gesture.
      const granted = origin ? browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false) : Promise.resolve(false);
      void saveLinkNow(info.linkUrl, info.selectionText ?? '', tab?.id, granted);
    }
    if (info.menuItemId === MENU_LIBRARY) void openLibrary();
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const msg = raw as BackgroundRequest;
    if (!msg || typeof msg !== 'object') return undefined;
    // Sender and shape of every request: utils/message-guards.ts (library saves: save-service.ts).
    if (msg.type === 'saar:detected') {
      const detected = checkDetected(msg, sender, browser.runtime.id);
      if (detected) void setBadge(detected.tabId, detected.detect);
      return undefined;
    }
    if (msg.type === 'saar:library-save') {
      const checked = checkContentSave(msg, sender, browser.runtime.id);
      if (typeof checked === 'string') return Promise.resolve({ ok: false, code: 'invalid', error: checked } satisfies SaveReply);
      return saveFromTab(checked, sender.tab!.id!).then((r) => notifySaved(sender.tab?.id, r));
    }
    // Only our own extension pages (popup, library) may drive or save a tab.
    if (msg.type === 'saar:save-tab' || msg.type === 'saar:run') {
      const command = checkTabCommand(msg, sender, browser.runtime.id, browser.runtime.getURL('/'));
      if (!command) return msg.type === 'saar:save-tab' ? Promise.resolve({ ok: false, code: 'invalid', error: 'not allowed' } satisfies SaveReply) : undefined;
      return command.action ? runInTab(command.tabId, command.action) : savePage(undefined, command.tabId);
    }
    if (import.meta.env.MODE === 'e2e' && msg.type === 'saar:e2e' && sender.id === browser.runtime.id && sender.tab?.id != null) {
      // Test-only build: what a toolbar click or the shortcut would do, started by a page hook.
      const tabId = sender.tab.id;
      if (msg.prefs) return setPrefs(msg.prefs).then((prefs) => ({ prefs, tabId }));
      if (msg.site) return setSiteChoice(siteOrigin(sender.tab.url), msg.site).then((site) => ({ site, tabId }));
      if (msg.action === 'save-page') return savePage(sender.tab).then((r) => ({ ...r, tabId }));
      if (msg.link) {
        // What "Save link for later" does, with the permission the test build already has.
        const granted = browser.permissions.contains({ origins: [originPattern(siteOrigin(msg.link))] });
        return saveLinkNow(msg.link, '', tabId, granted).then(async (r) => ({ ...r, tabId, fetched: r.ok && !!(await libraryDb().articles.get(r.id))?.result }));
      }
      // A native promise: Chrome's own promise-returning listeners ignore other thenables (Dexie's).
      if (msg.action === 'library-count') return Promise.resolve(libraryDb().articles.count()).then((count) => ({ count, tabId }));
      if (msg.action === 'open-popup') {
        // Automation may not navigate to extension pages in Firefox; the extension opens it.
        return browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) }).then(() => ({ tabId }));
      }
      return runInTab(tabId, msg.action).then((status) => ({ ...status, tabId }));
    }
    return undefined;
  });

  // Sites the user chose "always" for (and granted that origin's permission to).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    void autoRun(tabId, tab.url);
  });
});

async function run(tab: Browser.tabs.Tab | undefined, action: TabAction): Promise<void> {
  let tabId = tab?.id;
  if (tabId == null) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  if (tabId == null) return;
  try {
    await runInTab(tabId, action);
  } catch (err) {
    // Pages the extension may not script (browser pages, the web store, PDFs).
    await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    console.warn('Saar: cannot run on this tab', err);
  }
}

/** Extract the tab's article in its content script and store it (shortcut, menu, popup). */
async function savePage(tab: Browser.tabs.Tab | undefined, id?: number): Promise<SaveReply> {
  let tabId = id ?? tab?.id;
  if (tabId == null) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  if (tabId == null) return { ok: false, code: 'invalid', error: 'no tab' };
  let reply: SaveReply;
  try {
    reply = await saveFromTab(await extractInTab(tabId), tabId);
  } catch (err) {
    reply = { ok: false, code: 'failed', error: `Cannot read this page: ${String(err)}` };
  }
  return notifySaved(tabId, reply);
}

/**
 * Save an article the tab shows. With "keep images offline" its pictures are fetched first, in the
 * tab (see utils/library/collect-images.ts for why there), then stored with it in one transaction.
 */
async function saveFromTab(result: ExtractResult, tabId: number): Promise<LibrarySaveReply> {
  if (!(await getLibraryPrefs()).keepImagesOffline) return saveResult(result);
  const images = await collectImages(tabId, result, async (id, func, args) => {
    const [first] = await browser.scripting.executeScript({ target: { tabId: id }, func, args });
    return first?.result;
  });
  return saveResult(result, images);
}

/** A short badge so a save by shortcut or menu is visible; errors go to the title. */
async function notifySaved(tabId: number | undefined, reply: SaveReply): Promise<SaveReply> {
  if (tabId == null) return reply;
  try {
    await browser.action.setBadgeText({ tabId, text: reply.ok ? '+' : '!' });
    const pics = (reply as LibrarySaveReply).images;
    const extra = reply.ok && pics ? ` (${t('libImagesKept', [String(pics.kept), String(pics.skipped.length)])})` : '';
    await browser.action.setTitle({ tabId, title: reply.ok ? `${t('savedToLibrary')}: ${reply.title}${extra}` : reply.error });
  } catch {
    // The tab closed meanwhile.
  }
  return reply;
}

/**
 * Save a link: stored at once as a pending item (nothing is lost if fetching fails), then fetched
 * and extracted when the user grants that site's permission (asked for here, in the click).
 */
async function saveLinkNow(url: string, text: string, tabId: number | undefined, granted: Promise<boolean>): Promise<SaveReply> {
  const pending = await saveLink(url, text);
  if (!pending.ok || !(await granted)) return notifySaved(tabId, pending);
  try {
    const keepImages = (await getLibraryPrefs()).keepImagesOffline;
    const { result, images } = await extractLink(url, (m) => browser.runtime.sendMessage(m), browser.runtime.getURL('/offscreen.html'), keepImages);
    return await notifySaved(tabId, await saveResult({ ...result, url }, images));
  } catch (err) {
    console.warn('Saar: link kept as pending, fetch failed', err);
    return notifySaved(tabId, pending);
  }
}

async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

async function setBadge(tabId: number, detect: DetectResult): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: detect.isArticle ? '✓' : '–' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: detect.isArticle ? '#0f6e6e' : '#8a8a85' });
    await browser.action.setTitle({ tabId, title: `${t('extName')} — ${detect.isArticle ? t('badgeArticle') : t('badgeNotArticle')}` });
  } catch {
    // The tab closed meanwhile.
  }
}

async function autoRun(tabId: number, url: string | undefined): Promise<void> {
  const origin = siteOrigin(url);
  if (!origin) return;
  const choice = await getSiteChoice(origin);
  if (!choice.autoReader && !choice.autoClean) return;
  if (!(await browser.permissions.contains({ origins: [originPattern(origin)] }))) return;
  try {
    if (choice.autoClean) await runInTab(tabId, 'clean');
    if (choice.autoReader) {
      const status = await runInTab(tabId, 'status');
      if (status.detect.isArticle && !status.readerOpen) await runInTab(tabId, 'open-reader');
    }
  } catch (err) {
    console.warn('Saar: auto mode failed', err);
  }
}
