import { defineConfig } from 'vitest/config';

// One runner for the whole monorepo: unit tests beside code, integration and e2e under e2e/.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that start PGlite or Chromium are heavy; two cores, so keep parallelism modest.
    globalSetup: ['e2e/global-setup.ts'],
    maxWorkers: 2,
    fileParallelism: true,
  },
});
