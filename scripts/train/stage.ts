/**
 * Training of the hostility model's non-linear stage (lib/classify/stage.ts): gradient-boosted
 * shallow trees (Newton leaves, histogram splits) over the linear logit and a few dense features,
 * starting from the margin a * logit + b (Platt on the same logits), weighted log-loss with the
 * linear stages' row weights (each source √n, classes balanced within it). Deterministic.
 */
import type { StageFile } from '../../lib/classify/stage';
import { D, DENSE_NAMES } from '../../lib/classify/features';
import { platt } from './calibrate';
import { logit, train, type FeatureMatrix, type TrainOptions } from './logreg';
import { mulberry32 } from './prng';

export interface StageConfig {
  /** Dense feature names the trees read besides the logit (input 0). */
  inputs: string[];
  /** The training rows' logits come from k models, each trained without one fold (out of fold). */
  folds: number;
  rounds: number;
  depth: number;
  /** Factor on each tree's Newton leaf values. */
  shrink: number;
  /** L2 on leaf values (in units of row weight; the weights average 1). */
  lambda: number;
  /** Smallest sum of hessians in a leaf. */
  minChildWeight: number;
  /** At most this many candidate thresholds + 1 per input (quantiles). */
  maxBins: number;
}

const sig = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Candidate thresholds of one input: midpoints between distinct values, at most maxBins - 1 (quantiles). */
function cutPoints(values: Float64Array, maxBins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (const v of sorted) if (distinct.length === 0 || v !== distinct[distinct.length - 1]) distinct.push(v);
  const cuts: number[] = [];
  if (distinct.length <= maxBins) {
    for (let k = 1; k < distinct.length; k++) cuts.push(r6((distinct[k - 1] + distinct[k]) / 2));
    return cuts;
  }
  for (let k = 1; k < maxBins; k++) {
    const v = sorted[Math.floor((k * sorted.length) / maxBins)];
    const i = distinct.indexOf(v);
    if (i > 0) { const t = r6((distinct[i - 1] + v) / 2); if (cuts[cuts.length - 1] !== t) cuts.push(t); }
  }
  return cuts;
}

