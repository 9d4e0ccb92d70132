import { readFileSync } from 'node:fs';
import { classify } from './lib/classify/index';
for (const f of ['hostility', 'brand_traffic', 'rumour']) {
  const texts = readFileSync(`../shared/data/${f}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
  for (let k = 0; k < 4; k++) { const s = performance.now(); for (const t of texts) classify(t); console.log(f, Math.round(texts.length / (performance.now() - s) * 1000)); }
}
