import { defineConfig } from 'vitest/config';

// Unit tests run under jsdom: DOMPurify is not safe under happy-dom. End-to-end tests have their
// own config (vitest.e2e.config.ts) and run in real Chromium and Firefox.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['{lib,cli,bench,utils,components,entrypoints,tests}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**'],
    testTimeout: 30000,
  },
});
