/**
 * npm run eval -- --task hostility|rumour --data FILE.jsonl [--sensitivity low|balanced|high] [--weights DIR]
 *
 * Reads JSON Lines {"text","lang","label"}; rows with other labels are skipped (for --task rumour,
 * `neutral` rows such as brand_traffic.jsonl's customer messages count as non-rumours); `lang` only groups
 * the figures (the classifier detects its own). Prints, as its LAST line, one JSON object:
 * {"task","n","precision","recall","f1","auc","fpr","byLang":{...}} with the positive class hostile (or rumour).
 * --weights DIR evaluates weights written by `npm run train -- --out DIR` (cross-source runs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringArg, UsageError } from '../lib/args';
import { InputError, readJsonl, resolveUserPath } from '../lib/jsonl';
import { binaryFigures, figuresBy } from '../lib/metrics';
import { SENSITIVITIES, type Sensitivity } from '../../lib/types';
import { classify } from '../../lib/classify/index';
import { useModels } from '../../lib/classify/models';
import type { ModelFile } from '../../lib/classify/model';

const LABELS = { hostility: ['hostile', 'neutral'], rumour: ['rumour', 'non_rumour'] } as const;
/** Other labels read as the negative class: brand_traffic.jsonl is weakly labelled `neutral` on both axes. */
const ALSO_NEGATIVE: Record<'hostility' | 'rumour', string[]> = { hostility: [], rumour: ['neutral'] };

export async function run(args: Map<string, string | true>): Promise<void> {
  const task = stringArg(args, 'task');
  if (task !== 'hostility' && task !== 'rumour') throw new UsageError('--task must be hostility or rumour');
  const data = stringArg(args, 'data');
  if (!data) throw new UsageError('--data FILE.jsonl is required');
  const sensitivity = (stringArg(args, 'sensitivity') ?? 'balanced') as Sensitivity;
  if (!SENSITIVITIES.includes(sensitivity)) throw new UsageError(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
  const weights = stringArg(args, 'weights');
  if (weights) {
    const file = path.join(resolveUserPath(weights), `${task}.json`);
    let parsed: ModelFile;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
    } catch (e) {
      throw new InputError(`cannot read weights ${file}: ${(e as Error).message}`);
    }
    useModels({ [task]: parsed });
  }

  const [positive, negative] = LABELS[task];
  const file = resolveUserPath(data);
  const scored: Array<{ positive: boolean; predicted: boolean; score: number; lang: string }> = [];
  for (const { line, row } of readJsonl(file)) {
    if (row.label !== positive && row.label !== negative && !ALSO_NEGATIVE[task].includes(String(row.label))) continue;
    if (typeof row.text !== 'string') throw new InputError(`${file}: line ${line}: "text" must be a string`);
    const v = classify(row.text, { sensitivity });
    const axis = task === 'hostility' ? v.hostility : v.rumour;
    scored.push({
      positive: row.label === positive,
      predicted: axis.flagged,
      score: axis.score,
      lang: typeof row.lang === 'string' && row.lang !== '' ? row.lang : 'unknown',
    });
  }
  const all = binaryFigures(scored);
  const byLang = figuresBy(scored, (r) => r.lang);
  console.log(JSON.stringify({
    task, n: all.n, precision: all.precision, recall: all.recall, f1: all.f1, auc: all.auc, fpr: all.fpr,
    byLang: Object.fromEntries(Object.entries(byLang).map(([k, f]) => [k, { n: f.n, precision: f.precision, recall: f.recall, f1: f.f1, fpr: f.fpr, auc: f.auc }])),
  }));
}
