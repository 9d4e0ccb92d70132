/**
 * Byte filters on word hashes: a rule that needs one of a few rare words reads each token's hash in
 * a byte first, and looks it up in its sets only on a hit (most comments hold none of the words).
 */
import type { HashSet } from '../hash-table';
import { tokens as tokensImport } from '../tokens';

// Local copy: under tsx/CommonJS interop every use of an imported binding is a getter call.
const tokens = tokensImport;

/** A filter of 4,096 bytes over the low bits of every hash of `sets`. */
export function hashFilter(...sets: readonly HashSet[]): Uint8Array {
  const filter = new Uint8Array(1 << 12);
  for (const set of sets) for (const h of set) filter[h & 0xfff] = 1;
  return filter;
}

/** Some token of the last analyse() call is in one of `sets` (`filter` made of them by hashFilter). */
export function anyTokenIn(filter: Uint8Array, sets: readonly HashSet[]): boolean {
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.hash[i];
    if (filter[w & 0xfff] === 0) continue;
    for (let s = 0; s < sets.length; s++) if (sets[s].has(w)) return true;
  }
  return false;
}
