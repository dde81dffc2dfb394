// Background side of saving: the only writer reached by messages. Checks who is asking and what
// they send, then writes through store.ts.
import type { Browser } from 'wxt/browser';
import type { ExtractResult } from '../../lib/types';
import type { SaveReply } from '../messages';
import { libraryDb } from './db';
import { LibraryError, saveArticle } from './store';
import { isExtractResult, isHttpUrl, sameOrigin } from './validate';
import { fetchArticle } from './fetch-pending';

export async function saveResult(result: ExtractResult): Promise<SaveReply> {
  try {
    const a = await saveArticle(libraryDb(), { url: result.url, result });
    return { ok: true, id: a.id, title: a.title, updated: a.updatedAt !== a.savedAt };
  } catch (err) {
    return { ok: false, code: err instanceof LibraryError ? err.code : 'failed', error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * A link saved from the context menu: kept as a pending item (title + URL, no body) that the
 * library fetches and extracts on demand. Fetching in a Chrome service worker has no DOMParser.
 */
export async function saveLink(url: string, title: string): Promise<SaveReply> {
  if (!isHttpUrl(url)) return { ok: false, code: 'invalid', error: 'Only http(s) links can be saved.' };
  try {
    const a = await saveArticle(libraryDb(), { url, result: null, title: title.trim().slice(0, 500) || url });
    return { ok: true, id: a.id, title: a.title, updated: a.updatedAt !== a.savedAt };
  } catch (err) {
    return { ok: false, code: err instanceof LibraryError ? err.code : 'failed', error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * A save sent by the reader view: only from our own content script (sender.id is ours and it runs
 * in a tab), carrying a well-formed result for the page that tab shows.
 */
export function checkContentSave(raw: unknown, sender: Browser.runtime.MessageSender, runtimeId: string): ExtractResult | string {
  if (sender.id !== runtimeId) return 'not from this extension';
  if (!sender.tab) return 'not from a content script';
  const result = (raw as { result?: unknown }).result;
  if (!isExtractResult(result)) return 'malformed article';
  const from = sender.url ?? sender.tab.url;
  if (!sameOrigin(from, result.url)) return 'article is not from the sending page';
  return result;
}

/**
 * Our own extension pages (popup, library; also when opened in a tab): our id and a URL in our
 * origin. Content scripts carry the web page's URL, so they do not pass.
 */
export function isExtensionPage(sender: Browser.runtime.MessageSender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && !!sender.url && sender.url.startsWith(extensionOrigin);
}

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/**
 * Fetch + extract a link from the background: directly where the background has DOMParser
 * (Firefox's event page), else through Chrome's offscreen document. Needs host permission.
 */
export async function extractLink(url: string, sendToOffscreen: (msg: unknown) => Promise<unknown>, offscreenUrl: string): Promise<ExtractResult> {
  if (typeof DOMParser !== 'undefined') {
    return fetchArticle(url);
  }
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) throw new Error('no DOMParser and no offscreen documents here');
  if (!(await offscreen.hasDocument?.())) {
    await offscreen
      .createDocument({ url: offscreenUrl, reasons: ['DOM_PARSER'], justification: 'Parse a saved link into an article' })
      .catch((err: unknown) => {
        // Two saves at once: the other one created it.
        if (!/single offscreen/i.test(String(err))) throw err;
      });
  }
  const reply = (await sendToOffscreen({ type: 'saar:offscreen-extract', url })) as { result?: unknown; error?: string } | undefined;
  if (!reply || !isExtractResult(reply.result)) throw new Error(reply?.error ?? 'no article');
  return reply.result;
}
