/**
 * A group named with nothing hostile: a colour, praise, the speaker's own group or relatives, a
 * group accepted. Held under balanced (or, for a colour, under high).
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { HashSet } from '../hash-table';
import { DI as DIImport, feats as featsImport } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport, hits as hitsImport } from '../lexicon';
import { normalisedBuffers } from '../normalise';
import { endsClause, gapHas, tokens as tokensImport } from '../tokens';
import { isGroupNamedHostile as isGroupNamedHostileImport } from './group-attacks';
import { groupAfter as groupAfterImport, namesGroupAt as namesGroupAtImport, namesSpeaker as namesSpeakerImport, phraseEnd as phraseEndImport, selfIdentificationEnd as selfIdentificationEndImport } from './group-words';
import { isAimedThreat as isAimedThreatImport } from './threats';
import { COLOUR_WORDS as COLOUR_WORDSImport, DE as DEImport, HOSTILE_WORDS as HOSTILE_WORDSImport, JOINS as JOINSImport, PICKING as PICKINGImport, TO_DE as TO_DEImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const COLOUR_WORDS = COLOUR_WORDSImport;
const DI = DIImport;
const HOSTILE_WORDS = HOSTILE_WORDSImport;
const JOINS = JOINSImport;
const PICKING = PICKINGImport;
const feats = featsImport;
const groupAfter = groupAfterImport;
const isAimedThreat = isAimedThreatImport;
const isGroupNamedHostile = isGroupNamedHostileImport;
const hits = hitsImport;
const namesGroupAt = namesGroupAtImport;
const phraseEnd = phraseEndImport;
const namesSpeaker = namesSpeakerImport;
const DE = DEImport;
const TO_DE = TO_DEImport;
const selfIdentificationEnd = selfIdentificationEndImport;
const tokens = tokensImport;

/** Every identity word of the analysed text is a colour word. */
function identityIsColour(): boolean {
  let any = false;
  for (let h = 0; h < hits.count; h++) {
    if (hits.cat[h] !== CAT.identity) continue;
    // "a Black neighbour", "un voisin noir": a colour word with a noun for a person names a group.
    if (hits.to[h] !== hits.from[h] || !COLOUR_WORDS.has(tokens.hash[hits.from[h]]) || namesGroupAt(hits.from[h])) return false;
    any = true;
  }
  return any;
}

/** A colour word that also names a group, and nothing hostile: no insult, profanity, slur, threat, violence, hate, dehumanising word or judgement. */
export function isGroupNamedOnly(): boolean {
  const d = feats.dense;
  return d[DI.identity] > 0 && identityIsColour() && d[DI.insult] === 0 && d[DI.profanity] === 0 && d[DI.slur] === 0 && d[DI.threat] === 0 &&
    d[DI.violence] === 0 && d[DI.hate] === 0 && d[DI.dehumanise] === 0 && d[DI.targeted_evaluation] === 0;
}

/**
 * Words that praise or welcome ("I love my gay friends", "les musulmans sont formidables", "proud
 * to be", "bienvenue aux réfugiés"). Written forms, not stems: the tokens' exact hashes are looked up.
 */
