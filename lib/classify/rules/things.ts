/**
 * Strong words about a thing, not a person ("this app is garbage"), and hostile words in their
 * everyday sense ("rats in the cellar"): complaints and chatter, held under balanced.
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { HashSet } from '../hash-table';
import { DI as DIImport, feats as featsImport, namesHate } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport, hits as hitsImport } from '../lexicon';
import { HATED_THINGS, POINTED_THINGS, THINGS } from '../lexicons/things';
import { normalisedBuffers } from '../normalise';
import { inEverydaySense } from '../senses';
import { isSlangPraiseOfProduct } from '../slang';
import { endsClause, endsSentence, gapHas, tokens as tokensImport } from '../tokens';
import { groupAfter as groupAfterImport, hatedMoreThanGroup as hatedMoreThanGroupImport } from './group-words';
import { isPersonInsulted as isPersonInsultedImport, isReaderInsulted as isReaderInsultedImport } from './person-attacks';
import { A_AN as A_ANImport, HOSTILE_WORDS as HOSTILE_WORDSImport, IS_WAS as IS_WASImport, PEOPLE as PEOPLEImport, WHY as WHYImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const DI = DIImport;
const A_AN = A_ANImport;
const HOSTILE_WORDS = HOSTILE_WORDSImport;
const IS_WAS = IS_WASImport;
const PEOPLE = PEOPLEImport;
const WHY = WHYImport;
const feats = featsImport;
const groupAfter = groupAfterImport;
const isPersonInsulted = isPersonInsultedImport;
const isReaderInsulted = isReaderInsultedImport;
const hatedMoreThanGroup = hatedMoreThanGroupImport;
const hits = hitsImport;
const tokens = tokensImport;

const THING_WORDS = new HashSet(THINGS.map(hashString));

const HATED_THING_WORDS = new HashSet(HATED_THINGS.map(hashString));

const POINTED_WORDS = new HashSet(POINTED_THINGS.map(hashString));

/** Words that point at what follows: "this", "quel", "ce"; and before "a", "what" and "such" ("what a", "such a"). */
// Singular only: "Bought these bitches | breakfast" (Davidson) names people.
const POINTING = new HashSet(['this', 'that', 'quel', 'quelle', 'ce', 'cet', 'cette'].map(hashString));
const EXCLAIMING = new HashSet(['what', 'such'].map(hashString));

/** Token j points at what follows it: "this", "quel", or "a" after "what" / "such". */
function pointsAt(j: number): boolean {
  if (j < 0) return false;
  const w = tokens.hash[j];
  return POINTING.has(w) || (A_AN.has(w) && j > 0 && EXCLAIMING.has(tokens.hash[j - 1]));
}

/** Between a thing and the strong word about it: "is", "so", "a", "fucking"... ("this app is a total joke"), and a verb's auxiliary or object pronoun. */
const LINKING = new HashSet(['is', 'was', 'are', 'so', 'such', 'a', 'an', 'total', 'absolute', 'complete', 'utter', 'really',
  // Hedges: "is a bit ridiculous", "c'est un peu nul".
  'bit', 'little', 'pretty', 'quite', 'kinda', 'rather', 'somewhat', 'peu', 'assez', 'plutot',
  // Adverbs of degree: "traffic today was | absolutely | disgusting", "c'est | carrément | nul".
  'absolutely', 'totally', 'completely', 'utterly', 'truly', 'very', 'always', 'still', 'again', 'encore', 'toujours',
  'completement', 'carrement', 'tellement', 'franchement',
  'just', 'fucking', 'freaking', 'bloody', 'est', 'etait', 'sont', 'une', 'un', 'de', 'la', 'du', 'vraiment', 'totalement',
  'grave', 'trop', "c'", 'vraie', 'vrai', 'pure', 'putain',
  // "This packaging is a stupid waste", « un gaspillage stupide » (0.84, 2026-11-25).
  'waste', 'gaspillage',
  // What comes between a thing and the verb it does: "this cake | will | kill you", "ce gâteau | va te | tuer".
  'will', 'gonna', 'going', 'to', 'literally', 'va', 'vont', 'me', "m'", 'te', "t'", 'nous', 'vous'].map(hashString));

/**
 * A pronoun for a thing or a situation as the subject of "is": "it's insane", "this is
 * ridiculous", "c'est débile". Not a determiner: "this bitch is crazy" is said of someone.
 */