/** Boosted trees on inputs x (row-major n x F, input 0 the logit), labels y, row weights w. */
export function fitTrees(inputs: string[], x: Float64Array, y: ArrayLike<number>, w: ArrayLike<number>, o: StageConfig,
  log: (s: string) => void): StageFile {
  const n = y.length, F = inputs.length;
  const base = platt(Array.from({ length: n }, (_, i) => ({ z: x[i * F], y: y[i] as 0 | 1, w: w[i], group: '' })));
  const a = r6(base.a), b = r6(base.b);
  const m = Float64Array.from({ length: n }, (_, i) => a * x[i * F] + b);
  const cuts = Array.from({ length: F }, (_, f) => cutPoints(Float64Array.from({ length: n }, (_, i) => x[i * F + f]), o.maxBins));
  const B = Math.max(...cuts.map((c) => c.length)) + 1;
  // Bin of each row for each input: how many cut points lie below its value (right of cut j when bin > j).
  const bin = new Uint8Array(n * F);
  for (let i = 0; i < n; i++) for (let f = 0; f < F; f++) {
    const v = x[i * F + f], c = cuts[f];
    let k = 0;
    while (k < c.length && v > c[k]) k++;
    bin[i * F + f] = k;
  }
  const inner = (1 << o.depth) - 1;
  const feature: number[] = [], threshold: number[] = [], leaf: number[] = [];
  const g = new Float64Array(n), h = new Float64Array(n), node = new Int32Array(n);
  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < n; i++) { const p = sig(m[i]); g[i] = w[i] * (p - y[i]); h[i] = w[i] * p * (1 - p); }
    node.fill(0);
    // A node without a useful split sends every row left (threshold 1e30); its right subtree's leaves stay 0.
    const tf = new Array<number>(inner).fill(0), tt = new Array<number>(inner).fill(1e30);
    for (let level = 0; level < o.depth; level++) {
      const first = (1 << level) - 1, count = 1 << level;
      const HG = new Float64Array(count * F * B), HH = new Float64Array(count * F * B);
      for (let i = 0; i < n; i++) {
        const k = node[i] - first;
        for (let f = 0; f < F; f++) { const j = (k * F + f) * B + bin[i * F + f]; HG[j] += g[i]; HH[j] += h[i]; }
      }
      for (let k = 0; k < count; k++) {
        let best = 0;
        for (let f = 0; f < F; f++) {
          let G = 0, H = 0;
          for (let j = 0; j < B; j++) { G += HG[(k * F + f) * B + j]; H += HH[(k * F + f) * B + j]; }
          let GL = 0, HL = 0;
          for (let j = 0; j < cuts[f].length; j++) {
            GL += HG[(k * F + f) * B + j]; HL += HH[(k * F + f) * B + j];
            const GR = G - GL, HR = H - HL;
            if (HL < o.minChildWeight || HR < o.minChildWeight) continue;
            const gain = (GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - (G * G) / (H + o.lambda);
            if (gain > best + 1e-12) { best = gain; tf[first + k] = f; tt[first + k] = cuts[f][j]; }
          }
        }
      }
      for (let i = 0; i < n; i++) { const t = node[i]; node[i] = 2 * t + (x[i * F + tf[t]] > tt[t] ? 2 : 1); }
    }
    const LG = new Float64Array(inner + 1), LH = new Float64Array(inner + 1);
    for (let i = 0; i < n; i++) { LG[node[i] - inner] += g[i]; LH[node[i] - inner] += h[i]; }
    const values = Array.from(LG, (G, k) => r6((-o.shrink * G) / (LH[k] + o.lambda)));
    for (let i = 0; i < n; i++) m[i] += values[node[i] - inner];
    feature.push(...tf); threshold.push(...tt); leaf.push(...values);
  }
  let loss = 0, W = 0;
  for (let i = 0; i < n; i++) { const p = sig(m[i]); loss -= w[i] * Math.log(y[i] ? p : 1 - p); W += w[i]; }
  log(`hostility stage: ${o.rounds} trees of depth ${o.depth} over ${inputs.join(', ')}; base ${a} z + ${b}; training log-loss ${(loss / W).toFixed(4)}`);
  return { kind: 'trees', inputs, base: { a, b }, depth: o.depth, feature, threshold, leaf };
}

/**
 * Fits the stage on the training rows (rows 0..n-1 of X). The final model's own logits on its
 * training rows are overconfident (the n-grams learned those rows), so the trees read the logits of
 * k models each trained without the row's fold (seeded folds), as the logit of a new comment is.
 */
export function fitStage(cfg: StageConfig, X: FeatureMatrix, n: number, y: Uint8Array, weights: Float32Array, opts: TrainOptions,
  log: (s: string) => void): StageFile {
  const z = new Float64Array(n);
  const ids = Array.from({ length: n }, (_, i) => i);
  const rand = mulberry32(opts.seed ^ 0x5eed);
  const fold = ids.map(() => Math.floor(rand() * cfg.folds));
  for (let k = 0; k < cfg.folds; k++) {
    const fit = train(X, ids.filter((i) => fold[i] !== k), y, weights, opts);
    for (let i = 0; i < n; i++) if (fold[i] === k) z[i] = logit(fit, X, i);
  }
  const inputs = ['logit', ...cfg.inputs];
  const src = cfg.inputs.map((name) => {
    const j = (DENSE_NAMES as readonly string[]).indexOf(name);
    if (j < 0) throw new Error(`stage input "${name}" is not a dense feature`);
    return j;
  });
  const F = inputs.length;
  const x = new Float64Array(n * F);
  for (let i = 0; i < n; i++) {
    x[i * F] = z[i];
    for (let f = 1; f < F; f++) x[i * F + f] = X.dense[i * D + src[f - 1]];
  }
  // Rows that train the n-grams only (contrast templates) are not comments: the trees, which learn
  // what a logit means at each length, do not see them.
  const treeWeights = Float32Array.from(weights.subarray(0, n), (w, i) => (opts.ngramOnly?.[i] === 1 ? 0 : w));
  return fitTrees(inputs, x, y.subarray(0, n), treeWeights, cfg, log);
}
