import { readFileSync } from 'node:fs';
import { analyse, feats, D } from './lib/classify/features';
import { decodeModel } from './lib/classify/model';
import { rocAuc } from './scripts/lib/metrics';
const [file, weights] = process.argv.slice(2);
const m = decodeModel(JSON.parse(readFileSync(weights, 'utf8')));
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const S: number[] = [], Dn: number[] = [], Y: boolean[] = [];
for (const r of rows) {
  analyse(r.text);
  let zs = 0; for (let i = 0; i < feats.n; i++) zs += m.w[feats.idx[i] & m.mask] * feats.val[i];
  let zd = 0; for (let k = 0; k < D; k++) zd += m.dense[k] * feats.dense[k];
  S.push(zs); Dn.push(zd); Y.push(r.label === 'hostile' || r.label === 'rumour');
}
for (const a of [0, 0.25, 0.5, 1, 2]) console.log(a, rocAuc(Y.map((y, i) => ({ positive: y, score: Dn[i] + a * S[i] })))?.toFixed(4));
