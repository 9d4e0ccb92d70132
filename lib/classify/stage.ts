/**
 * The hostility model's non-linear stage: shallow boosted trees over the linear model's raw logit
 * and dense features (shipped: the text's length). A linear model adds evidence up the same way
 * whatever the text's length, but its n-gram logit means something else in a long comment (many
 * small n-gram weights, one hostile word among many) than in a short one; the trees learn that
 * interplay. They return a new raw logit, which the model's Platt calibration then maps.
 * Trees are complete binary trees of one depth, split nodes in heap order.
 */
import { DENSE_NAMES } from './features';

export interface StageFile {
  kind: 'trees';
  /** 'logit' (the linear model's raw logit) or a dense feature name. */
  inputs: string[];
  /** Starting margin: base.a * logit + base.b, to which every tree adds one leaf. */
  base: { a: number; b: number };
  depth: number;
  /** Per tree, 2^depth - 1 split nodes: input index and threshold (go right when input > threshold). */
  feature: number[];
  threshold: number[];
  /** Per tree, 2^depth leaf values. */
  leaf: number[];
}

export interface Stage {
  /** Per input: dense index, or -1 for the logit. */
  src: Int32Array;
  a: number;
  b: number;
  depth: number;
  trees: number;
  feature: Int32Array;
  threshold: Float64Array;
  leaf: Float64Array;
  /** Scratch: the inputs of the current text. */
  x: Float64Array;
}

export function decodeStage(f: StageFile): Stage {
  if (f.kind !== 'trees') throw new Error(`unknown stage kind ${String(f.kind)}`);
  const src = Int32Array.from(f.inputs, (n) => {
    if (n === 'logit') return -1;
    const i = (DENSE_NAMES as readonly string[]).indexOf(n);
    if (i < 0) throw new Error(`stage input "${n}" is not a dense feature: run npm run train`);
    return i;
  });
  const inner = (1 << f.depth) - 1, trees = f.leaf.length >> f.depth;
  if (f.leaf.length !== trees << f.depth || f.feature.length !== trees * inner || f.threshold.length !== f.feature.length ||
    f.feature.some((i) => i < 0 || i >= src.length)) {
    throw new Error('stage: tree arrays of inconsistent lengths');
  }
  return {
    src, a: f.base.a, b: f.base.b, depth: f.depth, trees,
    feature: Int32Array.from(f.feature), threshold: Float64Array.from(f.threshold), leaf: Float64Array.from(f.leaf),
    x: new Float64Array(src.length),
  };
}

/** The stage's raw logit for a text whose linear logit is z and dense features are d. */
export function stageLogit(s: Stage, z: number, d: ArrayLike<number>): number {
  const x = s.x, src = s.src, depth = s.depth, inner = (1 << depth) - 1;
  for (let i = 0; i < src.length; i++) x[i] = src[i] < 0 ? z : d[src[i]];
  let out = s.a * z + s.b;
  for (let t = 0, base = 0; t < s.trees; t++, base += inner) {
    let node = 0;
    while (node < inner) node = 2 * node + (x[s.feature[base + node]] > s.threshold[base + node] ? 2 : 1);
    out += s.leaf[(t << depth) + node - inner];
  }
  return out;
}
