/**
 * Hostile words in their everyday sense: "rats in the cellar", "la pédale de frein", "the garbage
 * truck" (lexicons/senses.ts). Reads the tokens of the last analyse() call; rules/things.ts decides
 * what a comment whose every hostile word is so used scores.
 */
import { hashString } from './hash';
import { normalisedBuffers } from './normalise';
import { SENSES, SENSES_NEXT } from './lexicons/senses';
import { endsClause, endsSentence, gapHas, tokens as tokensImport } from './tokens';

// Local copy: under tsx/CommonJS interop every use of an imported binding is a getter call.
const tokens = tokensImport;

/** Each word with an everyday sense (its hash) and the hashes of the words that pick that sense. */
const CUES = new Map<number, Set<number>>();
for (const [words, cues] of SENSES) {
  const cueSet = new Set(cues.split(/\s+/).filter(Boolean).map(hashString));
  for (const w of words.split(' ')) CUES.set(hashString(w), cueSet);
}

/** Each word whose everyday sense the very next word picks (its hash), and the hashes of those words. */
const NEXT_CUES = new Map<number, Set<number>>();
for (const [words, cues] of SENSES_NEXT) {
  const cueSet = new Set(cues.split(/\s+/).filter(Boolean).map(hashString));
  for (const w of words.split(' ')) NEXT_CUES.set(hashString(w), cueSet);
}

/** How far from the word a cue may be: "the rats | in the | basement", "les rats ont tout mangé dans le | grenier". */
const REACH = 6;

/**
 * Token i is a word with an everyday sense and a word that picks that sense lies within six words
 * of it, in the same sentence, or comes right after it (SENSES_NEXT).
 */
export function inEverydaySense(i: number): boolean {
  const next = NEXT_CUES.get(tokens.hash[i]);
  if (next !== undefined && i + 1 < tokens.count && next.has(tokens.hash[i + 1]) && !gapHas(tokens, normalisedBuffers().chars, i, endsClause)) return true;
  const cues = CUES.get(tokens.hash[i]);
  if (cues === undefined) return false;
  const chars = normalisedBuffers().chars;
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    if (gapHas(tokens, chars, k, endsSentence)) break;
    if (cues.has(tokens.hash[k])) return true;
  }
  for (let k = i + 1; k < tokens.count && k <= i + REACH; k++) {
    if (gapHas(tokens, chars, k - 1, endsSentence)) break;
    if (cues.has(tokens.hash[k])) return true;
  }
  return false;
}
