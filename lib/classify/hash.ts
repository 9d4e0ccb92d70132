/**
 * 32-bit FNV-1a hashing over UTF-16 code units. Features and lexicon entries are identified by
 * these hashes so the hot path never builds substrings: a word's hash is folded as it is read.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Hash of a whole string (used to compile lexicons; the hot path folds char by char). */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** Hash of a string with runs of the same character squeezed to one ("idiooot" = "idiot"). */
export function squeezedHash(s: string): number {
  let h = FNV_OFFSET;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === prev) continue;
    h = fnvStep(h, c);
    prev = c;
  }
  return h;
}

/** Combines two hashes into one (word bigrams, feature namespaces). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12) ^ b, 0x297a2d39);
  return h ^ (h >>> 15);
}
