/**
 * Byte filters on word hashes, and gates: a rule that needs one of a few rare words reads each
 * token's hash in a byte first, and looks it up in its sets only on a hit (most comments hold none
 * of the words). The rules that raise a score are asked of every comment (rules/index.ts), so their
 * gates share one pass over the tokens an analysis instead of one each: with fourteen rules added
 * on 2026-11-25, classify() had grown 7–10 % slower, most of it in these walks.
 */
import { feats as featsImport } from '../features';
import type { HashSet } from '../hash-table';
import { tokens as tokensImport } from '../tokens';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const feats = featsImport;
const tokens = tokensImport;

/** A filter of 4,096 bytes over the low bits of every hash of `sets`. */
export function hashFilter(...sets: readonly HashSet[]): Uint8Array {
  const filter = new Uint8Array(1 << 12);
  for (const set of sets) for (const h of set) filter[h & 0xfff] = 1;
  return filter;
}

/** For the low bits of a hash, the gates one of whose words has them. */
const GATE_FILTER = new Int32Array(1 << 12);
const GATE_SETS: (readonly HashSet[])[] = [];

/** Registers a gate over the words of `sets` (at module load); gateOpen(gate) says whether the last analysis holds one. */
export function gate(...sets: readonly HashSet[]): number {
  const bit = GATE_SETS.length;
  if (bit > 30) throw new Error('too many gates: widen the gate masks');
  GATE_SETS.push(sets);
  for (const set of sets) for (const h of set) GATE_FILTER[h & 0xfff] |= 1 << bit;
  return bit;
}

/** The gates open for the last analyse() call, and the analysis they were found for. */
let open = 0, openStamp = -1;

/** Some token of the last analyse() call is a word of the gate's sets. */
export function gateOpen(g: number): boolean {
  if (openStamp !== feats.stamp) {
    openStamp = feats.stamp;
    open = openGates();
  }
  return (open & (1 << g)) !== 0;
}

/** One pass over the tokens: the mask of the gates one of whose words is among them. */
function openGates(): number {
  let found = 0;
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.hash[i];
    let m = GATE_FILTER[w & 0xfff] & ~found;
    while (m !== 0) {
      const b = 31 - Math.clz32(m);
      m &= ~(1 << b);
      const sets = GATE_SETS[b];
      for (let s = 0; s < sets.length; s++) {
        if (sets[s].has(w)) { found |= 1 << b; break; }
      }
    }
  }
  return found;
}
