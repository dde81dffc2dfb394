// The reader content script. Registered at runtime only: the background injects it into the
// current tab on demand (activeTab + scripting), so no host permission is needed by default.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser, type Browser } from 'wxt/browser';
import { detectArticle, extractArticleAsync } from '../../lib/index';
import type { DetectResult, ExtractResult } from '../../lib/types';
import { cleanPage, type CleanSession } from '../../utils/clean-page';
import type { BackgroundRequest, TabRequest, TabStatus } from '../../utils/messages';
import { isTabRequestFrom } from '../../utils/message-guards';
import { openReader, type ReaderHandle } from './reader-host';
import { createProgressIndicator } from './progress-indicator';

declare global {
  // eslint-disable-next-line no-var
  var __saarReaderStarted: boolean | undefined;
}

/**
 * A turn of the event loop that also lets a frame paint (so the progress card moves), without
 * waiting on requestAnimationFrame in a hidden tab, where it never fires.
 */
function yieldForPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 50);
  });
}

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Injected again by a second toggle: the first copy is still listening.
    if (globalThis.__saarReaderStarted) return;
    globalThis.__saarReaderStarted = true;

    let detect: DetectResult | null = null;
    let reader: ReaderHandle | null = null;
    let opening: Promise<void> | null = null;
    let clean: CleanSession | null = null;
    // What the open reader view shows; saving uses it instead of extracting our own overlay.
    let shown: ExtractResult | null = null;

    const getDetect = (): DetectResult => {
      if (!detect) {
        try {
          detect = detectArticle(document, location.href);
        } catch (err) {
          detect = { isArticle: false, pageKind: 'other', score: 0, reasons: [`detection failed: ${String(err)}`] };
        }
      }
      return detect;
    };

    const status = (): TabStatus => ({
      detect: getDetect(),
      readerOpen: !!reader || !!opening,
      cleanOn: !!clean,
      cleanChanges: clean?.count ?? 0,
      url: location.href,
    });

    // Huge pages: the recipe gives the event loop a turn between phases, and a progress card
    // shows when it takes long. One extraction at a time, shared by the reader and saving.
    let extracting: Promise<ExtractResult> | null = null;
    const extract = (): Promise<ExtractResult> => {
      if (extracting) return extracting;
      const progress = createProgressIndicator();
      extracting = extractArticleAsync(document, { url: location.href, pageKind: getDetect().pageKind }, { onProgress: progress.update, yieldTo: yieldForPaint }).finally(() => {
        progress.remove();
        extracting = null;
      });
      return extracting;
    };

    const open = async () => {
      if (reader || opening) return opening ?? undefined;
      const d = getDetect();
      opening = (async () => {
        // Extract before the reader is on the page (the progress card sits outside <body>).
        const result = await extract();
        if (reader) return;
        shown = result;
        reader = await openReader(ctx, result, d.isArticle, () => {
          reader = null;
          shown = null;
        });
      })();
      try {
        await opening;
      } finally {
        opening = null;
      }
    };
    const close = () => reader?.close();

    const handle = async (msg: TabRequest): Promise<TabStatus | ExtractResult | { ok: true }> => {
      switch (msg.type) {
        case 'saar:extract':
          // Clean mode only hides things; extraction reads the document, not our changes.
          return shown ?? extract();
        case 'saar:ping':
          return { ok: true };
        case 'saar:toggle-reader':
          if (reader) close();
          else await open();
          break;
        case 'saar:open-reader':
          await open();
          break;
        case 'saar:close-reader':
          close();
          break;
        case 'saar:toggle-clean':
          if (clean) {
            clean.undo();
            clean = null;
          } else clean = cleanPage(document);
          break;
        case 'saar:clean':
          if (clean) clean.rescan();
          else clean = cleanPage(document);
          break;
        case 'saar:status':
          break;
      }
      return status();
    };

    // Requests from the extension only (background, popup), of a known type.
    browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isTabRequestFrom(msg, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
      return handle(msg);
    });
    ctx.onInvalidated(() => {
      globalThis.__saarReaderStarted = false;
      close();
      clean?.undo();
    });

    // Tell the background what detection found, for the toolbar badge.
    void browser.runtime.sendMessage({ type: 'saar:detected', detect: getDetect() } satisfies BackgroundRequest).catch(() => undefined);
  },
});
