/**
 * Splits the normalised buffer into word tokens, with three hashes each (all folded char by char,
 * no substrings): the exact word, the word with letter runs squeezed (lexicon key), and squeezed
 * stems without a plural/feminine ending ("connards" -> "conard", "connarde" -> "conard").
 * French elisions are split off ("t'es" -> "t'", "es") so the pronoun is its own token.
 */
import { FNV_OFFSET, fnvStep } from './hash';

export interface Tokens {
  count: number;
  start: Int32Array; // index in the normalised buffer
  end: Int32Array; // exclusive
  hash: Int32Array; // exact word
  sq: Int32Array; // squeezed word
  stem1: Int32Array; // squeezed, without a final s/x (or = sq)
  stem2: Int32Array; // stem1 without a final e (or = stem1)
}

const MAX_TOKENS_INIT = 256;
export const tokens: Tokens = {
  count: 0,
  start: new Int32Array(MAX_TOKENS_INIT),
  end: new Int32Array(MAX_TOKENS_INIT),
  hash: new Int32Array(MAX_TOKENS_INIT),
  sq: new Int32Array(MAX_TOKENS_INIT),
  stem1: new Int32Array(MAX_TOKENS_INIT),
  stem2: new Int32Array(MAX_TOKENS_INIT),
};

function grow(): void {
  const size = tokens.start.length * 2;
  for (const k of ['start', 'end', 'hash', 'sq', 'stem1', 'stem2'] as const) {
    const a = new Int32Array(size);
    a.set(tokens[k]);
    tokens[k] = a;
  }
}

export const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && c !== 0x2026 && c !== 0x20ac);
const APOS = 39;
const STAR = 42;
const AT = 64;

/** Letters that elide before an apostrophe in French: c' d' j' l' m' n' s' t' (and qu'). */
const ELIDES = new Set([99, 100, 106, 108, 109, 110, 115, 116]);

function push(buf: Uint16Array, s: number, e: number): void {
  if (tokens.count === tokens.start.length) grow();
  let h = FNV_OFFSET, q = FNV_OFFSET;
  let prev = -1;
  // Squeezed hashes after each squeezed char, to take stems off the end without re-reading.
  let q1 = FNV_OFFSET, q2 = FNV_OFFSET; // hash before the last, and before the last two, squeezed chars
  let last = -1, beforeLast = -1, sqLen = 0;
  for (let k = s; k < e; k++) {
    const c = buf[k];
    h = fnvStep(h, c);
    if (c !== prev) {
      q2 = q1; q1 = q;
      q = fnvStep(q, c);
      beforeLast = last; last = c;
      sqLen++;
    }
    prev = c;
  }
  const i = tokens.count++;
  tokens.start[i] = s;
  tokens.end[i] = e;
  tokens.hash[i] = h;
  tokens.sq[i] = q;
  let stem1 = q, stem1Last = last, stem1Len = sqLen, beforeStem = q1;
  if (sqLen > 3 && (last === 115 || last === 120)) { stem1 = q1; stem1Last = beforeLast; stem1Len--; beforeStem = q2; }
  tokens.stem1[i] = stem1;
  tokens.stem2[i] = stem1Len > 3 && stem1Last === 101 ? beforeStem : stem1;
}

/** Tokenises buf[0, n). Fills the shared `tokens` structure and returns it. */
export function tokenise(buf: Uint16Array, n: number): Tokens {
  tokens.count = 0;
  let i = 0;
  while (i < n) {
    const c = buf[i];
    const startsMention = c === AT && i + 1 < n && isWordChar(buf[i + 1]);
    if (!isWordChar(c) && !startsMention) { i++; continue; }
    let e = i + 1;
    while (e < n) {
      const d = buf[e];
      if (isWordChar(d)) { e++; continue; }
      // Apostrophes and censoring stars inside a word belong to it ("don't", "f*ck").
      if (d === APOS && e + 1 < n && isWordChar(buf[e + 1]) && isWordChar(buf[e - 1])) { e++; continue; }
      if (d === STAR && e + 1 < n && (isWordChar(buf[e + 1]) || buf[e + 1] === STAR)) { e++; continue; }
      break;
    }
    // A lone elided word keeps its apostrophe ("t' es", and the lexicon entry "t'").
    if (e < n && buf[e] === APOS && ((e - i === 1 && ELIDES.has(buf[i])) || (e - i === 2 && buf[i] === 113 && buf[i + 1] === 117))) e++;
    // French elision: "t'es", "l'appli", "qu'il", "jusqu'ici".
    let s = i;
    if (e - s > 2 && buf[s + 1] === APOS && ELIDES.has(buf[s])) {
      push(buf, s, s + 2);
      s += 2;
    } else if (e - s > 3 && buf[s] === 113 && buf[s + 1] === 117 && buf[s + 2] === APOS) {
      push(buf, s, s + 3);
      s += 3;
    }
    push(buf, s, e);
    i = e;
  }
  return tokens;
}
