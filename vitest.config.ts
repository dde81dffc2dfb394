import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/**/*.test.ts', 'cli/**/*.test.ts', 'components/**/*.test.tsx', 'utils/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