const PRAISE = new HashSet([
  'love', 'loved', 'loves', 'adore', 'adores', 'proud', 'respect', 'respected', 'admire', 'admired', 'great', 'wonderful',
  'brilliant', 'amazing', 'awesome', 'beautiful', 'lovely', 'kind', 'welcome', 'welcomed', 'support', 'supports',
  'thank', 'thanks', 'grateful', 'celebrate', 'celebrating', 'appreciate', 'fantastic', 'incredible', 'inspiring',
  'brave', 'talented', 'generous', 'friendly', 'welcoming', 'nice', 'sweet', 'valid', 'caring', 'hardworking',
  'excellent', 'outstanding', 'superb', 'adorable', 'adorables', 'inspirant', 'inspirante', 'inspirants', 'inspirantes',
  // Not "intelligent", "smart" nor "funny": they come in hostile comparisons and sarcasm as well
  // ("less intelligent", "funny how..."; seen in the functional suite's hostile rows, 2026-11-24).
  'aime', 'aimons', 'adore', 'adorons', 'fier', 'fiere', 'fiers', 'fieres', 'respecte', 'respectons', 'admire',
  'formidable', 'formidables', 'magnifique', 'magnifiques', 'genial', 'geniale', 'geniaux', 'merveilleux',
  'merveilleuse', 'merveilleuses', 'gentil', 'gentils', 'gentille', 'gentilles', 'bienvenue', 'bienvenus',
  'bienvenues', 'soutien', 'soutiens', 'soutenons', 'merci', 'bravo', 'courageux', 'courageuse', 'courageuses',
  'talentueux', 'talentueuse', 'talentueuses', 'chaleureux', 'chaleureuse', 'chaleureuses', 'accueillants',
  'accueillantes', 'genereux', 'genereuse', 'genereuses', 'superbe', 'superbes', 'sympa', 'sympas', 'super',
  'travailleurs', 'beaux', 'belles', 'legitime', 'legitimes', 'excellent', 'excellents', 'excellente', 'excellentes',
  'rights', 'dignity', 'equal', 'equality', 'capable', 'contribute', 'contributes', 'contributed', 'enrich', 'enriches',
  'enriched', 'enrichissent', 'enrichit', 'enrichi', 'inspire', 'inspires', 'inspired', 'inspirent',
  // "Black women are queens 👑" (0.70, a probe of functional tests, 2026-11-25); joy brought.
  'joy', 'joie', 'queens', 'queen', 'kings', 'heroes', 'legends', 'reines', 'reine', 'rois', 'heros', 'legendes',
  // Defended: "Standing up for trans people is the right thing to do" (0.53), « défendre les
  // personnes trans » (0.48, 2026-11-25).
  // Not « aiment » nor « adorent »: "les renois ils aiment trop..." opens stereotypes (MLMA's hostile rows).
  'resilient', 'resilients', 'resilientes', 'helpful', 'serviable', 'serviables', 'aimable', 'aimables', 'celebrated', 'celebree', 'celebres', 'celebrer', 'celebrons',
  'defending', 'standing', 'protect', 'protecting', 'defendre', 'defendons', 'proteger', 'protegeons',
  'solidarity', 'safe', 'colleagues', 'colleague', 'neighbours', 'neighbors', 'donate', 'donated', 'volunteer', 'volunteers',
  'droits', 'dignite', 'egaux', 'egales', 'egalite', 'capables', 'contribuent', 'solidarite',
  'collegues', 'collegue', 'voisins', 'voisines', 'benevoles',
  // Everyday ties: "most of my classmates are women", "my brother is gay", "mes amis musulmans".
  'friend', 'friends', 'classmates', 'classmate', 'family', 'brother', 'sister', 'son', 'daughter', 'husband', 'wife',
  'partner', 'neighbour', 'neighbor', 'coworkers', 'teammates', 'ami', 'amis', 'amie', 'amies', 'camarades', 'famille',
  'frere', 'soeur', 'fils', 'fille', 'mari', 'voisin', 'voisine',
].map(hashString));

/**
 * What a group brings, when it is much: "Immigrants bring so much to this country" (0.58, a probe
 * of functional tests, 2026-11-25), « apportent tellement à ». Not "bring" alone ("they bring
 * crime") nor much of something named ("so much crime").
 */
const BRING = new HashSet(['bring', 'brings', 'brought', 'give', 'gives', 'offer', 'offers', 'apportent', 'apporte', 'donnent',
  'offrent'].map(hashString));
const SO_MUCH = new HashSet(['so', 'much', 'lots', 'tellement', 'beaucoup', 'enormement', 'tant'].map(hashString));
const TO = new HashSet(['to', 'into', 'a', 'au', 'aux'].map(hashString));

