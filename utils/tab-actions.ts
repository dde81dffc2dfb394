// Inject the reader content script on demand (activeTab + scripting) and talk to it.
import { browser } from 'wxt/browser';
import type { ExtractResult } from '../lib/types';
import { READER_SCRIPT_FILE, type TabAction, type TabRequest, type TabStatus } from './messages';

async function ping(tabId: number): Promise<boolean> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, { type: 'saar:ping' } satisfies TabRequest)) as { ok?: boolean } | undefined;
    return !!res?.ok;
  } catch {
    return false;
  }
}

/** Make sure the content script runs in the tab's top frame; inject it once when missing. */
export async function ensureInjected(tabId: number): Promise<void> {
  if (await ping(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_FILE] });
  // The script registers its listener synchronously in main(); a short retry covers slow starts.
  for (let i = 0; i < 20; i++) {
    if (await ping(tabId)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Saar content script did not start');
}

const REQUESTS: Record<TabAction, TabRequest> = {
  'toggle-reader': { type: 'saar:toggle-reader' },
  'open-reader': { type: 'saar:open-reader' },
  'close-reader': { type: 'saar:close-reader' },
  'toggle-clean': { type: 'saar:toggle-clean' },
  clean: { type: 'saar:clean' },
  status: { type: 'saar:status' },
};

/** Inject when needed, run `action` in the tab, and return the tab's state afterwards. */
export async function runInTab(tabId: number, action: TabAction): Promise<TabStatus> {
  await ensureInjected(tabId);
  return (await browser.tabs.sendMessage(tabId, REQUESTS[action])) as TabStatus;
}

/** Inject when needed and extract the tab's article in its content script. */
export async function extractInTab(tabId: number): Promise<ExtractResult> {
  await ensureInjected(tabId);
  return (await browser.tabs.sendMessage(tabId, { type: 'saar:extract' } satisfies TabRequest)) as ExtractResult;
}