const THING_PRONOUNS = new HashSet(['it', 'that', 'this', 'ca', 'cela'].map(hashString));

const THING_PRONOUNS_WITH_IS = new HashSet(["it's", "that's", 'thats', "c'"].map(hashString));


/** An article makes what follows a noun for someone: "c'est un connard", "that's an idiot". */
const ARTICLES = new HashSet(['a', 'an', 'un', 'une', 'de', 'la', 'du'].map(hashString));

const JEST = new HashSet(['joke', 'prank', 'blague'].map(hashString));

const JEST_BEFORE = new HashSet(['as', 'for', 'pour', 'comme'].map(hashString));

/** Token i is "joke" in "as a joke", "for a joke", "pour une blague". */
function isInJest(i: number): boolean {
  return JEST.has(tokens.hash[i]) && i >= 2 && ARTICLES.has(tokens.hash[i - 1]) && JEST_BEFORE.has(tokens.hash[i - 2]);
}

/** What a violent verb does figuratively: "kill some time", "tuer le temps", "I could kill for a coffee", "killing it". */
const FIGURATIVE_OBJECT = new HashSet(['time', 'temps', 'for', 'pour', 'it'].map(hashString));

const DETERMINER = new HashSet(['some', 'the', 'a', 'le', 'un', 'du'].map(hashString));

/** The violent verb ending at token i is figurative: its object is time, "for" something, or "it". */
function isFigurative(i: number): boolean {
  let k = i + 1;
  if (k < tokens.count && DETERMINER.has(tokens.hash[k]) && tokens.hash[k] !== tokens.hash[i]) k++;
  return k < tokens.count && FIGURATIVE_OBJECT.has(tokens.hash[k]);
}

/** Words of time between a thing and a copula: "the delivery | yesterday | was...", "the traffic | this morning | was...", "la circulation | ce matin | était...". */
const TIME_WORDS = new HashSet(['today', 'yesterday', 'tonight', 'now', 'morning', 'evening', 'afternoon', "aujourd'hui", 'hier',
  'soir', 'matin', 'midi'].map(hashString));
/** "this | morning", "ce | matin": read with the word of time. */
const TIME_DETERMINERS = new HashSet(['this', 'that', 'ce', 'cet'].map(hashString));

const AND = new HashSet(['and', 'et'].map(hashString));
const LIKE = hashString('like');
const SENSING = new HashSet(['tastes', 'tasted', 'smells', 'smelled', 'smelt'].map(hashString));
const JUDGING_BITS = (1 << CAT.evaluative) | (1 << CAT.negative);

/** Verbs that judge their subject: "it sucks", "this stinks", "ça craint", "ça pue" need no copula to be said of a thing. */
const JUDGING_VERBS = new HashSet(['sucks', 'sucked', 'stinks', 'stank', 'blows', 'craint', 'pue'].map(hashString));

/**
 * Token `i` (a word or the first of a phrase ending at `to`) is said of a thing: a thing word just
 * before it, only linking words between ("this app is | garbage"), or just after it, not after
 * "you" ("a dumb | thing", "what a garbage | update", "ce putain de | bouchon"),
 * or a pronoun for a thing with no article between ("this is | ridiculous", "c'est | débile"; not
 * "c'est un | connard").
 */