/** The verb at i brings much, and to someone or somewhere, not something named: "bring so much | to", "apportent tellement | à". */
function bringsMuch(i: number): boolean {
  let k = i + 1;
  while (k < tokens.count && k <= i + 2 && SO_MUCH.has(tokens.hash[k])) k++;
  return k > i + 1 && (k === tokens.count || TO.has(tokens.hash[k]));
}

const PRIDE = new HashSet(['pride', 'fierte', 'fiertes'].map(hashString));

/** Glad to see: "so happy to see", « contente de voir » (0.54 and 0.56, a probe of functional tests, 2026-11-25). */
const HAPPY = new HashSet(['happy', 'glad', 'pleased', 'content', 'contente', 'heureux', 'heureuse', 'ravi', 'ravie'].map(hashString));
const SEE = new HashSet(['see', 'voir'].map(hashString));
const STAND = hashString('stand'), WITH = hashString('with');

/** A country, a city built: "built | this | country" (0.65), « ont construit | ce | pays » (0.69, 2026-11-25). */
const BUILT = new HashSet(['built', 'build', 'builds', 'construit', 'construisent', 'bati', 'batissent'].map(hashString));
const HOMELAND = new HashSet(['country', 'nation', 'city', 'town', 'america', 'britain', 'pays', 'ville', 'france', 'nation'].map(hashString));

/** A colour word names a group in the text: "white | pride", "black | power". */
function colourNamed(): boolean {
  for (let i = 0; i < tokens.count; i++) if (COLOUR_WORDS.has(tokens.hash[i])) return true;
  return false;
}

/**
 * Relatives and workmates, when they are the speaker's: "my aunt is a lesbian", "mon oncle est
 * musulman" (a probe of functional tests, 2026-11-24). Without "my", "ta mère" and "your mom" are
 * insults of their own.
 */
const KIN = new HashSet(['aunt', 'uncle', 'cousin', 'coworker', 'mum', 'mom', 'mother', 'dad', 'father', 'grandma',
  'grandmother', 'grandpa', 'grandfather', 'niece', 'nephew', 'tante', 'oncle', 'cousine', 'maman', 'papa', 'mere', 'pere',
  'neveu',
  // The speaker's doctor, teacher, landlord: "My doctor is a Muslim man", « mon médecin est un homme
  // musulman » (0.54 and 0.54, a probe of functional tests, 2026-11-25).
  'doctor', 'teacher', 'dentist', 'nurse', 'landlord', 'lawyer', 'therapist', 'medecin', 'docteur', 'prof', 'professeur',
  'professeure', 'institutrice', 'instituteur', 'infirmiere', 'infirmier', 'dentiste', 'avocat', 'avocate',
  'proprietaire'].map(hashString));

const MY = new HashSet(['my', 'our', 'mon', 'ma', 'mes', 'notre', 'nos'].map(hashString));

/** Every group named is the speaker's own: each identity word within four words after a self-identification. */
function onlyOwnGroup(): boolean {
  const chars = normalisedBuffers().chars;
  let reach = -1, any = false;
  for (let i = 0; i < tokens.count; i++) {
    // "and", "but" or punctuation ends what the speaker says of themselves: "We are white and the immigrants...".
    if (JOINS.has(tokens.hash[i])) reach = -1;
    if (i > 0 && gapHas(tokens, chars, i - 1, endsClause)) reach = -1;
    reach = Math.max(reach, selfIdentificationEnd(i));
    if ((feats.tokCats[i] & (1 << CAT.identity)) === 0) continue;
    if (i >= reach) return false;
    any = true;
  }
  return any;
}

/** Lexicon categories that rule praise out: anything hostile, a judgement, a negation, sarcasm. */
const NOT_PRAISE = HOSTILE_WORDS | (1 << CAT.negation) | (1 << CAT.sarcasm) | (1 << CAT.dismissive) |
  (1 << CAT.evaluative) | (1 << CAT.negative);

