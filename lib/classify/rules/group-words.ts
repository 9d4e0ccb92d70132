/**
 * Where a group is named in the tokens of the last analyse() call: after a verb, with a noun for a
 * person, in what the speaker says of themselves. Shared by the rules about groups.
 */
import { HashSet } from '../hash-table';
import { feats as featsImport } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport } from '../lexicon';
import { tokens as tokensImport } from '../tokens';
import { normalisedBuffers } from '../normalise';
import { endsClause, gapHas } from '../tokens';
import { COLOUR_WORDS as COLOUR_WORDSImport, JOINS as JOINSImport, PERSON_NOUNS as PERSON_NOUNSImport, PICKING as PICKINGImport, SELF_FIRST as SELF_FIRSTImport, SELF_PHRASES as SELF_PHRASESImport, STOP_DENIERS as STOP_DENIERSImport, STOPPING as STOPPINGImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const COLOUR_WORDS = COLOUR_WORDSImport;
const PERSON_NOUNS = PERSON_NOUNSImport;
const JOINS = JOINSImport;
const STOPPING = STOPPINGImport;
const STOP_DENIERS = STOP_DENIERSImport;
const PICKING = PICKINGImport;
const SELF_FIRST = SELF_FIRSTImport;
const SELF_PHRASES = SELF_PHRASESImport;
const feats = featsImport;
const tokens = tokensImport;

/**
 * A group's name follows token i within `reach` words, only `fillers` between ("shoot | the next |
 * Muslim", "n'aime | pas les | immigrés").
 */
export function groupAfter(i: number, reach: number, fillers: HashSet): boolean {
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

const NOTHING = new HashSet(['nothing', 'no', 'rien'].map(hashString));
const MORE = new HashSet(['more', 'plus', 'worse', 'pire'].map(hashString));
const THAN = new HashSet(['than', 'que', "qu'"].map(hashString));
/** Between "nothing" and the feeling, and between the feeling and "more": "rien | ne me | dégoûte", "disgusts | me | more". */
const NOTHING_FILLERS = new HashSet(['ne', 'me', "m'", 'one', 'thing', 'us', 'nous'].map(hashString));

/**
 * The feeling at tokens [from, to] is said in "nothing ... more than" a group: "Nothing disgusts me
 * more than a trans woman", « rien ne me dégoûte plus qu'une femme trans » (0.39 and 0.39, a probe
 * of functional tests, 2026-11-25). The negation makes a superlative: the feeling is the speaker's,
 * aimed at the group, not denied (features.ts reads "nothing" as a negation, and rules must not).
 */
export function hatedMoreThanGroup(from: number, to: number): boolean {
  let k = from - 1;
  while (k >= 0 && k >= from - 3 && NOTHING_FILLERS.has(tokens.hash[k])) k--;
  if (k < 0 || !NOTHING.has(tokens.hash[k])) return false;
  k = to + 1;
  while (k < tokens.count && k <= to + 2 && NOTHING_FILLERS.has(tokens.hash[k])) k++;
  if (k + 1 >= tokens.count || !MORE.has(tokens.hash[k]) || !THAN.has(tokens.hash[k + 1])) return false;
  return groupAfter(k + 1, 3, MORE_THAN_FILLERS);
}

/** Between "than" and the group: "than | a", "qu' | une", "than | those". */
const MORE_THAN_FILLERS = new HashSet([...PICKING, ...['of', 'de', 'des'].map(hashString)]);

/**
 * Words between a self-identification and the group the speaker names as theirs: "I'm | a proud |
 * gay man", "we are | a group of | Muslims", "nous sommes | un couple de | lesbiennes".
 */
const SELF_FILLERS = new HashSet(['a', 'an', 'the', 'one', 'only', 'proud', 'le', 'la', 'seul', 'seule', 'presque', 'openly', 'also', 'too', 'just', 'half', 'both', 'group', 'couple',
  'family', 'bunch', 'member', 'members', 'of', 'un', 'une', 'des', 'fier', 'fiere', 'fiers', 'fieres', 'aussi', 'moi',
  'groupe', 'famille', 'membre', 'membres', 'de', "d'"].map(hashString));

/**
 * The end (exclusive) of the group a self-identification phrase starting at token i names ("we are
 * a group of | Muslims |", "I'm a | trans woman |", "as a | dyke |"), or -1 when no group's name (or
 * slur, said of oneself) follows within four words, only fillers between. "I'm gonna break that
 * disabled kid's neck" and "Je suis contre les musulmans" name no group of the speaker's: while
 * any group within four words counted, they were held as the speaker's own (0.26 and 0.39, a probe
 * of functional tests, 2026-11-25).
 */
export function selfIdentificationEnd(i: number): number {
  if (!SELF_FIRST.has(tokens.hash[i])) return -1;
  const end = phraseEnd(i, SELF_PHRASES);
  if (end < 0) return -1;
  const GROUP = (1 << CAT.identity) | (1 << CAT.slur);
  for (let k = end; k < tokens.count && k < end + 4; k++) {
    if ((feats.tokCats[k] & GROUP) !== 0) {
      let e = k + 1;
      while (e < tokens.count && ((feats.tokCats[e] & GROUP) !== 0 || PERSON_NOUNS.has(tokens.hash[e]))) e++;
      return e;
    }
    if (!SELF_FILLERS.has(tokens.hash[k])) return -1;
  }
  return -1;
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

/**
 * Token k is a verb of stopping that is denied: a denier in the three words before it ("I'll never
 * | stop", "don't | stop") or right after it (« je ne cesserai | jamais »). An order to stop condemns
 * what follows; a stop denied asserts it ("I'll never stop hating...").
 */
export function deniedStopAt(k: number): boolean {
  if (k < 0 || !STOPPING.has(tokens.hash[k])) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (STOP_DENIERS.has(tokens.hash[j])) return true;
  return k + 1 < tokens.count && STOP_DENIERS.has(tokens.hash[k + 1]);
}

/** Words that make the speaker one of those named: "my fellow | faggots", « entre | tapettes ». */
const FELLOW = new HashSet(['fellow', 'entre'].map(hashString));
/** Before a self-identification's group: "proud to be a", « fier d'être une ». */
const TO_BE = new HashSet(['be', 'etre'].map(hashString));
const PROUD = new HashSet(['proud', 'fier', 'fiere', 'fiers', 'fieres'].map(hashString));
const AS = hashString('as');
/** Between what names the speaker and the word it names: "as a | proud", « fier | d' | être une ». */
const SPEAKER_FILLERS = new HashSet([...SELF_FILLERS, ...['my', 'mes', 'to'].map(hashString)]);

/**
 * Token i names the speaker: after a self-identification ("we're | queer", "as a | dyke", « on est |
 * pédés », « en tant que | pédé »), "proud to be", "my fellow", « entre », only little words and
 * groups' names between, in its clause and within six words. Not "as" alone: "lucky as bitch", "as
 * stupid as hoes" (Davidson). A slur that names the speaker is reclaimed, not used.
 */
export function namesSpeaker(i: number): boolean {
  const chars = normalisedBuffers().chars;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const w = tokens.hash[j];
    if (JOINS.has(w) || gapHas(tokens, chars, j, endsClause)) return false;
    if (FELLOW.has(w) || (TO_BE.has(w) && j > 1 && PROUD.has(tokens.hash[j - 2]))) return fillersBetween(j + 1, i);
    const self = phraseEnd(j, SELF_PHRASES);
    if (self > 0 && self <= i && !(self === j + 1 && w === AS)) return fillersBetween(self, i);
  }
  return false;
}

/** Only little words and groups' names stand between tokens from and to (exclusive). */
function fillersBetween(from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!SPEAKER_FILLERS.has(tokens.hash[k]) && (feats.tokCats[k] & (1 << CAT.identity)) === 0) return false;
  }
  return true;
}
