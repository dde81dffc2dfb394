// TEST-ONLY (built only with `wxt build --mode e2e`, see wxt.config.ts): automation cannot click
// the toolbar button, so a fixture page asks for the same action with a window event.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, TabAction } from '../utils/messages';

const ACTIONS = ['toggle-reader', 'open-reader', 'close-reader', 'toggle-clean', 'clean', 'status', 'open-popup', 'save-page', 'library-count'];

export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    window.addEventListener('saar-e2e', (e) => {
      const action = String((e as CustomEvent).detail ?? '');
      const reply = (detail: string) => window.dispatchEvent(new CustomEvent('saar-e2e-reply', { detail }));
      if (action === 'popup-url') return reply(browser.runtime.getURL('/popup.html'));
      // `set-prefs:{json}` writes reading prefs from the background, as the popup would.
      const prefs = action.startsWith('set-prefs:') ? (JSON.parse(action.slice('set-prefs:'.length)) as Record<string, unknown>) : undefined;
      // `set-site:{json}` stores this site's auto choices, as the popup does after the permission prompt.
      const site = action.startsWith('set-site:') ? (JSON.parse(action.slice('set-site:'.length)) as { autoReader?: boolean; autoClean?: boolean }) : undefined;
      // `save-link:URL` does what the link context menu's "Save link for later" does.
      const link = action.startsWith('save-link:') ? new URL(action.slice('save-link:'.length), location.href).href : undefined;
      if (!prefs && !site && !link && !ACTIONS.includes(action)) return;
      browser.runtime
        .sendMessage({ type: 'saar:e2e', action: (prefs || site || link ? 'status' : action) as TabAction | 'open-popup', prefs, site, link } satisfies BackgroundRequest)
        .then((status) => reply(JSON.stringify(status ?? null)))
        .catch((err: unknown) => reply(JSON.stringify({ error: String(err) })));
    });
    document.documentElement.dispatchEvent(new CustomEvent('saar-e2e-ready'));
  },
});
