// Runs the insertion e2e test on its own (the root config excludes test/e2e and uses happy-dom):
//   npx vitest run --config test/e2e/editors/vitest.config.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export default defineConfig({
  root: repoRoot,
  test: {
    environment: 'node',
    include: ['test/e2e/insert.e2e.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
