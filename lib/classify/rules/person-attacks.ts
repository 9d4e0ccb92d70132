/**
 * Insults said to the reader or of a person, raised to balanced: "You're all idiots, process my refund." scored
 * 0.38 (a blind probe of abuse and reports of abuse on a brand's page, 2026-11-25): the complaint
 * word weighs the insult down, as it should for "this app is garbage, I want a refund", but an
 * insult aimed at the moderator is harassment whatever the customer wants. "The girl in your ad is
 * ugly and fat, who picked her?" scored 0.38 in the same probe.
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { HashSet } from '../hash-table';
import { feats as featsImport } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport, hits as hitsImport } from '../lexicon';
import { normalisedBuffers } from '../normalise';
import { endsClause, gapHas, tokens as tokensImport } from '../tokens';
import { hashFilter } from './filters';
import { IS_WAS as IS_WASImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const IS_WAS = IS_WASImport;
const feats = featsImport;
const hits = hitsImport;
const tokens = tokensImport;

/**
 * What someone is called: an insult, or a dehumanising word ("your staff are 🐒🐒", read "monkey
 * monkey", scored 0.02 in a blind probe of emoji on a brand's page, 2026-11-25).
 */
const CALLED = (1 << CAT.insult) | (1 << CAT.dehumanise);

/** "you're" and "t'es" written as one token. */
const YOU_ARE = new HashSet(["you're", 'youre', 'tes'].map(hashString));
/** "you | are", "u | r", "tu | es", "t' | es", "vous | êtes". */
const YOU = new HashSet(['you', 'u', 'tu', "t'", 'vous'].map(hashString));
const ARE = new HashSet(['are', 'r', 'es', 'etes'].map(hashString));
/** Who "you" are, between "you" and "are": "you | all | are", "you | guys | are". */
const YOU_WHO = new HashSet(['all', 'guys', 'people', 'lot', 'tous', 'toutes'].map(hashString));

/**
 * Words between the verb "to be" and the insult: articles, "all", intensifiers, « qu'un », « une
 * bande de », « un gros », « une espèce de ».
 */
const BETWEEN = new HashSet(['all', 'a', 'an', 'such', 'so', 'the', 'total', 'complete', 'real', 'really', 'just', 'bunch', 'of',
  'absolute', 'utter', 'fucking', 'un', 'une', 'des', "qu'", 'que', 'tous', 'toutes', 'vraiment', 'bande', 'de', "d'", 'espece',
  'gros', 'grosse', 'petit', 'petite', 'pauvre', 'vrai', 'vraie', 'sacre', 'sacree', 'completement', 'totalement', 'trop',
  'tellement'].map(hashString));

/** The token after "you are" at token i, or -1 when token i opens no "you are". */
function afterYouAre(i: number): number {
  const h = tokens.hash[i];
  if (YOU_ARE.has(h)) return i + 1;
  if (!YOU.has(h)) return -1;
  let k = i + 1;
  if (k < tokens.count && YOU_WHO.has(tokens.hash[k])) k++;
  return k < tokens.count && ARE.has(tokens.hash[k]) ? k + 1 : -1;
}

/**
 * The reader called an insult in one clause, outside any negation or quote: "you're all | idiots",
 * "you are such a | moron", « t'es qu'un | con », « vous êtes des | incapables ». Only the words of
 * BETWEEN may come between.
 */
export function isReaderInsulted(): boolean {
  if (readerStamp !== feats.stamp) {
    readerStamp = feats.stamp;
    reader = isCalledAfter(YOU_FILTER, afterYouAre);
  }
  return reader;
}
/** The last answers of isReaderInsulted and isPersonInsulted (asked by a raising rule and by isObjectAbuse), and their analyses. */
let reader = false, readerStamp = -1, person = false, personStamp = -1;
const YOU_FILTER = hashFilter(YOU_ARE, YOU);

/**
 * "lying" is listed as an insult (a judgement the model weighs), but "she is lying" is a claim about
 * what someone said, not abuse: of the 49 labelled rows where these rules read it, 30 were neutral
 * (OLID: "i think she is lying"), against 1 of 22 for "liar" (2026-11-25).
 */
const LYING = hashString('lying');

/**
 * An insult that no negation or quote holds comes at token k or after it, in its clause, after
 * words of BETWEEN and at most `own` other words ("your driver is a | thieving | scumbag").
 */
export function insultFollows(k: number, chars: Uint16Array, own = 0): boolean {
  for (const last = k + 5; k < tokens.count && k <= last; k++) {
    if (gapHas(tokens, chars, k - 1, endsClause)) return false;
    if ((feats.tokCats[k] & CALLED) !== 0) return feats.negScope[k] === 0 && tokens.hash[k] !== LYING;
    if (!BETWEEN.has(tokens.hash[k]) && --own < 0) return false;
  }
  return false;
}

