/**
 * Stage 0 of the rumour training: one score per English word from pretrained word vectors. The
 * vectors (scripts/data/embeddings-en.json, made once by scripts/embeddings.ts from GloVe) are read
 * here and never shipped. A weighted ridge logistic regression of each training row's label on the
 * mean vector of its eligible words (as features.ts selects them) gives a direction u; a word's score
 * is u · e(w) (a linear model of the mean vector is the mean of these scores), centred on the median
 * word and quantised to int8 as it ships. The table is installed before features are extracted, so
 * the model is trained on exactly what lib/classify will compute.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Matrix, solve } from 'ml-matrix';
import { analyse, wordScoreEligible } from '../../lib/classify/features';
import { tokens } from '../../lib/classify/tokens';
import { decodeBase64, encodeBase64 } from '../../lib/classify/base64';
import { hashString } from '../../lib/classify/hash';
import { decodeWordScores, useWordScores, type WordScoresFile } from '../../lib/classify/wordscores';
import { repoRoot, type Row } from './data';

export const EMBEDDINGS_PATH = path.join(repoRoot, 'scripts/data/embeddings-en.json');

/** scripts/data/embeddings-en.json (see scripts/embeddings.ts). */
export interface EmbeddingsFile {
  format: 'vigie-embeddings-1';
  source: string;
  dims: number;
  explainedVariance: number;
  /** Per component: value = int8 * scale. */
  scales: number[];
  /** Space-separated, in the order of the vectors. */
  words: string;
  /** int8, words x dims, base64. */
  vectors: string;
}

export interface Embeddings {
  dims: number;
  words: string[];
  /** Each word's vector, by the hash tokens.ts gives the normalised word. */
  byHash: Map<number, Float32Array>;
}

export function loadEmbeddings(file = EMBEDDINGS_PATH): Embeddings {
  const f = JSON.parse(readFileSync(file, 'utf8')) as EmbeddingsFile;
  if (f.format !== 'vigie-embeddings-1') throw new Error(`${file}: unknown format ${String(f.format)}`);
  const words = f.words.split(' ');
  const bytes = decodeBase64(f.vectors);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (q.length !== words.length * f.dims) throw new Error(`${file}: expected ${words.length * f.dims} values, got ${q.length}`);
  const byHash = new Map<number, Float32Array>();
  words.forEach((w, i) => {
    const v = new Float32Array(f.dims);
    for (let k = 0; k < f.dims; k++) v[k] = q[i * f.dims + k] * f.scales[k];
    byHash.set(hashString(w), v);
  });
  return { dims: f.dims, words, byHash };
}

/** Weighted ridge logistic regression by Newton's method (d up to about 100; each step solved by ml-matrix): weights, then the bias. */
export function ridgeLogistic(X: Float32Array[], y: ArrayLike<number>, w: ArrayLike<number>, l2: number, iterations = 12): Float64Array {
  const d = X[0].length, p = d + 1;
  const beta = new Float64Array(p);
  let total = 0;
  for (let i = 0; i < X.length; i++) total += w[i];
  const x = new Float64Array(p);
  for (let it = 0; it < iterations; it++) {
    const g = new Float64Array(p);
    const H = Array.from({ length: p }, () => new Float64Array(p));
    for (let i = 0; i < X.length; i++) {
      for (let k = 0; k < d; k++) x[k] = X[i][k];
      x[d] = 1;
      let z = 0;
      for (let k = 0; k < p; k++) z += beta[k] * x[k];
      const pr = 1 / (1 + Math.exp(-z));
      const wi = w[i] / total, r = wi * (pr - y[i]), h = wi * pr * (1 - pr);
      for (let a = 0; a < p; a++) {
        g[a] += r * x[a];
        const hx = h * x[a];
        for (let b = a; b < p; b++) H[a][b] += hx * x[b];
      }
    }
    for (let a = 0; a < d; a++) { g[a] += l2 * beta[a]; H[a][a] += l2; }
    H[d][d] += 1e-9;
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) H[a][b] = H[b][a];
    const step = solve(new Matrix(H.map((r) => Array.from(r))), Matrix.columnVector(Array.from(g))).getColumn(0);
    for (let k = 0; k < p; k++) beta[k] -= step[k];
  }
  return beta;
}

/** Learns the word scores from the training rows (not French) and their training weights; installs and returns them. */
export function fitWordScores(rows: Row[], weights: Float32Array, emb: Embeddings, l2: number, log: (s: string) => void,
  use: (r: Row) => boolean = () => true): WordScoresFile {
  const X: Float32Array[] = [], y: number[] = [], w: number[] = [];
  rows.forEach((r, i) => {
    if (!use(r) || analyse(r.text) === 'fr') return;
    const m = new Float32Array(emb.dims);
    let n = 0;
    for (let t = 0; t < tokens.count; t++) {
      if (!wordScoreEligible(tokens, t)) continue;
      const v = emb.byHash.get(tokens.hash[t]);
      if (!v) continue;
      for (let k = 0; k < emb.dims; k++) m[k] += v[k];
      n++;
    }
    if (n === 0) return;
    for (let k = 0; k < emb.dims; k++) m[k] /= n;
    X.push(m); y.push(r.y); w.push(weights[i]);
  });
  const u = ridgeLogistic(X, y, w, l2).subarray(0, emb.dims);
  const raw = emb.words.map((word) => {
    const v = emb.byHash.get(hashString(word))!;
    let s = 0;
    for (let k = 0; k < emb.dims; k++) s += u[k] * v[k];
    return s;
  });
  // Centred on the median word: ordinary words score about 0 (and round to 0: left out of the table).
  const median = [...raw].sort((a, b) => a - b)[raw.length >> 1];
  const scale = raw.reduce((m, s) => Math.max(m, Math.abs(s - median)), 0) / 127;
  const keys: number[] = [], q: number[] = [];
  emb.words.forEach((word, i) => {
    const v = Math.round((raw[i] - median) / scale);
    if (v !== 0) { keys.push(hashString(word)); q.push(v); }
  });
  log(`word scores: fitted on ${X.length} rows, ${keys.length} words scored (of ${emb.words.length})`);
  const file: WordScoresFile = {
    scale,
    keys: encodeBase64(new Uint8Array(Int32Array.from(keys).buffer)),
    values: encodeBase64(new Uint8Array(Int8Array.from(q).buffer)),
  };
  useWordScores(decodeWordScores(file));
  return file;
}
