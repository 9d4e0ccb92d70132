/**
 * Attacks on a group that the model, trained on sources that label them unevenly, scores low: a
 * group called a hostile name, esteem or praise denied to it, hate for it said outright, a slur
 * used. Raised to balanced.
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { HashSet } from '../hash-table';
import { DI as DIImport, feats as featsImport, markQuotes, namesHate, SCOPE_QUOTED } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport, hits as hitsImport } from '../lexicon';
import { PLACES } from '../lexicons/places';
import { normalisedBuffers } from '../normalise';
import { inEverydaySense } from '../senses';
import { endsClause, endsSentence, gapHas, tokens as tokensImport } from '../tokens';
import { gate, gateOpen } from './filters';
import { deniedStopAt as deniedStopAtImport, groupAfter as groupAfterImport, hatedMoreThanGroup as hatedMoreThanGroupImport, namesGroupAt as namesGroupAtImport, namesSpeaker as namesSpeakerImport } from './group-words';
import { COLOUR_WORDS as COLOUR_WORDSImport, DE as DEImport, PEOPLE as PEOPLEImport, PICKING as PICKINGImport, STOP_DENIERS as STOP_DENIERSImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const COLOUR_WORDS = COLOUR_WORDSImport;
const DI = DIImport;
const DE = DEImport;
const STOP_DENIERS = STOP_DENIERSImport;
const deniedStopAt = deniedStopAtImport;
const namesSpeaker = namesSpeakerImport;
const PEOPLE = PEOPLEImport;
const PICKING = PICKINGImport;
const feats = featsImport;
const groupAfter = groupAfterImport;
const hatedMoreThanGroup = hatedMoreThanGroupImport;
const hits = hitsImport;
const namesGroupAt = namesGroupAtImport;
const tokens = tokensImport;

/** The verb "to be" between a group and what it is called: "Muslims | are | vermin", "les Roms | sont | des voleurs". */
const GROUP_COPULAS = new HashSet(['are', 'were', 'is', 'was', "'re", 're', 'sont', 'etaient', 'est', 'seront'].map(hashString));

/** Words between the verb and the name: "are | all | just | a bunch of | vermin", "sont | tous | des | rats". */
const NAME_FILLERS = new HashSet(['a', 'an', 'all', 'just', 'only', 'such', 'so', 'really', 'the', 'nothing', 'but', 'bunch', 'of',
  'basically', 'literally', 'des', 'de', 'la', 'du', 'tous', 'toutes', 'que', "qu'", 'vraiment', 'juste', 'une', 'un', 'bande'].map(hashString));

/**
 * A group called a hostile name: a group's name (or a pronoun for it after it), "are" / "sont", and
 * an insult, a dehumanising word, a slur or a label of crime, asserted (not denied, not quoted):
 * "Women are trash", "Black people are apes", "les Roms sont des voleurs", "Muslims are terrorists". The core of hate speech, which the model alone scored low when a training
 * source used the word elsewhere as neutral (Davidson: "trash" in 675 neutral rows, "the brain of
 * an ape"): "Women are trash" 0.31, "Black people are apes" 0.26 (a grid of such sentences,
 * 2026-11-24).
 */
export function isGroupNamedHostile(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  let named = false;
  for (let i = 0; i + 2 < tokens.count; i++) {
    let verb = -1;
    if ((feats.tokCats[i] & (1 << CAT.identity)) !== 0) {
      named = true;
      if ((feats.tokCats[i + 1] & (1 << CAT.identity)) !== 0) continue;
      // "Not all feminists are crazy": the group itself in a negation's scope is no generalisation.
      if (COLOUR_WORDS.has(tokens.hash[i]) || feats.negScope[i] !== 0) continue;
      // "Disabled | people | are": a noun for people after the group's adjective.
      verb = PEOPLE.has(tokens.hash[i + 1]) ? i + 2 : i + 1;
    } else if (named && GROUP_PRONOUNS.has(tokens.hash[i]) && feats.negScope[i] === 0) {
      // The group named before, then a pronoun: "I saw a Muslim at the shop, they are all terrorists",
      // "..., ce sont tous des terroristes" (0.14 in a probe of functional tests, 2026-11-24).
      verb = tokens.hash[i] === THEYRE ? i : i + 1;
    }
    // « ne sont que des... »: "ne ... que" restricts ("only"), it does not deny.
    if (verb > 0 && verb + 2 < tokens.count && tokens.hash[verb] === NE && tokens.hash[verb + 2] === QUE) verb++;
    if (verb < 0 || verb >= tokens.count || (verb > i && !GROUP_COPULAS.has(tokens.hash[verb]))) continue;
    if (namedHostileAfter(verb)) return true;
  }
  return false;
}

