/**
 * Misspelt hostile words: two neighbouring letters swapped ("idoit", "stuipd", "conanrd") or one
 * letter left out of a word of six letters or more ("stupd", "conard"), which functional test
 * suites use as spelling tricks and which people type in a hurry. Normalisation already undoes
 * leetspeak, spacing, dots and elongations; these two need a lexicon to compare against.
 *
 * Every single-word insult, profanity, slur and dehumanising word of five letters or more gets its
 * variants indexed (the first letter is kept: people rarely get it wrong, and it halves the
 * collisions). A variant that is a real word is left out: `lexicons/near-words.ts` lists them
 * ("crooks" without its r is "cooks", "liars" swapped is "lairs"), generated from dictionaries by
 * `scripts/near-words.ts`. A variant that is itself a word of any list is left out too.
 */
import { HashMap } from './hash-table';
import { FNV_OFFSET, fnvStep, hashString } from './hash';
import { NEAR_WORDS } from './lexicons/near-words';

/** Shortest word whose variants are indexed: four-letter words have too many real neighbours. */
export const MIN_MISSPELT_LENGTH = 5;

/** The misspellings of a word: neighbours swapped, one letter left out (first letter kept). */
export function variantsOf(word: string): string[] {
  const out = new Set<string>();
  for (let k = 1; k + 1 < word.length; k++) {
    if (word[k] === word[k + 1]) continue;
    out.add(word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2));
  }
  // A letter left out only from words of six letters or more: the four-letter results of five-letter
  // words are too often words or abbreviations of their own ("mins", "incl", "peds", "twas": measured
  // on the labelled data, 2026-11-24).
  if (word.length > MIN_MISSPELT_LENGTH) for (let k = 1; k < word.length; k++) out.add(word.slice(0, k) + word.slice(k + 1));
  out.delete(word);
  return [...out];
}

/**
 * The hashes of variantsOf(word), computed without building the strings (indexing makes about
 * 15,000 on the first analysis; as strings and closures that took 10-25 ms cold), into `out`
 * from `at`; returns the new end. Duplicates are left for the caller's map to drop.
 */
export function variantHashes(word: string, out: Int32Array, at: number): number {
  const n = word.length;
  let p = FNV_OFFSET;
  for (let k = 0; k < n; k++) {
    // p is the hash of word[0, k): swap k and k + 1, or leave k out, then fold the rest.
    if (k >= 1 && k + 1 < n && word.charCodeAt(k) !== word.charCodeAt(k + 1)) {
      let h = fnvStep(fnvStep(p, word.charCodeAt(k + 1)), word.charCodeAt(k));
      for (let q = k + 2; q < n; q++) h = fnvStep(h, word.charCodeAt(q));
      out[at++] = h;
    }
    if (k >= 1 && n > MIN_MISSPELT_LENGTH) {
      let h = p;
      for (let q = k + 1; q < n; q++) h = fnvStep(h, word.charCodeAt(q));
      out[at++] = h;
    }
    p = fnvStep(p, word.charCodeAt(k));
  }
  return at;
}

/** Whether a list word gets misspelling variants: one word, letters only, long enough. */
export const misspellable = (phrase: string) => phrase.length >= MIN_MISSPELT_LENGTH && /^[a-z]+$/.test(phrase);

/** Variant hash -> entry index. */
const variants = new Map<number, number>();
/** Filter on variant hashes: most tokens are no variant, and this skips their Map look-up. */
const MASK = (1 << 16) - 1;
const maybe = new Uint8Array(MASK + 1);
const near = new Set<number>();

/**
 * Indexes the variants of the given words (entry index, phrase). `isListed(hash)` says whether a
 * hash is the first word of any list phrase: such a variant is a word of its own.
 */
export function indexMisspellings(words: Array<{ index: number; phrase: string }>, isListed: (hash: number) => boolean): void {
  if (near.size === 0) for (const w of NEAR_WORDS) near.add(hashString(w));
  // At most two variants per letter.
  const buf = new Int32Array(2 * words.reduce((m, w) => Math.max(m, w.phrase.length), 0));
  for (const { index, phrase } of words) {
    const end = variantHashes(phrase, buf, 0);
    for (let k = 0; k < end; k++) {
      const h = buf[k];
      if (near.has(h) || isListed(h) || variants.has(h)) continue;
      variants.set(h, index);
      maybe[h & MASK] = 1;
    }
  }
  variantTable = new HashMap(variants);
}

/** The variants, frozen into a hash table once indexed (what misspeltEntry reads, for about one token in three). */
let variantTable = new HashMap<number>([]);

/** Entry index of the word this token hash misspells, or -1. */
export function misspeltEntry(hash: number): number {
  if (maybe[hash & MASK] === 0) return -1;
  return variantTable.get(hash, -1);
}
