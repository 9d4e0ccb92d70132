import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One Chromium at a time on a 2-core machine keeps the runs stable.
    fileParallelism: false,
  },
});
