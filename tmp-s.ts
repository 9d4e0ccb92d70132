import { readFileSync } from 'node:fs';
import { classify, explain } from './lib/classify/index';
import { useModels } from './lib/classify/models';
const [w, f] = process.argv.slice(2);
useModels({ hostility: JSON.parse(readFileSync(w, 'utf8')) });
const rows = readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let fp = 0;
for (const r of rows) {
  const v = classify(r.text);
  if (r.label === 'neutral' && v.hostility.flagged && fp++ < 15) console.log('FP', v.hostility.score.toFixed(2), r.text.slice(0, 110).replace(/\n/g, ' '), '||', explain(r.text).filter(x => x.axis === 'hostility').slice(0, 3).map(x => `${x.label}:${r.text.slice(x.start, x.end)}:${x.weight.toFixed(1)}`).join(' '));
}
