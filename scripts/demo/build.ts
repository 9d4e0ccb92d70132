/**
 * The demo build (`wxt build --mode demo` → .output/chrome-mv3-demo): production code plus the demo
 * feature and a loopback host permission for the demo's receiver. Rebuilt when missing or older
 * than any source it is made from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json', 'scripts/demo/scenario'];

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const st = statSync(file);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

export function demoExtensionDir(repo: string): string {
  return path.join(repo, '.output/chrome-mv3-demo');
}

/** True when the demo build is missing or a source changed after it was made. */
export function demoBuildIsStale(repo: string): boolean {
  const manifest = path.join(demoExtensionDir(repo), 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(repo, s)) > built);
}

/** The demo extension to load: VIGIE_DEMO_EXTENSION (a prebuilt demo build), else the repo's, rebuilt if stale. */
export function ensureDemoBuild(repo: string, log: (line: string) => void): string {
  const prebuilt = process.env.VIGIE_DEMO_EXTENSION;
  if (prebuilt) {
    if (!existsSync(path.join(prebuilt, 'manifest.json'))) throw new Error(`VIGIE_DEMO_EXTENSION=${prebuilt} holds no manifest.json`);
    return path.resolve(prebuilt);
  }
  const dir = demoExtensionDir(repo);
  if (!demoBuildIsStale(repo)) return dir;
  log('Building the demo extension (wxt build --mode demo)…');
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`the demo build failed (npx wxt build --mode demo):\n${(r.stdout ?? '').slice(-3000)}${(r.stderr ?? '').slice(-3000)}`);
  }
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`the demo build left no manifest in ${dir}`);
  return dir;
}
