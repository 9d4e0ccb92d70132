/**
 * Splits the normalised buffer into word tokens, with hashes folded char by char (no substrings):
 * the exact word and its stems without a plural/feminine ending ("connards", "connarde" -> "connard"),
 * and, for words with a doubled letter, the same with runs squeezed ("idioot" -> "idiot"), so
 * elongations match the lexicons without making "as" match "ass".
 * French elisions are split off ("t'es" -> "t'", "es") so the pronoun is its own token.
 */
import { FNV_OFFSET as FNV_OFFSET_IMPORT, fnvStep as fnvStepImport } from './hash';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const FNV_OFFSET = FNV_OFFSET_IMPORT;
const fnvStep = fnvStepImport;

export interface Tokens {
  count: number;
  start: Int32Array; // index in the normalised buffer
  end: Int32Array; // exclusive
  hash: Int32Array; // exact word
  stem1: Int32Array; // exact word without a final s/x (or = hash)
  stem2: Int32Array; // stem1 without a final e (or = stem1)
  /** 1 if the word has a doubled letter (possibly an elongation, "idioot"): then squeezed forms are tried too. */
  run: Uint8Array;
  /** 1 if the word holds a censoring star ("conn*rd"): masked.ts reads it. */
  starred: Uint8Array;
  sq: Int32Array; // squeezed word
  sqStem1: Int32Array;
  sqStem2: Int32Array;
}

const INIT = 256;
export const tokens: Tokens = {
  count: 0,
  start: new Int32Array(INIT), end: new Int32Array(INIT),
  hash: new Int32Array(INIT), stem1: new Int32Array(INIT), stem2: new Int32Array(INIT),
  run: new Uint8Array(INIT), starred: new Uint8Array(INIT),
  sq: new Int32Array(INIT), sqStem1: new Int32Array(INIT), sqStem2: new Int32Array(INIT),
};

const KEYS = ['start', 'end', 'hash', 'stem1', 'stem2', 'sq', 'sqStem1', 'sqStem2'] as const;
function grow(): void {
  const size = tokens.start.length * 2;
  for (const k of KEYS) {
    const a = new Int32Array(size);
    a.set(tokens[k]);
    tokens[k] = a;
  }
  for (const k of ['run', 'starred'] as const) {
    const r = new Uint8Array(size);
    r.set(tokens[k]);
    tokens[k] = r;
  }
}

/**
 * Folds a hash over buf[s, e), optionally squeezing runs, and returns it with its two stems
 * (without a final s/x when longer than 3, an s not after another s; then without a final e when
 * longer than 3). An English possessive's "'s" goes as a plural's s does: "the cashier's address",
 * "that idiot's face" read the staff word and the insult (a blind probe of a brand's crisis,
 * 2026-11-25: "post the spokesman's phone number" named no one).
 */
let stemA = 0, stemB = 0;
function hashWithStems(buf: Uint16Array, s: number, e: number, squeeze: boolean): number {
  let h = FNV_OFFSET, h1 = FNV_OFFSET, h2 = FNV_OFFSET;
  let last = -1, beforeLast = -1, len = 0;
  for (let k = s; k < e; k++) {
    const c = buf[k];
    if (squeeze && c === last) continue;
    h2 = h1; h1 = h;
    h = fnvStep(h, c);
    beforeLast = last; last = c;
    len++;
  }
  if (len > 4 && last === 115 && beforeLast === APOS) {
    stemA = stemB = h2;
    return h;
  }
  let s1 = h, s1Last = last, s1Len = len, beforeS1 = h1;
  // Not after another s: a word ending in "ss" is no plural ("assess" is not "asses", "class").
  if (len > 3 && (last === 120 || (last === 115 && beforeLast !== 115))) { s1 = h1; s1Last = beforeLast; s1Len--; beforeS1 = h2; }
  stemA = s1;
  stemB = s1Len > 3 && s1Last === 101 ? beforeS1 : s1;
  return h;
}

/** A sentence ends at ".", "!", "?" or a line break. */
export const endsSentence = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;
/** A clause ends at ".", ",", "!", "?" or ";". */
export const endsClause = (c: number) => c === 46 || c === 44 || c === 33 || c === 63 || c === 59;

/** Whether the gap between tokens k and k + 1 of `t` holds a character of `chars` that `mark` accepts. */
export function gapHas(t: Tokens, chars: Uint16Array, k: number, mark: (c: number) => boolean): boolean {
  for (let p = t.end[k]; p < t.start[k + 1]; p++) if (mark(chars[p])) return true;
  return false;
}

export const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && c !== 0x2026 && c !== 0x20ac);
const APOS = 39;
const STAR = 42;
const AT = 64;

/** Letters that elide before an apostrophe in French: c' d' j' l' m' n' s' t' (and qu'). */
const ELIDES = new Uint8Array(128);
for (const c of [99, 100, 106, 108, 109, 110, 115, 116]) ELIDES[c] = 1;
const elides = (c: number) => c < 128 && ELIDES[c] === 1;

function push(buf: Uint16Array, s: number, e: number): void {
  if (tokens.count === tokens.start.length) grow();
  const i = tokens.count++;
  tokens.start[i] = s;
  tokens.end[i] = e;
  tokens.hash[i] = hashWithStems(buf, s, e, false);
  tokens.stem1[i] = stemA; tokens.stem2[i] = stemB;
  let run = 0, starred = 0;
  for (let k = s; k < e; k++) {
    if (buf[k] === STAR) starred = 1;
    if (k > s && buf[k] === buf[k - 1]) run = 1;
  }
  tokens.run[i] = run;
  tokens.starred[i] = starred;
  if (run) {
    tokens.sq[i] = hashWithStems(buf, s, e, true);
    tokens.sqStem1[i] = stemA; tokens.sqStem2[i] = stemB;
  } else {
    tokens.sq[i] = tokens.hash[i]; tokens.sqStem1[i] = tokens.stem1[i]; tokens.sqStem2[i] = tokens.stem2[i];
  }
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
    if (e < n && buf[e] === APOS && ((e - i === 1 && elides(buf[i])) || (e - i === 2 && buf[i] === 113 && buf[i + 1] === 117))) e++;
    // French elision: "t'es", "l'appli", "qu'il", "jusqu'ici".
    let s = i;
    if (e - s > 2 && buf[s + 1] === APOS && elides(buf[s])) {
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
