/**
 * npm run bench [-- --only NAME,...]: runs every benchmark in scripts/bench/ and prints one JSON line
 * each (format is a contract, see the issues). Each module exports `run(): Promise<object | object[]>`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, stringArg } from './lib/args';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const only = stringArg(args, 'only')?.split(',');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) {
    const name = f.replace(/\.ts$/, '');
    if (only && !only.includes(name)) continue;
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { run(): Promise<object | object[]> };
    const out = await mod.run();
    for (const line of Array.isArray(out) ? out : [out]) console.log(JSON.stringify(line));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
