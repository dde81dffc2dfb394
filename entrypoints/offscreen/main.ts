// Chrome's offscreen document: fetches a saved link and extracts it (DOMParser is not available in
// the service worker). Answers only the extension's own background.
import { browser, type Browser } from 'wxt/browser';
import { fetchArticle } from '../../utils/library/fetch-pending';
import { isHttpUrl } from '../../utils/library/validate';

browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
  const msg = raw as { type?: string; url?: unknown };
  if (msg?.type !== 'saar:offscreen-extract' || sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (!isHttpUrl(msg.url)) return Promise.resolve({ error: 'bad url' });
  return fetchArticle(msg.url).then(
    (result) => ({ result }),
    (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
  );
});