/**
 * A group named with praise and nothing else: an identity word, a word of praise, and no hostile
 * word, slur, judgement, negative word, negation or sarcasm cue anywhere ("I love how they ruin
 * everything" has "ruin"; "j'aime pas les noirs" has "pas"). The sources taught the model that
 * naming a group is hostile (most of their group mentions are), so it scored "I love my gay friends"
 * 0.50 and "les noirs sont magnifiques" 0.67. Held under the cap like a mention: flagged at high
 * only, if the model scores it that high.
 */
export function isGroupPraised(): boolean {
  let identity = false;
  for (let h = 0; h < hits.count; h++) {
    const c = hits.cat[h];
    if ((1 << c) & NOT_PRAISE) return false;
    if (c === CAT.identity) identity = true;
  }
  if (!identity) return false;
  if (!praiseFound()) return onlyOwnGroup();
  // Praise in one sentence does not cover an attack in the next: "Super chocolat comme toujours.
  // Dommage que vous ayez pris cette musulmane, ce sont tous des terroristes" (0.38, held), "I used to
  // love this brand. Now you support refugees, so I'll be waiting outside your store to teach them a
  // lesson" (0.06): a long comment on a brand's page, a probe of functional tests, 2026-11-25.
  return !isGroupNamedHostile() && !isAimedThreat();
}

/** A word of praise, a relative or workmate of the speaker's, or a phrase of praise. */
function praiseFound(): boolean {
  for (let i = 0; i < tokens.count; i++) {
    if (PRAISE.has(tokens.hash[i]) || (i > 0 && KIN.has(tokens.hash[i]) && MY.has(tokens.hash[i - 1]))) return true;
    if (BRING.has(tokens.hash[i]) && bringsMuch(i)) return true;
    // "Immigrants built this country", « les immigrés ont construit ce pays ».
    if (BUILT.has(tokens.hash[i]) && i + 2 < tokens.count && HOMELAND.has(tokens.hash[i + 2])) return true;
    // "Happy to see a gay couple in your ad!", « contente de voir... »; "I stand with...".
    if (HAPPY.has(tokens.hash[i]) && i + 2 < tokens.count && TO_DE.has(tokens.hash[i + 1]) && SEE.has(tokens.hash[i + 2])) return true;
    if (tokens.hash[i] === STAND && i + 1 < tokens.count && tokens.hash[i + 1] === WITH) return true;
    // "The gay pride march", « la marche des fiertés »; not a colour's pride ("white pride" is a slogan of hate).
    if (PRIDE.has(tokens.hash[i]) && !colourNamed()) return true;
  }
  return false;
}

/** "Nothing wrong with (being)", "no shame in being", "rien de mal à (être)", "aucune honte à être", before a group's name. */
const ACCEPTING = [
  'nothing wrong with', 'nothing wrong about', 'no shame in', 'nothing bad about', 'rien de mal a', 'aucune honte a',
  'pas de honte a', 'rien de honteux a',
].map((p) => p.split(' ').map(hashString));
const ACCEPTING_FIRST = new HashSet(ACCEPTING.map((p) => p[0]));

const BEING = new HashSet(['being', 'a', 'an', 'etre', 'un', 'une', 'the'].map(hashString));

/**
 * A group accepted: "There's nothing wrong with being gay", "Il n'y a rien de mal à être gay" (0.58
 * and 0.66 in a probe of functional tests, 2026-11-24): the phrase, then the group's name within
 * three words, and nothing hostile outside the phrase.
 */
export function isGroupAccepted(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  if (nothingBadAbout()) return true;
  for (let i = 0; i < tokens.count; i++) {
    if (!ACCEPTING_FIRST.has(tokens.hash[i])) continue;
    const end = phraseEnd(i, ACCEPTING);
    if (end < 0 || !groupAfter(end - 1, 3, BEING)) continue;
    for (let h = 0; h < hits.count; h++) {
      if (((1 << hits.cat[h]) & HOSTILE_WORDS) !== 0 && (hits.from[h] < i || hits.from[h] >= end)) return false;
    }
    return true;
  }
  return false;
}