/** Labels of crime that call a whole group criminal: "Muslims are terrorists", "les Roms sont des voleurs". */
const CRIME_LABELS = new HashSet(['terrorists', 'terrorist', 'criminals', 'criminal', 'thieves', 'thief', 'rapists', 'rapist',
  'murderers', 'paedophiles', 'pedophiles', 'terroristes', 'terroriste', 'criminels', 'criminel', 'voleurs', 'voleur',
  'violeurs', 'violeur', 'delinquants', 'delinquant', 'assassins', 'dealers'].map(hashString));

/**
 * Things, said of people: "Women are nothing but objects to use", « les femmes ne sont que des
 * objets » (0.28 and 0.32 in a probe of functional tests, 2026-11-25). Only after a group's name
 * and "are" / "sont": "objects" and "things" alone are everyday words.
 */
const THINGS_NOT_PEOPLE = new HashSet(['objects', 'object', 'property', 'things', 'objets', 'objet', 'choses', 'marchandises',
  // "Disabled people are vegetables" (0.43, 2026-11-25).
  'vegetables', 'vegetable', 'legumes', 'legume'].map(hashString));

/** Pronouns that stand for a group named before them: "they", "ils", "elles", "ce" (sont). */
const GROUP_PRONOUNS = new HashSet(['they', "they're", 'theyre', 'ils', 'elles', 'ce'].map(hashString));

const THEYRE = hashString("they're");
const NE = hashString('ne'), QUE = hashString('que');

/** An insult, a dehumanising word, a slur or a label of crime, asserted, within four words after the verb at `verb`. */
function namedHostileAfter(verb: number): boolean {
  const NAME = (1 << CAT.insult) | (1 << CAT.dehumanise) | (1 << CAT.slur);
  for (let k = verb + 1; k < tokens.count && k <= verb + 4; k++) {
    if ((feats.tokCats[k] & NAME) !== 0 || CRIME_LABELS.has(tokens.hash[k]) || THINGS_NOT_PEOPLE.has(tokens.hash[k])) return feats.negScope[k] === 0;
    if (!NAME_FILLERS.has(tokens.hash[k])) return false;
  }
  return false;
}

/**
 * Verbs of esteem and of taking someone in: denied, with a group as their object, they say contempt
 * or a refusal to deal with its members ("I don't respect Muslims", "I would never hire a disabled
 * person", "je n'embaucherai jamais un handicapé": 0.26 and 0.33 in a probe of functional tests,
 * 2026-11-24). French verbs in the forms a refusal takes: present, future, conditional.
 */
const ESTEEM = new HashSet(['like', 'respect', 'trust', 'tolerate', 'aime', 'respecte', 'confiance',
  'hire', 'employ', 'accept', 'serve', 'rent', 'date', 'marry', 'let', 'allow', 'love', 'work', 'laisserai', 'laisserais', 'laisse',
  'travaillerai', 'travaillerais', 'travailler',
  'embauche', 'embaucher', 'embaucherai', 'embaucherais', 'engage', 'engagerai', 'engagerais', 'accepte', 'accepterai',
  'accepterais', 'loue', 'louerai', 'louerais', 'epouse', 'epouserai', 'epouserais', 'tolere', 'tolererai',
  // Infinitives after a modal: "je ne pourrais jamais respecter une personne trans" (0.06, 2026-11-24).
  'respecter', 'aimer', 'accepter', 'tolerer', 'epouser', 'louer'].map(hashString));

/** Negators before the verb ("don't", "never", "n'", "fais pas | confiance") and, in French, after it ("j'aime pas"). */
const NEGATOR_BEFORE = new HashSet(["don't", 'dont', 'not', 'never', "can't", 'cant', 'cannot', "won't", "wouldn't", "n'", 'ne',
  'pas', 'jamais'].map(hashString));

const NEGATOR_AFTER = new HashSet(['pas', 'jamais', 'plus'].map(hashString));