function saidOfThing(i: number, to: number): boolean {
  // Not after "you": "you stupid thing" is said of a person. After a phrase's last word: "ce putain de | bouchon".
  // Days and weather count too after a phrase ("cette putain de | chaleur"), not after one word:
  // "Side bitch Sunday", "bitch cold" (Davidson's hostile rows, 2026-11-24).
  const next = to + 1 < tokens.count ? tokens.hash[to + 1] : 0;
  if ((THING_WORDS.has(next) || (to > i && HATED_THING_WORDS.has(next))) && (i === 0 || (feats.tokCats[i - 1] & (1 << CAT.second)) === 0)) {
    return true;
  }
  // "What a disgusting | sandwich", "this stupid | bus", "this disgusting | weather".
  if ((POINTED_WORDS.has(next) || HATED_THING_WORDS.has(next)) && to === i && pointsAt(i - 1)) return true;
  let article = false, copula = JUDGING_VERBS.has(tokens.hash[i]), time = false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = tokens.hash[k];
    // The word said again ("this bar is 💣💣💣", "garbage garbage"): the same judgement.
    if (w === tokens.hash[i]) continue;
    // A word of time links only with a copula: "traffic today | was | disgusting", not "game today bitches".
    if (THING_WORDS.has(w)) return !time || copula;
    // Days and weather with a copula between: "this weather | is | disgusting", not "beanie weather bitches".
    // Dishes, days and weather with a copula, or pointed at: "this soup | is | gross", "quel |
    // sandwich | dégoûtant", "ce | temps | dégueulasse" (0.87, a probe of functional tests, 2026-11-25).
    // Not across a comma: "Put that jelly on that bread, bitch" (Davidson) calls someone.
    // Pointed at and the judgement after the noun: French only ("this weekend hoe" calls someone).
    if (POINTED_WORDS.has(w) || HATED_THING_WORDS.has(w)) {
      return copula || (feats.lang === 'fr' && k === i - 1 && pointsAt(k - 1) && !gapHas(tokens, normalisedBuffers().chars, k, notSpace));
    }
    // A judgement joined to the one at i: "this weather is | awful and | disgusting", "affreux et |
    // dégueulasse". Not any judgement word: "The price is wrong, bitch" (Davidson) is said to someone.
    if (AND.has(w) && k > 0 && (feats.tokCats[k - 1] & JUDGING_BITS) !== 0) { k--; continue; }
    // "This chocolate tastes like | garbage" (0.54, 2026-11-25); not "like" alone: "he tweet like a bitch" (Davidson).
    if (w === LIKE && k > 1 && SENSING.has(tokens.hash[k - 1])) { k--; copula = true; continue; }
    if (TIME_WORDS.has(w)) {
      time = true;
      if (k > 0 && TIME_DETERMINERS.has(tokens.hash[k - 1])) k--;
      continue;
    }
    if (!article && (THING_PRONOUNS_WITH_IS.has(w) || (copula && THING_PRONOUNS.has(w)))) return true;
    if (!LINKING.has(w)) return false;
    if (ARTICLES.has(w)) article = true;
    if (IS_WAS.has(w)) copula = true;
  }
  return false;
}

const notSpace = (c: number) => c !== 32;

/** Determiners between a hate verb and the thing it names: "I hate | the | rain", "je déteste | les | lundis". */
const THING_DETERMINERS = new HashSet(['the', 'this', 'that', 'these', 'those', 'my', 'our', 'le', 'la', "l'", 'les', 'ce',
  'cet', 'cette', 'ces', 'mon', 'ma', 'mes'].map(hashString));

/** People and who the text speaks to: what a hate verb names is no thing when one of these comes first ("I hate those stupid | Muslims"). */
const NOT_THING = (1 << CAT.identity) | (1 << CAT.second) | (1 << CAT.staff);

/**
 * The hate verb ending at token i names a thing: a thing word after it, a determiner and up to two
 * describing words allowed between ("I hate | this stupid | printer", "I despise | rainy | Mondays";
 * a probe of functional tests, 2026-11-24: 0.93 and 0.51).
 */
function hateOfThing(i: number): boolean {
  let k = i + 1;
  if (k < tokens.count && THING_DETERMINERS.has(tokens.hash[k])) k++;
  const chars = normalisedBuffers().chars;
  for (const last = k + 2; k < tokens.count && k <= last; k++) {
    // Not across punctuation: "Democrats hate conservatives .Vote Thursday" (OLID).
    if (k > i + 1 && gapHas(tokens, chars, k - 1, notSpace)) return false;
    const w = tokens.hash[k];
    if (THING_WORDS.has(w) || HATED_THING_WORDS.has(w)) return true;
    if ((feats.tokCats[k] & NOT_THING) !== 0 || PEOPLE.has(w)) return false;
  }
  return false;
}

/**
 * Strong words about a thing, not a person: every insult and violent verb of the text is said of a
 * product, an app, a delivery ("this app is garbage", "ce chocolat est dégueulasse", "this cake
 * will kill you", "ces prix me tuent"), and nothing hostile is aimed at anyone (no insult at "you",
 * no staff, group, slur, threat phrase). A complaint or a joke, as the issue says, not hostility;
 * the model alone scored "This app is fucking garbage" 0.82, "This cake will kill you" 0.73 and
 * "ce gâteau va te tuer" 0.86 (the verb near "you" reads as a threat).
 */
