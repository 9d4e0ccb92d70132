/** Builds the e2e extension from the current tree into a private folder (see wxt.bench.config.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The built extension, and how to remove its private folder once the benchmark is done. */
export interface BuiltExtension {
  dir: string;
  remove(): void;
}

export function buildExtension(repoRoot: string): BuiltExtension {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-build-'));
  const config = path.join(repoRoot, 'scripts/bench/scan/wxt.bench.config.ts');
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e', '-c', config], {
    cwd: repoRoot,
    env: { ...process.env, VIGIE_BENCH_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  const dir = path.join(outDir, 'chrome-mv3-e2e');
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  if (result.status !== 0 || !existsSync(path.join(dir, 'manifest.json'))) {
    remove();
    throw new Error(`building the e2e extension failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return { dir, remove };
}
