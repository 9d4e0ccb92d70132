/**
 * npm run eval -- --task hostility|rumour|match|radar --data FILE.jsonl [...]
 * Each task lives in scripts/eval/<task>.ts and exports `run(args)`; its LAST printed line is one
 * JSON object (the output format is a contract). Bad input: a message on stderr, exit code 2.
 */
import { parseArgs, stringArg, UsageError } from './lib/args';
import { InputError } from './lib/jsonl';

const TASKS: Record<string, () => Promise<{ run(args: Map<string, string | true>): Promise<void> }>> = {
  hostility: () => import('./eval/classify'),
  rumour: () => import('./eval/classify'),
  match: () => import('./eval/match'),
  radar: () => import('./eval/radar'),
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const task = stringArg(args, 'task');
  if (!task || !(task in TASKS)) throw new UsageError(`--task must be one of ${Object.keys(TASKS).join(', ')}`);
  const mod = await TASKS[task]();
  await mod.run(args);
}

main().catch((e) => {
  if (e instanceof UsageError || e instanceof InputError) {
    console.error(`eval: ${e.message}`);
    process.exit(2);
  }
  console.error(e);
  process.exit(1);
});