export function isObjectAbuse(): boolean {
  const d = feats.dense;
  if (d[DI.slur] + d[DI.identity_attack] + d[DI.dehumanise] + d[DI.staff_attack] > 0) return false;
  // "You're all idiots, process my refund", "The girl in your ad is ugly": the insult is a person's,
  // whatever the complaint is about and whatever thing comes between.
  if (isReaderInsulted() || isPersonInsulted()) return false;
  let any = false;
  for (let h = 0; h < hits.count; h++) {
    const c = hits.cat[h];
    // "Nothing disgusts me more than a trans woman" is said of the group, not of "nothing".
    if ((c === CAT.hate || c === CAT.insult) && hatedMoreThanGroup(hits.from[h], hits.to[h])) return false;
    // Hating a thing: "I hate Mondays", "je déteste les lundis", "I can't stand cauliflower". A
    // hate word that features.ts does not count (denied, quoted, "hate speech") is left alone here too.
    if (c === CAT.hate) {
      if (feats.negScope[hits.from[h]] !== 0 || namesHate(hits.from[h])) continue;
      if (!hateOfThing(hits.to[h])) return false;
      any = true;
      continue;
    }
    if (c === CAT.insult && (feats.tokCats[hits.to[h]] & (1 << CAT.hate)) !== 0 && hateOfThing(hits.to[h])) { any = true; continue; }
    // "The tablet arrived melted, what a | disgrace", « quelle | honte »: an exclamation about what happened.
    if (c === CAT.insult && isExclaimedSituation(hits.from[h])) { any = true; continue; }
    // "Worst support experience of my life, | absolutely pathetic": a verdict on what happened.
    if (c === CAT.insult && isVerdictOnSituation(hits.from[h], hits.to[h])) { any = true; continue; }
    // "I changed my name as a joke": said in jest, of nothing (a customer message, 2026-11-25).
    if (c === CAT.insult && isInJest(hits.from[h])) { any = true; continue; }
    if (c === CAT.violence && isFigurative(hits.to[h])) { any = true; continue; }
    if (c === CAT.threat && !isSlangPraiseOfProduct(hits.from[h])) return false;
    // Slang praise of a product ("this bar is a killer", "the mint one is the bomb") is no abuse at all.
    if ((c === CAT.negative || c === CAT.violence || c === CAT.threat) && isSlangPraiseOfProduct(hits.from[h])) { any = true; continue; }
    if (c !== CAT.insult && c !== CAT.violence) continue;
    if (!saidOfThing(hits.from[h], hits.to[h])) return false;
    any = true;
  }
  return any;
}

/**
 * Every hostile word is used in its everyday sense, and nothing is aimed at anyone: "There are rats
 * in the basement" (0.77), "La pédale de frein est cassée", "The garbage truck comes on Monday"
 * (0.77), "Le mongol est une langue d'Asie centrale" (0.82). A one-word hit with a word that picks its everyday sense near
 * it (senses.ts), no group's name, no staff, no "you" within three words of it ("you pig",
 * "t'es qu'une ordure", "trash like you"). Held under the cap like a complaint about a thing.
 */
export function isEverydaySense(): boolean {
  const d = feats.dense;
  if (d[DI.identity] + d[DI.staff_attack] > 0) return false;
  let any = false;
  for (let h = 0; h < hits.count; h++) {
    if (((1 << hits.cat[h]) & HOSTILE_WORDS) === 0) continue;
    const from = hits.from[h];
    // « la tapette pour | tuer la mouche »: violence at a pest.
    if (hits.cat[h] === CAT.violence && atPest(hits.to[h])) continue;
    if (hits.to[h] !== from || !inEverydaySense(from)) return false;
    // A possessive is no address: "your replacement", « votre remplacement » (a moderator's reply, 2026-11-25).
    for (let k = Math.max(0, from - 3); k <= from + 3 && k < tokens.count; k++) {
      if ((feats.tokCats[k] & (1 << CAT.second)) !== 0 && !POSSESSIVES.has(tokens.hash[k])) return false;
    }
    any = true;
  }
  return any;
}

const POSSESSIVES = new HashSet(['your', 'ur', 'votre', 'vos', 'ton', 'ta', 'tes'].map(hashString));

/** What a situation is called in an exclamation: "what a disgrace", « quelle honte », « quelle arnaque ». */
const SITUATIONS = new HashSet(['disgrace', 'shame', 'joke', 'mess', 'scam', 'ripoff', 'nightmare', 'honte', 'blague', 'arnaque',
  'catastrophe', 'scandale', 'cauchemar', 'galere'].map(hashString));
const WHAT_A = new HashSet(['quelle', 'quel'].map(hashString));

