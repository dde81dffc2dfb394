import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT 0.20.x: the last line that declares Node 20 support (0.21 asks for Node 22).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Saar',
    description: 'Reader mode for news: the summary and the article, without the ads and prompts.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
