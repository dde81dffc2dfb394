import { defineConfig } from 'vitest/config';

// End-to-end tests: real browsers with the built extension. `npm run test:e2e` builds first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90000,
    hookTimeout: 180000,
  },
});