/** Between the verb of esteem and the group, besides the words that pick its members: "pas | les", "jamais confiance | à un", "really". */
const ESTEEM_FILLERS = new HashSet([...PICKING, ...['pas', 'jamais', 'plus', 'confiance', 'aux', 'trop', 'vraiment', 'du', 'really',
  'much', 'to', 'for', 'pour', 'single'].map(hashString)]);

/**
 * Esteem denied to a group: "I don't respect Muslims" (0.15), "I don't like immigrants" (0.20), "I
 * would never trust a Jew", "Je n'aime pas les immigrés" (0.25), "je ne ferai jamais confiance à un
 * juif": HateCheck's "negated positive statement"; and refusals to deal with a group's members: "I
 * would never hire / rent to / marry / work for / let in a ...". A negated verb and a group's name
 * for its object within four words; the same verb of a thing or a person is left to the model.
 */
export function isGroupDisesteemed(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  for (let i = 1; i < tokens.count - 1; i++) {
    if (!ESTEEM.has(tokens.hash[i])) continue;
    const before = NEGATOR_BEFORE.has(tokens.hash[i - 1]) || (i > 1 && NEGATOR_BEFORE.has(tokens.hash[i - 2]));
    if (!before && !NEGATOR_AFTER.has(tokens.hash[i + 1])) continue;
    if (groupAfter(i, 4, ESTEEM_FILLERS)) return true;
  }
  return false;
}

/** Between a hate verb and the group it names: "despise | every single | immigrant", "je hais | tous les | immigrés". */
const HATE_FILLERS = new HashSet([...PICKING, ...['single', 'of', 'them', 'really', 'truly', 'de', 'des', 'vraiment'].map(hashString)]);

/** The speaker as the object of a feeling: "Refugees disgust | me", "les handicapés | m' | insupportent". */
const ME = new HashSet(['me', "m'", 'us', 'nous'].map(hashString));

/**
 * Hate for a group said outright: a hate verb, asserted (not denied, quoted or naming hate, as
 * features.ts reads it), with a group's name for its object ("I despise every single immigrant",
 * 0.41 in a probe of functional tests, 2026-11-24) or for the subject of a feeling the speaker has
 * ("Les handicapés m'insupportent" 0.40, "Refugees disgust me"), or for its object a pronoun for a
 * group named before it in the sentence ("Ma ville est pleine de réfugiés et je les méprise" 0.45).
 * The model ranks most such sentences high already; those it scores low carry words it saw little.
 */
export function isGroupHated(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  for (let h = 0; h < hits.count; h++) {
    if (hits.cat[h] !== CAT.hate) continue;
    const from = hits.from[h], to = hits.to[h];
    if (namesHate(from)) continue;
    // "Nothing disgusts me more than a trans woman", « rien ne me dégoûte plus qu'une femme trans »: the
    // negation makes a superlative, aimed at the group after "than" (0.39 and 0.39, a probe of
    // functional tests, 2026-11-25).
    if (feats.negScope[from] !== 0 && hatedMoreThanGroup(from, to)) return true;
    if (feats.negScope[from] !== 0 && !neverStops(from)) continue;
    if (groupAfter(to, 4, HATE_FILLERS)) return true;
    // The group named earlier in the sentence, then "them" / "les": "...full of refugees and I despise them", "je les méprise".
    if (pronounForGroup(from, to)) return true;
    let me = false;
    for (let k = from; k <= Math.min(to + 1, tokens.count - 1); k++) if (ME.has(tokens.hash[k])) me = true;
    for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
      const w = tokens.hash[k];
      if (ME.has(w)) { me = true; continue; }
      if ((feats.tokCats[k] & (1 << CAT.identity)) !== 0) { if (me && namesGroupAt(k)) return true; break; }
      if (!PEOPLE.has(w)) break;
    }
  }
  return false;
}

/**
 * The hate word at token i follows a denied stop: "I'll never stop hating black people" (0.38 in a
 * probe of functional tests, 2026-11-25), « je ne cesserai jamais de haïr... »: two denials, the
 * hate asserted.
 */
function neverStops(i: number): boolean {
  const k = i > 0 && DE.has(tokens.hash[i - 1]) ? i - 2 : i - 1;
  return deniedStopAt(k) || (k > 0 && STOP_DENIERS.has(tokens.hash[k]) && deniedStopAt(k - 1));
}

