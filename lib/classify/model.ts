/**
 * A trained linear model as shipped: hashed sparse weights quantised to int16 (base64), dense
 * weights for the lexicon/surface features, Platt calibration, and the per-sensitivity thresholds
 * chosen on held-out development data by the training script (scripts/train).
 */
import type { Sensitivity } from '../types';
import { decodeBase64 } from './base64';
import { D as D_IMPORT, DENSE_NAMES, feats as featsImport } from './features';
import { decodeWordScores, useWordScores, type WordScoresFile } from './wordscores';
import { decodeStage, type Stage, type StageFile } from './stage';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const D = D_IMPORT;
const feats = featsImport;

/** The JSON written by `npm run train` (lib/classify/weights/*.json). */
export interface ModelFile {
  format: 'vigie-linear-1';
  task: 'hostility' | 'rumour';
  bits: number;
  /** Sparse weight = int16 * scale. */
  scale: number;
  weights: string;
  denseNames: string[];
  dense: number[];
  calibration: { a: number; b: number };
  /** Calibrated score at or above which a comment is flagged, per sensitivity. */
  thresholds: Record<Sensitivity, number>;
  /** Hostility only: highest score given to profanity aimed at no one, or to a group named without an attack (between high and balanced). */
  profanityCap?: number;
  /** Rumour only: the learned score of each English word (features embed_mean, embed_max; wordscores.ts). */
  wordScores?: WordScoresFile;
  /** Hostility only: a non-linear stage over the linear logit and the dense features (stage.ts), before calibration. */
  stage?: StageFile;
  /** Provenance: sources, row counts, seed, held-out figures. No training text. */
  meta: Record<string, unknown>;
}

export interface Model {
  file: ModelFile;
  mask: number;
  /** Sparse weights as shipped (int16); weight = q[i] * scale. A view on the decoded bytes, not a copy. */
  q: Int16Array;
  scale: number;
  dense: Float32Array;
  stage: Stage | null;
  /** Reads no place names (the rumour model: lexicons/places.ts): its sparse features stop at feats.nShared. */
  placeBlind: boolean;
}

/** The rumour model reads no place names: where a claim happens says nothing of whether it is a rumour. */
export const readsPlaces = (task: ModelFile['task']) => task !== 'rumour';

export function decodeModel(file: ModelFile): Model {
  if (file.format !== 'vigie-linear-1') throw new Error(`unknown weights format ${String(file.format)}`);
  // Dense features are only ever appended: weights trained before the last ones were added score
  // exactly as they did (the newer features weigh 0). Anything else is another layout.
  if (file.denseNames.length > D || file.denseNames.some((n, i) => n !== DENSE_NAMES[i]) || file.dense.length !== file.denseNames.length) {
    throw new Error(`weights for ${file.task} were trained with other dense features: run npm run train`);
  }
  const bytes = decodeBase64(file.weights);
  const size = 1 << file.bits;
  if (bytes.length !== size * 2) throw new Error(`weights for ${file.task}: expected ${size * 2} bytes, got ${bytes.length}`);
  // Little-endian int16 as written by the training script (every browser and Node target is little-endian).
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, size);
  const dense = new Float32Array(D);
  dense.set(file.dense);
  // The word scores are read while features are extracted, before any model scores: one table, that
  // of the model which has one (the rumour model), installed when it is decoded.
  if (file.wordScores) useWordScores(decodeWordScores(file.wordScores));
  return { file, mask: size - 1, q, scale: file.scale, dense, stage: file.stage ? decodeStage(file.stage) : null, placeBlind: !readsPlaces(file.task) };
}

/** Raw log-odds of the features currently in `feats` (call analyse() first). */
export function rawLogit(m: Model): number {
  let s = 0;
  const idx = feats.idx, val = feats.val, q = m.q, mask = m.mask;
  const n = m.placeBlind ? feats.nShared : feats.n;
  for (let i = 0; i < n; i++) s += q[idx[i] & mask] * val[i];
  for (let i = 0; i < feats.lexN; i++) s += q[feats.lexIdx[i] & mask];
  let z = s * m.scale;
  const d = feats.dense, dw = m.dense;
  for (let k = 0; k < D; k++) z += dw[k] * d[k];
  return z;
}

/**
 * Raw log-odds of two models over the same features in one pass (the scoring path: hostility and
 * rumour). Returns the first; the second is left in `pairLogit.second`.
 */
export const pairLogit = { second: 0 };
export function rawLogitPair(a: Model, b: Model): number {
  let sa = 0, sb = 0;
  const idx = feats.idx, val = feats.val, qa = a.q, qb = b.q, ma = a.mask, mb = b.mask;
  const shared = feats.nShared;
  for (let i = 0; i < shared; i++) {
    const h = idx[i], v = val[i];
    sa += qa[h & ma] * v;
    sb += qb[h & mb] * v;
  }
  // Place names' features, for the model that reads them.
  for (let i = shared; i < feats.n; i++) {
    const h = idx[i], v = val[i];
    if (!a.placeBlind) sa += qa[h & ma] * v;
    if (!b.placeBlind) sb += qb[h & mb] * v;
  }
  for (let i = 0; i < feats.lexN; i++) {
    sa += qa[feats.lexIdx[i] & ma];
    sb += qb[feats.lexIdx[i] & mb];
  }
  let za = sa * a.scale, zb = sb * b.scale;
  const d = feats.dense, da = a.dense, db = b.dense;
  for (let k = 0; k < D; k++) {
    za += da[k] * d[k];
    zb += db[k] * d[k];
  }
  pairLogit.second = zb;
  return za;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * How far below a model's high threshold the rules put what is never to be flagged, at any
 * sensitivity (a colour word alone, conversation without a claim): crisis mode raises the
 * sensitivity to high, and a moderator in a crisis must not find ordinary comments among the flags.
 */
export const NEVER_FLAGGED_MARGIN = 0.02;

/** The highest score no sensitivity flags, for a model's thresholds. */
export const neverFlaggedCap = (high: number) => Math.max(0, high - NEVER_FLAGGED_MARGIN);

/**
 * What one unit of raw logit is worth in calibrated log-odds, locally: the Platt slope, times the
 * slope of the hostility stage's starting margin when there is one (its trees are steps, flat
 * between their splits). Explanations express each word's and each list's weight with it.
 */
export const calibratedSlope = (m: Model) => m.file.calibration.a * (m.stage?.a ?? 1);

/** Calibrated log-odds (Platt): what sensitivities and cue priors are expressed in. */
export const calibratedLogit = (m: Model, z: number) => m.file.calibration.a * z + m.file.calibration.b;
