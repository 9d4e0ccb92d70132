/**
 * One score per English word for the rumour model, learned by `npm run train` from pretrained word
 * vectors (GloVe; read at training time only, see scripts/train/embedding.ts): a word no event of the
 * training data used still scores like the words it is used like. What ships is the score alone,
 * int8, keyed by the hash tokens.ts gives the normalised word, inside the rumour weights
 * (`wordScores` of weights/rumour.json). Decoded with that model; looked up once per content word
 * (features.ts: embed_mean, embed_max).
 */
import { decodeBase64 } from './base64';

/** As written in a model file by the training script. */
export interface WordScoresFile {
  /** Score = int8 * scale. */
  scale: number;
  /** int32 word hashes, base64. */
  keys: string;
  /** int8 scores in the order of the keys, base64. */
  values: string;
}

export interface WordTable {
  mask: number;
  /** Open addressing, 0 = empty slot. */
  keys: Int32Array;
  values: Float32Array;
}

let table: WordTable | null = null;
/** Decodes the shipped table on first use (set by models.ts: decoding the rumour model installs it). */
let source: (() => void) | null = null;

/** A look-up table of word hashes and scores (a hash of 0, which no vocabulary word has, is left out). */
export function buildTable(keys: ArrayLike<number>, values: ArrayLike<number>): WordTable {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const t: WordTable = { mask: size - 1, keys: new Int32Array(size), values: new Float32Array(size) };
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] | 0;
    if (k === 0) continue;
    let s = k & t.mask;
    while (t.keys[s] !== 0 && t.keys[s] !== k) s = (s + 1) & t.mask;
    t.keys[s] = k;
    t.values[s] = values[i];
  }
  return t;
}

export function decodeWordScores(file: WordScoresFile): WordTable {
  const kb = decodeBase64(file.keys), vb = decodeBase64(file.values);
  const keys = new Int32Array(kb.buffer, kb.byteOffset, kb.byteLength >> 2);
  const q = new Int8Array(vb.buffer, vb.byteOffset, vb.byteLength);
  if (q.length !== keys.length) throw new Error(`word scores: ${keys.length} keys but ${q.length} values`);
  const values = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) values[i] = q[i] * file.scale;
  return buildTable(keys, values);
}

/** Installs a table (decoding a model file that has one; training; tests). */
export function useWordScores(t: WordTable): void {
  table = t;
}

export function setWordScoresSource(load: () => void): void {
  source = load;
}

function load(): WordTable {
  source?.();
  return table ?? (table = buildTable([], []));
}

/** The score of a word hash; 0 for a word without one. */
export function wordScore(hash: number): number {
  const t = table ?? load();
  const keys = t.keys, mask = t.mask;
  let s = hash & mask;
  for (;;) {
    const k = keys[s];
    if (k === hash) return t.values[s];
    if (k === 0) return 0;
    s = (s + 1) & mask;
  }
}