/** A person as a subject: "the girl", "that guy", "she", « la fille », « ce mec », « elle ». */
const PERSONS = new HashSet(['girl', 'guy', 'woman', 'man', 'lady', 'boy', 'dude', 'chick', 'kid', 'he', 'she', 'fille', 'mec',
  'type', 'gars', 'femme', 'homme', 'nana', 'meuf', 'il', 'elle'].map(hashString));
/** Whoever does something: "whoever", « celui qui », « celle qui ». */
const WHOEVER = new HashSet(['whoever', 'celui', 'celle'].map(hashString));
const WHO = new HashSet(['qui'].map(hashString));
/** "he's", "she's" as one token. */
const PERSON_IS = new HashSet(["he's", 'hes', "she's", 'shes'].map(hashString));
/** The verb "to be" between someone and what they are called. */
const COPULAS = new HashSet([...IS_WAS, ...["'s", 'are', 'were', 'sont'].map(hashString)]);
const C_APOSTROPHE = hashString("c'");
/**
 * Where the person is seen or works, between them and the verb: "the girl | in your ad | is", "the
 * cashier | at your Bristol shop | is", « le vendeur | du magasin de Lille | est ». Not « à », which
 * folds to « a » (has): « ce qu'il | a fait à ce client | est dégoûtant » judges what he did.
 */
const WHERE = new HashSet(['in', 'on', 'at', 'from', 'of', 'dans', 'de', 'du', 'des', 'sur', 'au', 'chez'].map(hashString));

/**
 * The token after the verb "to be" that follows a subject ending right before token k, or -1: a
 * place of up to six words may come between ("the girl | in your ad | is", « la vendeuse | de votre
 * boutique de Lyon | est »), and « c' » may take the subject up again (« votre personnel | c'est |
 * des ... »).
 */
export function afterCopula(k: number, chars: Uint16Array): number {
  if (k < tokens.count && WHERE.has(tokens.hash[k])) {
    let c = k + 1;
    while (c < tokens.count && c <= k + 5 && !COPULAS.has(tokens.hash[c]) && !gapHas(tokens, chars, c - 1, endsClause)) c++;
    k = c;
  }
  if (k + 1 < tokens.count && tokens.hash[k] === C_APOSTROPHE && COPULAS.has(tokens.hash[k + 1])) k++;
  return k < tokens.count && COPULAS.has(tokens.hash[k]) && !gapHas(tokens, chars, k - 1, endsClause) ? k + 1 : -1;
}

/** The token after "PERSON is" at token i, or -1. */
function afterPersonIs(i: number, chars: Uint16Array): number {
  const h = tokens.hash[i];
  if (PERSON_IS.has(h)) return i + 1;
  if (PERSONS.has(h)) return afterCopula(i + 1, chars);
  if (!WHOEVER.has(h)) return -1;
  // "whoever runs this page | is", « celui qui gère cette page | est »: a relative clause of five words.
  let k = i + 1;
  if (k < tokens.count && WHO.has(tokens.hash[k])) k++;
  while (k < tokens.count && k <= i + 6 && !COPULAS.has(tokens.hash[k]) && !gapHas(tokens, chars, k - 1, endsClause)) k++;
  return k < tokens.count && COPULAS.has(tokens.hash[k]) && !gapHas(tokens, chars, k - 1, endsClause) ? k + 1 : -1;
}

/**
 * A person called an insult in one clause, outside any negation or quote: "the girl in your ad
 * is | ugly", "he's such a | loser", « ce mec est un | abruti ».
 */
export function isPersonInsulted(): boolean {
  if (personStamp !== feats.stamp) {
    personStamp = feats.stamp;
    person = isCalledAfter(PERSON_FILTER, afterPersonIs);
  }
  return person;
}

/**
 * Some token that `filter` lets through opens a subject and its verb (`after` gives the token after
 * them, or -1), and an insult or a dehumanising word follows them (insultFollows).
 */
function isCalledAfter(filter: Uint8Array, after: (i: number, chars: Uint16Array) => number): boolean {
  let called = false;
  for (let h = 0; h < hits.count && !called; h++) called = ((1 << hits.cat[h]) & CALLED) !== 0;
  if (!called) return false;
  const chars = normalisedBuffers().chars;
  for (let i = 0; i < tokens.count; i++) {
    if (filter[tokens.hash[i] & 0xfff] === 0) continue;
    const k = after(i, chars);
    if (k >= 0 && insultFollows(k, chars)) return true;
  }
  return false;
}
const PERSON_FILTER = hashFilter(PERSON_IS, PERSONS, WHOEVER);
