// Chrome's offscreen document: fetches a saved link and extracts it (DOMParser is not available in
// the service worker). Answers only the extension's own background.
import { browser, type Browser } from 'wxt/browser';
import { fetchArticle } from '../../utils/library/fetch-pending';
import { isHttpUrl } from '../../utils/library/validate';
import { collectImagesHere } from '../../utils/library/save-service';

browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
  const msg = raw as { type?: string; url?: unknown; images?: unknown };
  if (msg?.type !== 'saar:offscreen-extract' || sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (!isHttpUrl(msg.url)) return Promise.resolve({ error: 'bad url' });
  // With "keep images offline", the pictures too (sent as data: URLs, checked again by the background).
  return fetchArticle(msg.url).then(
    async (result) => ({ result, ...(msg.images === true ? { images: await collectImagesHere(result) } : {}) }),
    (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
  );
});
