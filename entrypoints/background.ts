// Background: toolbar popup, keyboard command and context menu all toggle the reader view in the
// current tab, injecting the content script on demand. Badge: is this page an article.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import type { DetectResult } from '../lib/types';
import type { BackgroundRequest, TabAction } from '../utils/messages';
import { runInTab } from '../utils/tab-actions';
import { getSiteChoice, setPrefs, setSiteChoice } from '../utils/settings';
import { originPattern, siteOrigin } from '../utils/format';
import { t } from '../utils/i18n';

const COMMAND_TOGGLE = 'toggle-reader';
const MENU_TOGGLE = 'saar-toggle-reader';
const MENU_CLEAN = 'saar-clean-page';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void (async () => {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: MENU_TOGGLE, title: t('menuToggleReader'), contexts: ['page', 'selection', 'link', 'image'] });
      browser.contextMenus.create({ id: MENU_CLEAN, title: t('menuCleanPage'), contexts: ['page'] });
    })();
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === COMMAND_TOGGLE) void run(tab, 'toggle-reader');
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE) void run(tab, 'toggle-reader');
    if (info.menuItemId === MENU_CLEAN) void run(tab, 'toggle-clean');
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const msg = raw as BackgroundRequest;
    if (!msg || typeof msg !== 'object') return undefined;
    if (msg.type === 'saar:detected' && sender.tab?.id != null) {
      void setBadge(sender.tab.id, msg.detect);
      return undefined;
    }
    // Only our own extension pages (no tab) may drive a tab.
    if (msg.type === 'saar:run' && !sender.tab && sender.id === browser.runtime.id) return runInTab(msg.tabId, msg.action);
    if (import.meta.env.MODE === 'e2e' && msg.type === 'saar:e2e' && sender.tab?.id != null) {
      // Test-only build: what a toolbar click or the shortcut would do, started by a page hook.
      const tabId = sender.tab.id;
      if (msg.prefs) return setPrefs(msg.prefs).then((prefs) => ({ prefs, tabId }));
      if (msg.site) return setSiteChoice(siteOrigin(sender.tab.url), msg.site).then((site) => ({ site, tabId }));
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
