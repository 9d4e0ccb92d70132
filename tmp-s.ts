import { readFileSync } from 'node:fs';
import { classify } from './lib/classify/index';
import { useModels } from './lib/classify/models';
useModels({ hostility: JSON.parse(readFileSync('/tmp/vigie-eval/x-base-olid/hostility.json', 'utf8')) });
const rows = readFileSync('/tmp/vigie-eval/x-base-olid/heldout-olid.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let fn = 0, fp = 0;
for (const r of rows.slice(0, 3000)) {
  const v = classify(r.text);
  if (r.label === 'hostile' && v.hostility.score < 0.2 && fn++ < 12) console.log('FN', v.hostility.score.toFixed(2), r.text.slice(0, 140));
  if (r.label === 'neutral' && v.hostility.score > 0.6 && fp++ < 12) console.log('FP', v.hostility.score.toFixed(2), r.text.slice(0, 140));
}