const THEM_AFTER = new HashSet(['them', 'em'].map(hashString));

const THEM_BEFORE = new HashSet(['les'].map(hashString));

/**
 * The hate verb at [from, to] has a pronoun for a group as its object ("I hate | them", "je | les |
 * méprise"), and a group is named before it in the same sentence.
 */
function pronounForGroup(from: number, to: number): boolean {
  const them = (to + 1 < tokens.count && THEM_AFTER.has(tokens.hash[to + 1])) || (from > 0 && THEM_BEFORE.has(tokens.hash[from - 1]));
  if (!them) return false;
  const chars = normalisedBuffers().chars;
  for (let k = from - 1; k >= 0; k--) {
    if ((feats.tokCats[k] & (1 << CAT.identity)) !== 0 && namesGroupAt(k)) return true;
    if (gapHas(tokens, chars, k, endsSentence)) return false;
  }
  return false;
}

/** Negators that deny praise of a group: "are | never | welcome", "ne sont | jamais | les bienvenus", "No | immigrant". */
const DENIES_PRAISE = new HashSet(['not', 'never', "aren't", 'arent', "isn't", 'isnt', 'no', 'ne', "n'", 'pas', 'jamais',
  'aucun', 'aucune', 'nul', 'nulle'].map(hashString));

/**
 * What is denied: a quality or a welcome ("good leaders", "welcome", "dignes de confiance"). Not the
 * everyday ties of PRAISE: "ma femme n'a pas d'ami homme" denies no one anything (ToxiFrench).
 */
const DENIED_PRAISE = new HashSet(['good', 'great', 'welcome', 'welcomed', 'trusted', 'trustworthy', 'intelligent', 'smart',
  'honest', 'equal', 'capable', 'respect', 'human', 'humans', 'deserves', 'deserve', 'bon', 'bons', 'bonne', 'bonnes',
  'bienvenu', 'bienvenus', 'bienvenue', 'bienvenues', 'dignes', 'digne', 'honnetes', 'honnete', 'capables', 'egaux',
  'humains', 'merite', 'meritent', 'normal', 'normale', 'normaux', 'normales', 'peaceful', 'clever', 'civilised', 'civilized',
  'decent', 'loyal', 'reliable', 'pacifique', 'pacifiques', 'fiable', 'fiables', 'egal', 'egale', 'egales', 'intelligents',
  'intelligente', 'intelligentes', 'civilises',
  // « Les femmes ne sont pas faites pour diriger » (0.44), "not meant to lead" (2026-11-25).
  'faites', 'faits', 'meant'].map(hashString));

/**
 * Praise denied to a group: a group's name with a negator and a word of praise within five words
 * after it ("Muslims will never be welcome", "Les immigrés ne sont jamais les bienvenus", "Women can
 * never be good leaders"), a negator before it ("I will never see a woman as my equal"), or a
 * negating quantifier before the group ("No immigrant deserves
 * respect", "Aucun immigré ne mérite notre respect": 0.17 in a probe, 2026-11-24). HateCheck's
 * "negated positive statement". Not in a quote or a denial, not a colour.
 */
export function isPraiseDenied(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  for (let i = 0; i < tokens.count; i++) {
    if ((feats.tokCats[i] & (1 << CAT.identity)) === 0 || !namesGroupAt(i) || feats.negScope[i] === SCOPE_QUOTED) continue;
    const quantified = i > 0 && (tokens.hash[i - 1] === NO || tokens.hash[i - 1] === AUCUN || tokens.hash[i - 1] === AUCUNE);
    let negated = quantified || negatedBefore(i);
    for (let k = i + 1; k < tokens.count && k <= i + 6; k++) {
      const w = tokens.hash[k];
      if (DENIES_PRAISE.has(w)) { negated = true; continue; }
      if (negated && DENIED_PRAISE.has(w)) return true;
    }
  }
  return false;
}

const NO = hashString('no'), AUCUN = hashString('aucun'), AUCUNE = hashString('aucune');

/** "Not all", "pas tous": a denial of "all", which says nothing of the group's members. */
const ALL = new HashSet(['all', 'every', 'tous', 'toutes'].map(hashString));

/**
 * A negator in the four words before the group's name, in its clause, and not "not all": "I will
 * never see | a woman | as my equal", "je ne verrai jamais | une femme | comme mon égale".
 */