/** Token i is a word for a situation after "what a" / « quelle », closing its sentence. */
function isExclaimedSituation(i: number): boolean {
  if (!SITUATIONS.has(tokens.hash[i])) return false;
  const exclaimed = (i > 0 && WHAT_A.has(tokens.hash[i - 1])) ||
    (i > 1 && tokens.hash[i - 1] === A_WORD && tokens.hash[i - 2] === WHAT_WORD);
  const chars = normalisedBuffers().chars;
  return exclaimed && (i + 1 === tokens.count || gapHas(tokens, chars, i, endsClause));
}
const A_WORD = hashString('a'), WHAT_WORD = hashString('what');

/** Words that judge how something went, standing alone: "pathetic", « lamentable ». */
const VERDICTS = new HashSet(['pathetic', 'ridiculous', 'shameful', 'disgraceful', 'lame', 'unacceptable', 'appalling', 'lamentable',
  'deplorable', 'minable', 'pitoyable', 'ridicule', 'honteux', 'honteuse', 'scandaleux', 'scandaleuse', 'inadmissible', 'nul', 'nulle',
  'navrant', 'navrante', 'affligeant', 'affligeante', 'grotesque'].map(hashString));
/** What may stand before the verdict in its clause: "absolutely", « vraiment », "just", "it's". */
const VERDICT_LEAD = new HashSet(['absolutely', 'totally', 'utterly', 'just', 'so', 'truly', 'really', 'simply', 'frankly', 'honestly',
  "it's", 'its', "that's", 'thats', 'vraiment', 'completement', 'carrement', 'franchement', 'juste', 'tout', 'simplement',
  'totalement', 'trop', "c'", 'est', 'bref'].map(hashString));
/** Whom a verdict could be about: "he", « elle », "you"... */
const PERSONS = new HashSet(['he', 'she', 'him', 'her', 'they', 'them', 'you', 'u', 'il', 'elle', 'ils', 'elles', 'lui', 'tu', "t'", 'toi',
  'te', 'vous', "he's", 'hes', "she's", 'shes', "you're", 'youre'].map(hashString));

/**
 * The insult over tokens from..to is a verdict on how something went, standing alone in its clause
 * after a complaint: "Worst support experience of my life, absolutely pathetic", « Pire expérience
 * de ma vie, lamentable » (0.86 and 0.62 in a blind probe of complaints on a brand's page,
 * 2026-11-25). Only adverbs (or "it's", « c'est ») before it in its clause, the clause ends with it,
 * and nobody in the comment it could be about (no person's pronoun, no staff, no group, no person).
 */
function isVerdictOnSituation(from: number, to: number): boolean {
  if (from !== to || !VERDICTS.has(tokens.hash[from]) || feats.dense[DI.identity] > 0) return false;
  const chars = normalisedBuffers().chars;
  // The company named with its verdict: "Pathetic | company.", « Entreprise | pathétique. ».
  let end = to, start = from;
  if (end + 1 < tokens.count && BRAND_NOUNS.has(tokens.hash[end + 1]) && !gapHas(tokens, chars, end, endsClause)) end++;
  else if (start > 0 && BRAND_NOUNS.has(tokens.hash[start - 1]) && !gapHas(tokens, chars, start - 1, endsClause)) start--;
  if (end + 1 < tokens.count && !gapHas(tokens, chars, end, endsClause)) return false;
  let k = start - 1;
  while (k >= 0 && VERDICT_LEAD.has(tokens.hash[k]) && !gapHas(tokens, chars, k, endsClause)) k--;
  // The clause opens right before the verdict's lead: a comment's first word, or after a comma or full stop.
  if (k >= 0 && !gapHas(tokens, chars, k, endsClause)) return false;
  // A verdict alone is no complaint: something must have gone wrong before it.
  if (k < 0) return false;
  // A sentence of its own after the complaint judges what was done, whoever the complaint names:
  // "You poisoned kids ... and all we get is a press release? | Shameful.", « ... pendant que des
  // familles souffrent. | Entreprise pathétique. » (0.80 and 0.60 in a blind probe of a brand's
  // crisis, 2026-11-25). Within a clause, a person named could be the one judged.
  const ownSentence = gapHas(tokens, chars, k, endsSentence) && (end + 1 === tokens.count || gapHas(tokens, chars, end, endsSentence));
  if (ownSentence) return true;
  if (feats.dense[DI.staff_attack] > 0) return false;
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.hash[i];
    if (PERSONS.has(w) || PEOPLE.has(w) || (feats.tokCats[i] & (1 << CAT.staff)) !== 0) return false;
  }
  return true;
}

