/**
 * Hostile words run together with the words around them: "youareanidiot", "tesunconnard",
 * "stupidbitch", "fermetagueule". Functional test suites use it as a spelling trick, and it
 * defeats word lists. A token with no lexicon hit, of seven letters or more, is read as joined
 * when it splits wholly into the little words that come with an insult (pronouns, articles, "to
 * be", "such", "espèce de": JOIN_PARTS) and hostile list words, at least one of five letters or
 * more (a shorter one hides in too many words: "con" in "contes", "ass" in "classes").
 *
 * A real word that splits so is not read ("therapist" is not "the rapist", "the" being a part):
 * `lexicons/joined-words.ts` lists them, generated from dictionaries by `scripts/near-words.ts`.
 */
import { HashMap } from './hash-table';
import { FNV_OFFSET, fnvStep, hashString } from './hash';
import { JOINED_WORDS } from './lexicons/joined-words';

/** The little words an insult is run together with, English and French (normalised: no accents). */
export const JOIN_PARTS = [
  'you', 'u', 'ur', 'your', 'youre', 'are', 'r', 'an', 'a', 'such', 'so', 'what', 'total', 'complete', 'absolute',
  'big', 'fat', 'dumb', 'shut', 'up', 'go', 'off', 'ya', 'yo',
  'tu', 't', 'tes', 'es', 'un', 'une', 'espece', 'de', 'd', 'gros', 'grosse', 'petit', 'petite', 'pauvre', 'vous',
  'etes', 'quel', 'quelle', 'bande', 'ta', 'ton', 'ferme', 'va', 'vieux', 'vieille', 'sale', 'sales',
  // With a group's name (2026-11-24): "ihatemuslims", "lesjuifssontdesordures", "alltheimmigrants".
  'i', 'hate', 'all', 'the', 'is', 'les', 'sont', 'des', 'je', 'hais', 'deteste',
];

/** Shortest token read as joined, shortest hostile word that counts alone, longest part. */
export const MIN_JOINED_LENGTH = 7;
const MIN_HOSTILE = 5;
const MAX_PART = 14;
const MAX_JOINED_LENGTH = 32;

/** Part hash -> entry index of a hostile word, or -1 for a little word. */
const parts = new Map<number, number>();
/** Hostile entries' phrase lengths by entry index (which hostile part is reported). */
const lengthOf = new Map<number, number>();
const MASK = (1 << 16) - 1;
const maybe = new Uint8Array(MASK + 1);
const realWords = new Set<number>();
/** What partTable answers for a hash that is no part (a little word is -1, a hostile word its entry index). */
const NO_PART = -2;

/** Indexes the hostile single words (entry index, phrase) and the little words. */
export function indexJoined(words: Array<{ index: number; phrase: string }>): void {
  for (const w of JOINED_WORDS) realWords.add(hashString(w));
  for (const p of JOIN_PARTS) { const h = hashString(p); parts.set(h, -1); maybe[h & MASK] = 1; }
  for (const { index, phrase } of words) {
    if (phrase.length < 4 || !/^[a-z]+$/.test(phrase)) continue;
    const h = hashString(phrase);
    if (parts.has(h) && parts.get(h)! >= 0) continue;
    parts.set(h, index);
    lengthOf.set(index, phrase.length);
    maybe[h & MASK] = 1;
  }
  partTable = new HashMap(parts);
  lengths = new Int32Array(Math.max(0, ...lengthOf.keys()) + 1);
  for (const [index, length] of lengthOf) lengths[index] = length;
}

/** The parts and lengths frozen once indexed (what joinedSplit reads, a look-up per letter pair). */
let partTable = new HashMap<number>([]);
let lengths = new Int32Array(0);

const reach = new Int32Array(MAX_JOINED_LENGTH + 1);
const best = new Int32Array(MAX_JOINED_LENGTH + 1);
const prev = new Int32Array(MAX_JOINED_LENGTH + 1);
const partHash = new Int32Array(MAX_JOINED_LENGTH + 1);

/** The parts of the last successful split: their hashes, first to last (the lexicons look them up). */
export const joinedParts = { count: 0, hash: new Int32Array(MAX_JOINED_LENGTH) };

/**
 * Whether the token buf[s, e) is words run together: it splits wholly into parts with a hostile
 * word of five letters or more, and is no real word. The parts are then in `joinedParts`.
 */
export function isJoined(buf: Uint16Array, s: number, e: number, tokenHash: number): boolean {
  return joinedSplit(buf, s, e) >= 0 && !realWords.has(tokenHash);
}

/**
 * Entry index of the longest hostile word in the split of buf[s, e) (its parts in `joinedParts`),
 * or -1 when it does not split wholly into parts with one of five letters or more. No real-word
 * check: scripts/near-words.ts finds the real words with it.
 */
export function joinedSplit(buf: Uint16Array, s: number, e: number): number {
  const n = e - s;
  if (n < MIN_JOINED_LENGTH || n > MAX_JOINED_LENGTH) return -1;
  for (let k = s; k < e; k++) if (buf[k] < 97 || buf[k] > 122) return -1;
  // reach[q]: buf[s, s + q) splits into parts, the last from prev[q] (hash partHash[q]); best[q]:
  // the longest hostile part on that way (entry index, -1 none).
  reach.fill(0, 0, n + 1);
  reach[0] = 1;
  best[0] = -1;
  for (let p = 0; p < n; p++) {
    if (reach[p] === 0) continue;
    let h = FNV_OFFSET;
    for (let q = p + 1; q <= n && q - p <= MAX_PART; q++) {
      h = fnvStep(h, buf[s + q - 1]);
      if (maybe[h & MASK] === 0) continue;
      const entry = partTable.get(h, NO_PART);
      if (entry === NO_PART) continue;
      const carried = best[p];
      const pick = entry >= 0 && (carried < 0 || lengths[entry] > lengths[carried]) ? entry : carried;
      if (reach[q] === 0 || (pick >= 0 && (best[q] < 0 || lengths[pick] > lengths[best[q]]))) {
        reach[q] = 1;
        best[q] = pick;
        prev[q] = p;
        partHash[q] = h;
      }
    }
  }
  if (reach[n] === 0 || best[n] < 0 || lengths[best[n]] < MIN_HOSTILE) return -1;
  let count = 0;
  for (let q = n; q > 0; q = prev[q]) count++;
  joinedParts.count = count;
  for (let q = n, k = count - 1; q > 0; q = prev[q], k--) joinedParts.hash[k] = partHash[q];
  return best[n];
}