function negatedBefore(i: number): boolean {
  const chars = normalisedBuffers().chars;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (gapHas(tokens, chars, k, endsClause)) return false;
    if (ALL.has(tokens.hash[k])) return false;
    if (DENIES_PRAISE.has(tokens.hash[k]) && tokens.hash[k] !== NO) return true;
  }
  return false;
}

/**
 * A slur used, not mentioned: a slur outside any negation, quote or denied claim, and not in an
 * everyday sense ("a bundle of faggots for the fire"). A slur is hostile on its own, but FTR labels
 * racism only and calls many of its slur rows neutral ("Sale connard arrête de dire bougnoul"), so
 * the model scored "Les bougnoules" 0.10 and "Il y a trop de bougnoules dans cette ville" 0.06 (a
 * probe of functional tests, 2026-11-24). Raised to the balanced threshold.
 */
export function isSlurUsed(): boolean {
  if (feats.dense[DI.slur] === 0) return false;
  let candidate = false;
  for (let h = 0; h < hits.count && !candidate; h++) candidate = usedAsSlur(h);
  if (!candidate) return false;
  markQuotes();
  for (let h = 0; h < hits.count; h++) if (usedAsSlur(h) && feats.inQuotes[hits.from[h]] === 0) return true;
  return false;
}

/**
 * Hit h is a slur used as one: outside any scope, not in an everyday sense, not also a group's own
 * name ("queer", "homo"), not said by the speaker of themselves ("As a dyke, I...", "On est pédés et
 * fiers de l'être": reclaimed, HateCheck's "reclaimed slurs").
 */
function usedAsSlur(h: number): boolean {
  const from = hits.from[h];
  return hits.cat[h] === CAT.slur && feats.negScope[from] === 0 && (feats.tokCats[from] & (1 << CAT.identity)) === 0 &&
    !inEverydaySense(from) && !namesSpeaker(from);
}


/**
 * Verbs of harm done to a country, a town, jobs: with a group as their subject they blame it for
 * the harm ("Immigrants are ruining every town", "Les immigrés ruinent chaque ville où ils
 * s'installent": 0.27, a probe of functional tests, 2026-11-25; "Muslims invade Europe").
 */
const HARMS = new HashSet(['ruin', 'ruins', 'ruining', 'ruined', 'destroy', 'destroys', 'destroying', 'destroyed', 'invade',
  'invades', 'invading', 'infest', 'infests', 'infesting', 'steal', 'steals', 'stealing', 'poison', 'poisoning', 'pollute',
  'polluting', 'corrupt', 'corrupting', 'ruinent', 'ruinaient', 'detruisent', 'envahissent', 'infestent', 'volent', 'pourrissent',
  'polluent', 'empoisonnent', 'gachent', 'corrompent', 'ruiner', 'detruire', 'envahir'].map(hashString));

/** Between a group and the verb of harm: "are | ruining", "keep | stealing", "sont en train de | détruire", "nous | volent". */
const HARM_FILLERS = new HashSet(['are', 'keep', 'always', 'just', 'all', 'will', 'have', 'slowly', 'literally', 'sont', 'en',
  'train', 'de', 'tous', 'toujours', 'vont', 'nous', 'vous', 'on', 'only', 'ne', 'font', 'que'].map(hashString));

/**
 * A group blamed for a harm: a group's name (or a noun for people after it), then within four words,
 * only auxiliaries and adverbs between, a verb of harm, asserted (not in a negation or a quote).
 */
export function isGroupBlamed(): boolean {
  if (feats.dense[DI.identity] === 0 || !gateOpen(BLAME_GATE)) return false;
  for (let i = 0; i + 1 < tokens.count; i++) {
    if ((feats.tokCats[i] & (1 << CAT.identity)) === 0 || !namesGroupAt(i) || feats.negScope[i] !== 0) continue;
    let k = i + 1;
    if (PEOPLE.has(tokens.hash[k])) k++;
    for (const last = k + 3; k < tokens.count && k <= last; k++) {
      const w = tokens.hash[k];
      if (HARMS.has(w)) { if (feats.negScope[k] === 0) return true; break; }
      // Taking what is "ours": "live off | our taxes", "take | our jobs", « nous prennent | nos emplois ».
      if (TAKING.has(w) && feats.negScope[k] === 0 && oursAfter(k)) return true;
      // A burden: "are a | drain", « sont un | fardeau », "cost | a fortune", « coûtent | une fortune ».
      if ((BURDENS.has(w) || FORTUNES.has(w)) && feats.negScope[k] === 0) return true;
      if (!HARM_FILLERS.has(w) && !BURDEN_FILLERS.has(w)) break;
    }
  }
  return false;
}

