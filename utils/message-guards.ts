// Who may send which runtime message, and what it must carry. Runtime messaging is closed to web
// pages (the manifest has no externally_connectable), but a content script runs beside page code
// and a tab's sender fields say which page it serves, so every listener checks sender and shape
// here before acting. Library saves are checked in utils/library/save-service.ts.
import type { DetectResult } from '../lib/types';
import type { TabAction, TabRequest } from './messages';

/** The fields of runtime.MessageSender that are checked (a MessageSender fits). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export const TAB_ACTIONS: readonly TabAction[] = ['toggle-reader', 'open-reader', 'close-reader', 'toggle-clean', 'clean', 'status'];

const TAB_REQUEST_TYPES: ReadonlySet<string> = new Set<TabRequest['type']>([
  'saar:ping', 'saar:status', 'saar:toggle-reader', 'saar:open-reader', 'saar:close-reader', 'saar:toggle-clean', 'saar:clean', 'saar:extract',
]);

/** Detection reasons are short notes; a handful is normal. */
const MAX_REASONS = 100;
const MAX_REASON_LENGTH = 500;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function isTabAction(v: unknown): v is TabAction {
  return typeof v === 'string' && (TAB_ACTIONS as readonly string[]).includes(v);
}

export function isTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

export function isDetectResult(v: unknown): v is DetectResult {
  return (
    isObject(v) &&
    typeof v.isArticle === 'boolean' &&
    (v.pageKind === 'article' || v.pageKind === 'other' || v.pageKind === 'forum') &&
    typeof v.score === 'number' && Number.isFinite(v.score) &&
    Array.isArray(v.reasons) && v.reasons.length <= MAX_REASONS &&
    v.reasons.every((r) => typeof r === 'string' && r.length <= MAX_REASON_LENGTH)
  );
}

/** A URL inside our own extension (popup, library, background page). */
function isOurs(url: string | undefined, extensionOrigin: string): boolean {
  return !!url && !!extensionOrigin && url.startsWith(extensionOrigin);
}

/** Our own extension page (popup, library; also when opened in a tab): content scripts carry the page's URL. */
export function fromExtensionPage(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && isOurs(sender.url, extensionOrigin);
}

/** `saar:detected`: our content script in the top frame of a tab, with a well-formed result. */
export function checkDetected(raw: unknown, sender: Sender, runtimeId: string): { tabId: number; detect: DetectResult } | null {
  if (sender.id !== runtimeId || !isTabId(sender.tab?.id) || (sender.frameId ?? 0) !== 0) return null;
  if (!isObject(raw) || !isDetectResult(raw.detect)) return null;
  return { tabId: sender.tab!.id!, detect: raw.detect };
}

/** `saar:run` / `saar:save-tab`: only our extension pages drive a tab, with a real tab id (and action). */
export function checkTabCommand(raw: unknown, sender: Sender, runtimeId: string, extensionOrigin: string): { tabId: number; action?: TabAction } | null {
  if (!fromExtensionPage(sender, runtimeId, extensionOrigin) || !isObject(raw) || !isTabId(raw.tabId)) return null;
  if (raw.type === 'saar:run') return isTabAction(raw.action) ? { tabId: raw.tabId, action: raw.action } : null;
  return raw.type === 'saar:save-tab' ? { tabId: raw.tabId } : null;
}

/**
 * In the content script: a known request from the extension itself (background, or our own
 * pages, which may sit in a tab), never from another tab's content script.
 */
export function isTabRequestFrom(msg: unknown, sender: Sender, runtimeId: string, extensionOrigin: string): msg is TabRequest {
  if (sender.id !== runtimeId) return false;
  if (sender.tab && !isOurs(sender.url, extensionOrigin)) return false;
  return isObject(msg) && typeof msg.type === 'string' && TAB_REQUEST_TYPES.has(msg.type);
}
