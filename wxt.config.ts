import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Entrypoints that exist only in the test build (`wxt build --mode e2e`). */
const E2E_ONLY_ENTRYPOINTS = ['e2e-hook'];

/**
 * Extension pages (popup, library, offscreen, Firefox's background page) run only our bundled
 * scripts: no inline or remote script, no eval or wasm, no plugins, no <base>, no form posts, and
 * no other site may frame them. Images and fetches stay open: saved articles show their pictures
 * and "save link" fetches pages. WXT's dev server adds its own origin to script-src in `wxt` dev.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'none';";

// WXT 0.20.x: the last line that declares Node 20 support (0.21 asks for Node 22).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too: Firefox ESR has scripting + activeTab in MV3.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // offscreen (Chrome): parse a saved link's page; the service worker has no DOMParser.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Asked for one origin at a time, only when the user turns on "always" for a site.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The test build scripts the local fixture server without a user gesture.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_cmdToggleReader__',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSavePage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'saar@saar.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived later on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      for (let i = entrypoints.length - 1; i >= 0; i--) {
        if (E2E_ONLY_ENTRYPOINTS.includes(entrypoints[i].name)) entrypoints.splice(i, 1);
      }
    },
  },
});