/**
 * Verbs of taking or living off what is someone else's ("live off", "take", « vivent sur », «
 * pillent »), said of a group with "our" after them: a blind probe of implicit hate on a brand's
 * page (2026-11-25: "Single mothers live off our taxes" 0.27, "Muslims are bleeding our welfare
 * system dry" 0.35, « Les mères célibataires vivent sur notre dos » 0.29).
 */
const TAKING = new HashSet(['live', 'living', 'lives', 'off', 'take', 'taking', 'takes', 'bleed', 'bleeding', 'drain', 'draining',
  'leech', 'leeching', 'milk', 'milking', 'exploit', 'exploiting', 'sponge', 'sponging', 'vivent', 'vit', 'prennent', 'pillent',
  'saignent', 'vident', 'profitent', 'exploitent', 'pompent', 'piquent'].map(hashString));
/** What is "ours" after a verb of taking: "our", « notre », « nos » (and « sur notre dos »). */
const OURS = new HashSet(['our', 'notre', 'nos'].map(hashString));
/** A group called a weight on others, or said to cost a fortune: "a drain", "a burden", « un fardeau », « une fortune ». */
const BURDENS = new HashSet(['drain', 'burden', 'burdens', 'fardeau', 'fardeaux', 'poids', 'boulet', 'boulets', 'gouffre'].map(hashString));
const FORTUNES = new HashSet(['fortune', 'billions', 'milliards'].map(hashString));
/** Between the group and the burden: "are | a", « sont | un », "cost | taxpayers | a", « coûtent | une ». */
const BURDEN_FILLERS = new HashSet(['a', 'an', 'the', 'such', 'huge', 'massive', 'un', 'une', 'vrai', 'veritable', 'enorme', 'cost',
  'costs', 'coutent', 'coute', 'taxpayers', 'us', 'contribuables', 'aux', 'des', 'on', 'live', 'vivent', 'bleeding', 'saignent'].map(hashString));

/** Token k is followed, within three words, by what is "ours": "live off | our taxes", « vivent sur | notre dos ». */
function oursAfter(k: number): boolean {
  for (let j = k + 1; j < tokens.count && j <= k + 3; j++) if (OURS.has(tokens.hash[j])) return true;
  return false;
}

const BLAME_WORDS = [HARMS, TAKING, BURDENS, FORTUNES];
const BLAME_GATE = gate(...BLAME_WORDS);

/** "Who" and the negators of a relative clause: "who | wasn't", "qui | ne soit pas", "qui | n'était pas". */
const WHO = new HashSet(['who', 'that', 'qui'].map(hashString));
const CLAUSE_NEGATORS = new HashSet(["wasn't", 'wasnt', "isn't", 'isnt', "weren't", "aren't", 'ne', "n'"].map(hashString));
const NEVER_MET = new HashSet(['never', 'not', 'no', 'jamais', 'aucun', 'aucune'].map(hashString));

/**
 * Two denials that assert: "I have never met a Muslim who wasn't a liar", « Je n'ai jamais rencontré
 * un musulman qui ne soit pas un menteur » (0.26 and 0.22 in a probe of functional tests,
 * 2026-11-25): a negator within five words before a group's name, "who" and a negator after it,
 * and an insult, a dehumanising word, a slur or a label of crime within four words. Every member
 * is called the name; features.ts reads the name as denied.
 */
export function isDoublyDenied(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  for (let i = 1; i + 3 < tokens.count; i++) {
    if ((feats.tokCats[i] & (1 << CAT.identity)) === 0 || !namesGroupAt(i)) continue;
    let k = i + 1;
    if (PEOPLE.has(tokens.hash[k]) || PERSON_NOUNS_AFTER.has(tokens.hash[k])) k++;
    if (k + 1 >= tokens.count || !WHO.has(tokens.hash[k]) || !CLAUSE_NEGATORS.has(tokens.hash[k + 1])) continue;
    let never = false;
    for (let j = Math.max(0, i - 5); j < i; j++) if (NEVER_MET.has(tokens.hash[j])) never = true;
    if (!never) continue;
    const NAME = (1 << CAT.insult) | (1 << CAT.dehumanise) | (1 << CAT.slur);
    for (let j = k + 2; j < tokens.count && j <= k + 6; j++) {
      if ((feats.tokCats[j] & NAME) !== 0 || CRIME_LABELS.has(tokens.hash[j])) return true;
    }
  }
  return false;
}

