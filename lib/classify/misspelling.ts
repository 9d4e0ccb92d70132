/**
 * Misspelt hostile words: two neighbouring letters swapped ("idoit", "stuipd", "conanrd") or one
 * letter left out of a word of six letters or more ("stupd", "conard"), which functional test suites use as spelling tricks and
 * which people type in a hurry. Normalisation already undoes leetspeak, spacing, dots and
 * elongations; these two need a lexicon to compare against.
 *
 * Every single-word insult, profanity, slur and dehumanising word of five letters or more gets its
 * variants indexed (the first letter is kept: people rarely get it wrong, and it halves the
 * collisions). A variant that is a real word is left out: `lexicons/near-words.ts` lists them
 * ("crooks" without its r is "cooks", "liars" swapped is "lairs"), generated from dictionaries by
 * `scripts/near-words.ts`. A variant that is itself a word of any list is left out too.
 */
import { hashString } from './hash';
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
  for (const { index, phrase } of words) {
    for (const v of variantsOf(phrase)) {
      const h = hashString(v);
      if (near.has(h) || isListed(h) || variants.has(h)) continue;
      variants.set(h, index);
      maybe[h & MASK] = 1;
    }
  }
}

/** Entry index of the word this token hash misspells, or -1. */
export function misspeltEntry(hash: number): number {
  if (maybe[hash & MASK] === 0) return -1;
  const e = variants.get(hash);
  return e === undefined ? -1 : e;
}
