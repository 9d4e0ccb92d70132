/**
 * Where a group is named in the tokens of the last analyse() call: after a verb, with a noun for a
 * person, in what the speaker says of themselves. Shared by the rules about groups.
 */
import { feats as featsImport } from '../features';
import { CAT as CATImport } from '../lexicon';
import { tokens as tokensImport } from '../tokens';
import { COLOUR_WORDS as COLOUR_WORDSImport, PERSON_NOUNS as PERSON_NOUNSImport, SELF_FIRST as SELF_FIRSTImport, SELF_PHRASES as SELF_PHRASESImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const COLOUR_WORDS = COLOUR_WORDSImport;
const PERSON_NOUNS = PERSON_NOUNSImport;
const SELF_FIRST = SELF_FIRSTImport;
const SELF_PHRASES = SELF_PHRASESImport;
const feats = featsImport;
const tokens = tokensImport;

/**
 * A group's name follows token i within `reach` words, only `fillers` between ("shoot | the next |
 * Muslim", "n'aime | pas les | immigrés").
 */
export function groupAfter(i: number, reach: number, fillers: Set<number>): boolean {
  for (let k = i + 1; k < tokens.count && k <= i + reach; k++) {
    if ((feats.tokCats[k] & (1 << CAT.identity)) !== 0) return namesGroupAt(k);
    // A noun for a person before the group's adjective: "un voisin | noir".
    if (!fillers.has(tokens.hash[k]) && !PERSON_NOUNS.has(tokens.hash[k])) return false;
  }
  return false;
}

/**
 * The identity word at token k names a group, not a colour alone: "black | people", "a Black |
 * neighbour", "un voisin | noir" are people, "the black knight" and "white chocolate" are colours.
 */
export function namesGroupAt(k: number): boolean {
  if (!COLOUR_WORDS.has(tokens.hash[k])) return true;
  const next = k + 1 < tokens.count ? k + 1 : -1;
  return (next >= 0 && ((feats.tokCats[next] & (1 << CAT.identity)) !== 0 || PERSON_NOUNS.has(tokens.hash[next]))) ||
    (k > 0 && PERSON_NOUNS.has(tokens.hash[k - 1]));
}

/** The end (exclusive) of the four words after a self-identification phrase starting at token i ("we are | a group of Muslims"), or -1. */
export function selfIdentificationEnd(i: number): number {
  if (!SELF_FIRST.has(tokens.hash[i])) return -1;
  const end = phraseEnd(i, SELF_PHRASES);
  return end < 0 ? -1 : end + 4;
}

/** The end (exclusive) of the first of `phrases` (their words' hashes) that starts at token i, or -1. */
export function phraseEnd(i: number, phrases: readonly (readonly number[])[]): number {
  for (const p of phrases) {
    let k = 0;
    while (k < p.length && i + k < tokens.count && tokens.hash[i + k] === p[k]) k++;
    if (k === p.length) return i + k;
  }
  return -1;
}