/** A noun for a person after a group's adjective, before "who": "a Muslim | man | who". */
const PERSON_NOUNS_AFTER = new HashSet(['man', 'woman', 'guy', 'person', 'homme', 'femme', 'mec', 'type'].map(hashString));

/** "Without", « sans », and what may pick the group after them: "without (any) Muslims", « sans aucun musulman ». */
const WITHOUT = new HashSet(['without', 'sans'].map(hashString));
const WITHOUT_FILLERS = new HashSet([...PICKING, ...['any', 'aucun', 'aucune', 'more', 'plus', 'de', "d'", 'ces', 'those'].map(hashString)]);
/** A wish or a need in the sentence: "we need", "I want", "il nous faut", « je rêve ». */
const WISHING = new HashSet(['need', 'want', 'wish', 'dream', 'better', 'deserve', 'faut', 'veux', 'voudrais', 'reve', 'revons',
  'mieux', 'souhaite', 'meritons'].map(hashString));

/**
 * A place wished without a group: "we need a country without any muslims in it", « il nous faut un
 * pays sans aucun musulman » (0.23 and 0.20 in a probe of functional tests, 2026-11-25): "without" /
 * « sans », a group's name within three words (only words that pick members between), and a
 * wish or a need before it in the sentence. Not negated.
 */
export function isGroupExclusionWished(): boolean {
  if (feats.dense[DI.identity] === 0 || !gateOpen(WITHOUT_GATE)) return false;
  for (let i = 1; i + 1 < tokens.count; i++) {
    if (!WITHOUT.has(tokens.hash[i]) || feats.negScope[i] !== 0 || !groupAfter(i, 3, WITHOUT_FILLERS)) continue;
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (WISHING.has(tokens.hash[k])) return true;
  }
  return false;
}

/** Modals of what a group may do: "should not be | allowed", « ne devraient pas avoir | le droit ». */
const MAY_MODALS = new HashSet(['should', "shouldn't", 'shouldnt', 'must', "mustn't", 'cannot', "can't", 'devraient', 'devrait',
  'doivent', 'doit'].map(hashString));
const RIGHTS = new HashSet(['allowed', 'permitted', 'right', 'rights', 'droit', 'droits', 'autorises', 'autorisees'].map(hashString));

/**
 * What a group "should not" do at all: work, vote, marry, exist (« ne devraient pas travailler dans
 * l'alimentation », 0.34, 2026-11-25); not what it "should not have to" do.
 */
const LIVES = new HashSet(['work', 'vote', 'marry', 'exist', 'adopt', 'teach', 'travailler', 'voter', 'marier', 'exister', 'adopter',
  'enseigner'].map(hashString));
const HAVE_TO = new HashSet(['have', 'has', 'need', 'avoir', 'a'].map(hashString));
const WITHHOLDING = new HashSet(['denied', 'deny', 'refused', 'stripped', 'deprived', 'prives', 'privees', 'prive', 'privee',
  'refuse', 'refuses', 'retirer', 'retire'].map(hashString));
const DENYING = new HashSet(['not', 'never', "shouldn't", 'shouldnt', "mustn't", 'cannot', "can't", 'pas', 'jamais', 'ne', "n'",
  'no', 'aucun'].map(hashString));

/**
 * A right denied to a group: "Muslims should not be allowed to vote", « les musulmans ne devraient pas
 * avoir le droit de vote » (0.42 and 0.33 in a probe of functional tests, 2026-11-25): a group's name,
 * within three words a modal, a negator, and within four words after the modal "allowed" / "right" /
 * « droit ». Not in a quote; a rule already denied or condemned is held before this one is read.
 */