/** The company and what it did, named with a verdict: "Pathetic company.", « Réponse lamentable. ». */
const BRAND_NOUNS = new HashSet(['company', 'brand', 'business', 'corporation', 'response', 'answer', 'apology', 'pr', 'entreprise',
  'marque', 'boite', 'societe', 'reponse', 'excuses', 'com', 'communication'].map(hashString));

/** Pests one kills without threatening anyone: "kill the fly", « tuer la mouche ». */
const PESTS = new HashSet(['fly', 'flies', 'mosquito', 'mosquitoes', 'wasp', 'wasps', 'spider', 'spiders', 'bug', 'bugs', 'mouse', 'mice',
  'rat', 'rats', 'cockroach', 'cockroaches', 'mouche', 'mouches', 'moustique', 'moustiques', 'guepe', 'guepes', 'araignee',
  'araignees', 'souris', 'cafard', 'cafards', 'insecte', 'insectes'].map(hashString));
const PEST_ARTICLES = new HashSet(['the', 'a', 'that', 'this', 'la', 'le', 'les', "l'", 'une', 'un', 'cette', 'ce', 'ces', 'des'].map(hashString));

/** The violent verb ending at token i has a pest for its object: "kill | the fly", « tuer | la mouche ». */
function atPest(i: number): boolean {
  let k = i + 1;
  if (k < tokens.count && PEST_ARTICLES.has(tokens.hash[k])) k++;
  return k < tokens.count && PESTS.has(tokens.hash[k]);
}

/** Addressing the brand: "you", "your", « vous », « vos ». */
const TO_THE_BRAND = new HashSet(['you', 'your', 'u', 'ur', 'vous', 'votre', 'vos'].map(hashString));
/** Options, ingredients and access a customer asks about for someone: "halal", "kosher", « sans danger ». */
const SUITED_FOR = new HashSet(['halal', 'kosher', 'casher', 'vegan', 'safe', 'accessible', 'options', 'option', 'suitable', 'allergens',
  'danger', 'adapte', 'adaptee', 'adaptes', 'accessibles', 'lisible', 'readable', 'sizes', 'tailles', 'ingredients'].map(hashString));

/**
 * A customer's question to the brand about a product for a group: "Do you have halal options for
 * Muslim customers?", « Vos barres sont-elles sans danger pour les femmes enceintes ? » (0.51 in a
 * blind probe of comments on a brand's page, 2026-11-25: a group's name weighs on its own, see
 * explain.ts). The comment asks (it ends with "?", and not "why"), speaks to the brand, names a
 * product or what suits someone (THINGS, SUITED_FOR) and, within four words after it, the group as
 * whom it is for ("for", « pour », « aux »); it holds no hostile word at all. "Disabled people are a
 * drain, why does your shop cater to them?" is no product question.
 */
export function isProductQuestionForGroup(): boolean {
  if (feats.dense[DI.identity] === 0 || feats.dense[DI.question] === 0) return false;
  for (let h = 0; h < hits.count; h++) if (((1 << hits.cat[h]) & HOSTILE_WORDS) !== 0) return false;
  const chars = normalisedBuffers().chars;
  let last = feats.length - 1;
  while (last >= 0 && chars[last] === 32) last--;
  if (last < 0 || chars[last] !== 63) return false;
  let brand = false, product = -1, forGroup = false;
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.hash[i];
    // "Why does your shop cater to them?" asks nothing about a product: it questions the group's place.
    if (WHY.has(w)) return false;
    if (TO_THE_BRAND.has(w)) brand = true;
    if (THING_WORDS.has(w) || SUITED_FOR.has(w)) product = i;
    // The group is who the product is for, right after it: "options | for | Muslim customers", « sans danger | pour | les femmes ».
    if (product >= 0 && i - product <= 4 && FOR.has(w) && groupAfter(i, 3, FOR_FILLERS)) forGroup = true;
  }
  return brand && forGroup;
}
const FOR = new HashSet(['for', 'to', 'pour', 'aux', 'a'].map(hashString));
const FOR_FILLERS = new HashSet(['the', 'our', 'my', 'les', 'des', 'nos', 'mes', 'personnes', 'people', 'customers', 'clients'].map(hashString));