/**
 * The slurs a community has taken back, of sexuality and gender: not "bitch", "hoe", "retard",
 * "cracker" said of oneself ("I'm a bitch boy", "my fellow cracker": Davidson labels those hostile).
 */
const RECLAIMABLE = new HashSet(['queer', 'queers', 'dyke', 'dykes', 'fag', 'fags', 'faggot', 'faggots', 'pede', 'pedes', 'pd',
  'gouine', 'gouines', 'tapette', 'tapettes', 'tarlouze', 'tarlouzes', 'folle', 'folles'].map(hashString));

/**
 * A slur reclaimed: every slur or insult of the text names the speaker ("We're queer and we're here
 * to stay", "Proud to be a dyke", "Me and my fellow faggots are going dancing", « On est pédés et
 * fiers de l'être », « En tant que pédé, je trouve cette pub géniale »: 0.51 to 0.87, all flagged,
 * in a probe of HateCheck's "reclaimed slurs", 2026-11-25), and nothing else hostile: no threat,
 * profanity, hate, "you" near it. Not "my nigga" (Davidson labels it hostile, and it names another).
 * Davidson and MLMA label such rows hostile (they label every slur): 20 of their hostile rows move
 * under balanced with this rule ("I'm a faggot :/"), Davidson held out −0.0001 of ROC AUC.
 */
export function isSlurReclaimed(): boolean {
  if (feats.dense[DI.slur] + feats.dense[DI.insult] === 0) return false;
  let any = false;
  for (let h = 0; h < hits.count; h++) {
    const c = hits.cat[h];
    if (((1 << c) & HOSTILE_WORDS) === 0) continue;
    const from = hits.from[h];
    if (!RECLAIMABLE.has(tokens.hash[from]) || hits.to[h] !== from || !namesSpeaker(from)) return false;
    // "You're a dyke": aimed at the reader. "Your new campaign" later in the sentence is not.
    for (let k = Math.max(0, from - 3); k <= from + 3 && k < tokens.count; k++) if ((feats.tokCats[k] & (1 << CAT.second)) !== 0) return false;
    any = true;
  }
  return any;
}

const NOTHING_WORDS = new HashSet(['nothing', 'rien'].map(hashString));
const ABOUT = new HashSet(['about', 'with', 'in', 'chez', 'a', 'dans', 'avec', 'en', 'being', 'etre'].map(hashString));
const JUDGED = (1 << CAT.insult) | (1 << CAT.negative) | (1 << CAT.evaluative) | (1 << CAT.dehumanise);

/**
 * "There is nothing disgusting about gay people", « il n'y a rien de dégoûtant chez les homos »
 * (0.55 in a probe of functional tests, 2026-11-25): "nothing" / « rien (de) », a judgement, then
 * "about" / « chez » and a group's name within three words; nothing hostile elsewhere.
 */
function nothingBadAbout(): boolean {
  for (let i = 0; i + 2 < tokens.count; i++) {
    if (!NOTHING_WORDS.has(tokens.hash[i])) continue;
    let j = i + 1;
    if (DE.has(tokens.hash[j])) j++;
    if (j >= tokens.count || (feats.tokCats[j] & JUDGED) === 0) continue;
    if (j + 1 >= tokens.count || !ABOUT.has(tokens.hash[j + 1]) || !groupAfter(j + 1, 3, ABOUT_FILLERS)) continue;
    for (let h = 0; h < hits.count; h++) {
      if (((1 << hits.cat[h]) & HOSTILE_WORDS) !== 0 && hits.from[h] !== j) return false;
    }
    return true;
  }
  return false;
}
const ABOUT_FILLERS = new HashSet([...BEING, ...PICKING]);
