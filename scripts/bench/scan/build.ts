/** Builds the e2e extension from the current tree into a private folder (see wxt.bench.config.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function buildExtension(repoRoot: string): string {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-build-'));
  const config = path.join(repoRoot, 'scripts/bench/scan/wxt.bench.config.ts');
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e', '-c', config], {
    cwd: repoRoot,
    env: { ...process.env, VIGIE_BENCH_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  const dir = path.join(outDir, 'chrome-mv3-e2e');
  if (result.status !== 0 || !existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`building the e2e extension failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return dir;
}
