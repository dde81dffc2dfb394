// Messages between the background, the popup and the reader content script.
import type { DetectResult, ExtractResult } from '../lib/types';

/** Sent to the content script in a tab. */
export type TabRequest =
  | { type: 'saar:ping' }
  | { type: 'saar:status' }
  | { type: 'saar:toggle-reader' }
  | { type: 'saar:open-reader' }
  | { type: 'saar:close-reader' }
  | { type: 'saar:toggle-clean' }
  | { type: 'saar:clean' }
  /** Extract the page (or return what the open reader view shows) for the library. */
  | { type: 'saar:extract' };

export interface TabStatus {
  detect: DetectResult;
  readerOpen: boolean;
  cleanOn: boolean;
  /** How many changes clean mode made (0 when off). */
  cleanChanges: number;
  url: string;
}

/** Sent to the background. */
export type BackgroundRequest =
  | { type: 'saar:detected'; detect: DetectResult }
  | { type: 'saar:run'; action: TabAction; tabId: number }
  /** Reader view's Save button (content script): store this extracted article. */
  | { type: 'saar:library-save'; result: ExtractResult }
  /** Popup's "Save for later" (extension page): extract the tab and store it. */
  | { type: 'saar:save-tab'; tabId: number }
  /** Test-only build: a page-side hook asks for what a toolbar click / shortcut would do. */
  | { type: 'saar:e2e'; action: TabAction | 'open-popup' | 'save-page' | 'library-count'; prefs?: Record<string, unknown>; link?: string; site?: { autoReader?: boolean; autoClean?: boolean } };

export type TabAction = 'toggle-reader' | 'open-reader' | 'close-reader' | 'toggle-clean' | 'clean' | 'status';

export function isTabRequest(m: unknown): m is TabRequest {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('saar:');
}

/** The content script's output file, as WXT builds `entrypoints/reader.content/`. */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

/** The background's answer to a library save. */
export type SaveReply = { ok: true; id: string; title: string; updated: boolean } | { ok: false; code: 'quota' | 'failed' | 'invalid'; error: string };
