/**
 * npm run demo [-- --headless] [--fast] [--docs] [--out DIR]
 *
 * Shows Vigie at work on a fictional brand's crisis (Cacao & Co), with no social-media account:
 * see scripts/demo/run.ts. Exit code 0 when the headless run showed flags, a reply inserted and
 * read back, an escalation delivered to the local receiver, and the radar at "alert".
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stringArg, UsageError } from './lib/args';
import { formatSummary, runDemo, summaryLine } from './demo/run';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run demo [-- --headless] [--fast] [--docs] [--out DIR]';
const KNOWN = new Set(['headless', 'fast', 'docs', 'out', 'help']);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  for (const name of args.keys()) if (!KNOWN.has(name)) throw new UsageError(`unknown option --${name}`);
  if (args.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const headless = args.has('headless');
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new UsageError('no display here (DISPLAY is not set): run the same scenario without a window with  npm run demo -- --headless');
  }
  if (args.has('docs') && !headless) throw new UsageError('--docs needs --headless (the screenshots come from the headless run)');
  const summary = await runDemo({
    repo,
    headless,
    fast: args.has('fast'),
    docs: args.has('docs'),
    outDir: path.resolve(repo, stringArg(args, 'out') ?? 'demo-output'),
    log: (line) => console.log(line),
  });
  console.log(formatSummary(summary));
  console.log(summaryLine(summary));
  return summary.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`demo failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