export function isRightDenied(): boolean {
  if (feats.dense[DI.identity] === 0 || !gateOpen(MAY_GATE)) return false;
  for (let i = 0; i + 3 < tokens.count; i++) {
    if ((feats.tokCats[i] & (1 << CAT.identity)) === 0 || !namesGroupAt(i) || feats.negScope[i] === SCOPE_QUOTED) continue;
    for (let m = i + 1; m < tokens.count && m <= i + 4; m++) {
      if (!MAY_MODALS.has(tokens.hash[m])) continue;
      let denied = DENYING.has(tokens.hash[m]) || (m > 0 && DENYING.has(tokens.hash[m - 1]));
      let obliged = false;
      for (let k = m + 1; k < tokens.count && k <= m + 5; k++) {
        // "should never be | denied | the right": a denial denied defends the right.
        if (WITHHOLDING.has(tokens.hash[k])) break;
        if (DENYING.has(tokens.hash[k])) denied = true;
        if (HAVE_TO.has(tokens.hash[k])) obliged = true;
        if (denied && (RIGHTS.has(tokens.hash[k]) || (!obliged && LIVES.has(tokens.hash[k])))) return true;
      }
    }
  }
  return false;
}

/** Filters for the rare words some rules above need one of before reading further (filters.ts). */
const WITHOUT_GATE = gate(WITHOUT);
const MAY_GATE = gate(MAY_MODALS);

/** Sending back: "go back", « retourne », « rentrez », « renvoyez ». */
const SENDING_BACK = new HashSet(['go', 'retourne', 'retournez', 'rentre', 'rentrez', 'renvoyez', 'renvoie', 'send'].map(hashString));
const PLACE_NAMES = new HashSet(PLACES.split(/\s+/).filter(Boolean).map(hashString));
/** Where someone is sent back to besides a named place: "your country", « ton bled », "the zoo", « ton ehpad ». */
const HOMES = new HashSet(['country', 'countries', 'jungle', 'zoo', 'bled', 'pays', 'arbre', 'trees', 'tree', 'cave', 'desert',
  'ehpad'].map(hashString));

/**
 * People told to go back to a country or a continent, or to the zoo: « Retournez en Afrique, vous
 * tous sur la photo de l'équipe » (0.06 in a blind probe of abuse on a brand's page, 2026-11-25; the
 * French phrase has no labelled row to weigh it, where "Go back to Africa" scored 0.48): "go back",
 * "send them back", « retournez », « rentre », not denied or quoted, given as an order, and a place's
 * name or a home ("your country", « ton bled ») within four words after it.
 */
export function isSentBack(): boolean {
  if (!gateOpen(SENDING_GATE)) return false;
  const chars = normalisedBuffers().chars;
  let quotesMarked = false;
  for (let i = 0; i + 1 < tokens.count; i++) {
    const w = tokens.hash[i];
    if (!SENDING_BACK.has(w) || feats.negScope[i] !== 0) continue;
    // "go | back", "send them | back"; « retournez », « rentre » alone.
    let k = i + 1;
    if (ENGLISH_SENDING.has(w)) {
      if (tokens.hash[k] === THEM) k++;
      if (k >= tokens.count || tokens.hash[k] !== BACK) continue;
    }
    // An order: the verb opens its clause ("..., go back to Africa") or follows "just", "y'all".
    if (!(i === 0 || gapHas(tokens, chars, i - 1, endsClause) || ORDER_LEADS.has(tokens.hash[i - 1]))) continue;
    for (let j = k + 1; j < tokens.count && j <= k + 4; j++) {
      if (gapHas(tokens, chars, j - 1, endsClause)) break;
      if (!PLACE_NAMES.has(tokens.hash[j]) && !HOMES.has(tokens.hash[j])) continue;
      // Quoted, it is reported or refuted: '« rentre dans ton pays » n'est pas un argument'.
      if (!quotesMarked) { markQuotes(); quotesMarked = true; }
      if (feats.inQuotes[i] === 0) return true;
      break;
    }
  }
  return false;
}
const ENGLISH_SENDING = new HashSet(['go', 'send'].map(hashString));
const THEM = hashString('them'), BACK = hashString('back');
const SENDING_GATE = gate(SENDING_BACK);
/**
 * What may come right before the order: "just go back", "y'all go back", « tous ». Not a subject:
 * "I hope we can go back to your country someday", "If you go back to your country..." (MLMA
 * neutral rows, 2026-11-25).
 */
const ORDER_LEADS = new HashSet(['just', "y'all", 'yall', 'please', 'tous', 'toutes', 'donc', 'alors'].map(hashString));
