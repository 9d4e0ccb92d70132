// npm run test:e2e: builds the e2e extension, checks for Chromium, runs the end-to-end tests.
// Without Chromium: locally, says how to install it and skips; with CI set, fails.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const how =
    'Chromium is missing: install it with\n' +
    '  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-color-emoji\n' +
    'or point CHROMIUM at a Chromium binary.';
  if (process.env.CI) {
    console.error(`e2e: FAILED. ${how}`);
    process.exit(1);
  }
  console.warn(`e2e: SKIPPED (not in CI). ${how}`);
  process.exit(0);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['wxt', 'build', '--mode', 'e2e']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
