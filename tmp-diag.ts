import { readFileSync } from 'node:fs';
import { analyse, feats, DENSE_NAMES, D } from './lib/classify/features';
import { decodeModel } from './lib/classify/model';
import { rocAuc } from './scripts/lib/metrics';
const [file, weights] = process.argv.slice(2);
const m = decodeModel(JSON.parse(readFileSync(weights, 'utf8')));
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const sparse: any[] = [], dense: any[] = [], lex: any[] = [];
const per: number[][] = Array.from({ length: D }, () => []);
const ys: boolean[] = [];
for (const r of rows) {
  analyse(r.text);
  let zs = 0; for (let i = 0; i < feats.n; i++) zs += m.w[feats.idx[i] & m.mask] * feats.val[i];
  let zd = 0; for (let k = 0; k < D; k++) zd += m.dense[k] * feats.dense[k];
  const y = r.label === 'hostile';
  ys.push(y);
  sparse.push({ positive: y, score: zs }); dense.push({ positive: y, score: zd });
  for (let k = 0; k < D; k++) per[k].push(feats.dense[k]);
}
console.log('sparse auc', rocAuc(sparse), 'dense auc', rocAuc(dense), 'sum', rocAuc(sparse.map((s, i) => ({ positive: s.positive, score: s.score + dense[i].score }))));
for (let k = 1; k < D; k++) {
  const fire = per[k].filter((v) => v > 0).length;
  if (!fire) continue;
  const pos = per[k].filter((v, i) => v > 0 && ys[i]).length;
  console.log(DENSE_NAMES[k].padEnd(22), 'w', m.dense[k].toFixed(2).padStart(6), 'fires', String(fire).padStart(5), 'P(hostile|fire)', (pos / fire).toFixed(2), 'auc', rocAuc(per[k].map((v, i) => ({ positive: ys[i], score: v })))?.toFixed(3));
}
console.log('base rate', ys.filter(Boolean).length / ys.length);
