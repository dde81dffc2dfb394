// Background side of saving: the only writer reached by messages. Checks who is asking and what
// they send, then writes through store.ts.
import type { Browser } from 'wxt/browser';
import type { ExtractResult } from '../../lib/types';
import type { SaveReply } from '../messages';
import { libraryDb } from './db';
import { LibraryError, saveArticle } from './store';
import { isExtractResult, isHttpUrl, sameOrigin } from './validate';
import { fetchArticle } from './fetch-pending';
import { collectImagesInPage, IMAGE_LIMITS, type ImageLimits } from './collect-images';
import { decodeCollected, type ImageReport } from './offline-images';

/** A save's reply; `images` when "keep images offline" was on. */
export type LibrarySaveReply = SaveReply & { images?: ImageReport };

/** Runs `collectImagesInPage` in the tab (scripting.executeScript with `func`) and returns its value. */
export type RunInTab = (tabId: number, func: typeof collectImagesInPage, args: Parameters<typeof collectImagesInPage>) => Promise<unknown>;

/**
 * Pictures of `result`, fetched in its tab, checked and decoded here. Never throws: a picture that
 * cannot be had is reported as skipped and the article is still saved.
 */
export async function collectImages(tabId: number, result: ExtractResult, run: RunInTab, limits: ImageLimits = IMAGE_LIMITS): Promise<ReturnType<typeof decodeCollected>> {
  try {
    return decodeCollected(await run(tabId, collectImagesInPage, [result.contentHtml, result.url, result.leadImage?.src ?? '', limits]), limits);
  } catch (err) {
    console.warn('Saar: could not fetch pictures in the tab', err);
    return { images: [], report: { kept: 0, skipped: [{ src: result.url, reason: 'blocked' }] } };
  }
}

/**
 * Store `result`; with `images` (keep images offline) the pictures were fetched first, so the
 * article and its pictures go into one transaction together.
 */
export async function saveResult(result: ExtractResult, images?: ReturnType<typeof decodeCollected>): Promise<LibrarySaveReply> {
  try {
    // No picture kept (offline, page not scriptable): keep whatever an earlier save stored.
    const a = await saveArticle(libraryDb(), { url: result.url, result, images: images?.images.length ? images.images : undefined });
    return { ok: true, id: a.id, title: a.title, updated: a.updatedAt !== a.savedAt, ...(images ? { images: images.report } : {}) };
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
 * With `keepImages`, its pictures are fetched there too (with that site's permission: the site's
 * own pictures, and CDN pictures that allow CORS).
 */
export async function extractLink(
  url: string,
  sendToOffscreen: (msg: unknown) => Promise<unknown>,
  offscreenUrl: string,
  keepImages = false,
): Promise<{ result: ExtractResult; images?: ReturnType<typeof decodeCollected> }> {
  if (typeof DOMParser !== 'undefined') {
    const result = await fetchArticle(url);
    return { result, ...(keepImages ? { images: decodeCollected(await collectImagesHere(result)) } : {}) };
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
  const reply = (await sendToOffscreen({ type: 'saar:offscreen-extract', url, images: keepImages })) as { result?: unknown; images?: unknown; error?: string } | undefined;
  if (!reply || !isExtractResult(reply.result)) throw new Error(reply?.error ?? 'no article');
  return { result: reply.result, ...(keepImages ? { images: decodeCollected(reply.images) } : {}) };
}

/** Pictures of `result`, fetched from this context (an extension page, Firefox's background). */
export function collectImagesHere(result: ExtractResult, limits: ImageLimits = IMAGE_LIMITS) {
  return collectImagesInPage(result.contentHtml, result.url, result.leadImage?.src ?? '', limits);
}
