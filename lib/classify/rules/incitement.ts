/**
 * Incitement against a person or a place, as comments put it on a brand's worst day: "Find out
 * where that manager lives and make him pay", "I'm posting the cashier's home address", "Someone
 * should set fire to that factory", "Let's flood her inbox until she quits or kills herself". A
 * blind probe of comments under a brand's crisis (2026-11-25, 15 a language) scored these 0.15–0.43
 * in English and 0.05–0.30 in French, for a balanced threshold of 0.45: they hold no insult and no
 * violent verb aimed at "you", and the labelled sources hold few of them. Each is a threat
 * (threats.ts, isAimedThreat, raises it to balanced).
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no.
 */
import { HashSet } from '../hash-table';
import { feats as featsImport } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport } from '../lexicon';
import { normalisedBuffers } from '../normalise';
import { endsClause, endsSentence, gapHas, tokens as tokensImport } from '../tokens';
import { gate, gateOpen } from './filters';
import { MODAL as MODALImport, PERSON_NOUNS as PERSON_NOUNSImport, WHEREABOUTS as WHEREABOUTSImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const MODAL = MODALImport;
const PERSON_NOUNS = PERSON_NOUNSImport;
const WHEREABOUTS = WHEREABOUTSImport;
const feats = featsImport;
const tokens = tokensImport;

/** Token i opens its sentence (an imperative has no subject before it). */
function opensSentence(i: number, chars: Uint16Array): boolean {
  return i === 0 || gapHas(tokens, chars, i - 1, endsSentence);
}

/** "let's", « allez », « on va »: the speaker rallies others. */
const RALLYING = new HashSet(["let's", 'lets', 'allez', 'allons', 'someone', 'somebody', "quelqu'un", 'quelquun'].map(hashString));

/** Token i is ordered or rallied for: it opens its sentence, or follows "let's", "someone should", « allez ». */
function urged(i: number, chars: Uint16Array): boolean {
  if (opensSentence(i, chars)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (RALLYING.has(tokens.hash[k]) || URGING_MODALS.has(tokens.hash[k]) || INTENT.has(tokens.hash[k])) return true;
    if (gapHas(tokens, chars, k, endsClause)) return false;
  }
  return false;
}

/** The modals (words.ts), and « il faut »: « Il faut mettre le feu à leur usine ». */
const URGING_MODALS = new HashSet([...MODAL, hashString('faut')]);
const INTENT = new HashSet(['going', 'gonna', 'will', "i'll", "we'll", 'vais', 'va', 'allons', 'vont'].map(hashString));

/** Searching: "find", "find out", « trouvez », « retrouvons ». */
const FINDING = new HashSet(['find', 'trouvez', 'trouvons', 'trouver', 'retrouvez', 'retrouvons', 'retrouver', 'cherchez',
  'cherchons'].map(hashString));
const OUT = hashString('out');
const WHERE = new HashSet(['where', 'ou'].map(hashString));

/**
 * Others urged to find where someone lives or works: "Find out where that manager lives", « Trouvez
 * où habite ce responsable ». The speaker's own "I know where she lives" is isWhereaboutsKnown.
 */
export function isWhereaboutsSought(): boolean {
  const chars = normalisedBuffers().chars;
  for (let i = 0; i + 2 < tokens.count; i++) {
    if (!FINDING.has(tokens.hash[i]) || feats.negScope[i] !== 0 || !urged(i, chars)) continue;
    let k = i + 1;
    if (tokens.hash[k] === OUT) k++;
    if (k >= tokens.count || !WHERE.has(tokens.hash[k])) continue;
    for (let j = k + 1; j < tokens.count && j <= k + 4; j++) if (WHEREABOUTS.has(tokens.hash[j])) return true;
  }
  return false;
}

/** Making public: "posting", "leak", « je publie », « balancer ». */
const EXPOSING = new HashSet(['post', 'posting', 'posted', 'share', 'sharing', 'leak', 'leaking', 'publish', 'publishing', 'dox',
  'doxx', 'publie', 'publier', 'publions', 'poste', 'poster', 'balance', 'balancer', 'balancons', 'diffuse', 'diffuser', 'partage',
  'partager'].map(hashString));
const ADDRESS = new HashSet(['address', 'adresse', 'phone', 'numero', 'number'].map(hashString));
/** Whose address: a person's ("her", "his", "the cashier's"), or a home's. */
const PERSONS_OWN = new HashSet(['her', 'his', 'their', 'home', 'personal', 'son', 'sa', 'leur', 'perso', 'personnelle',
  'domicile'].map(hashString));

/**
 * A person's address or phone number made public: "I'm posting the cashier's home address", « Je
 * publie l'adresse de la caissière ». Not a shop's: "post your store's address" (the possessor is
 * "her", "his", a home, or a person named after « de »).
 */
export function isAddressExposed(): boolean {
  const chars = normalisedBuffers().chars;
  for (let i = 0; i < tokens.count; i++) {
    if (!EXPOSING.has(tokens.hash[i]) || feats.negScope[i] !== 0) continue;
    for (let k = i + 1; k < tokens.count && k <= i + 5; k++) {
      if (gapHas(tokens, chars, k - 1, endsClause)) break;
      if (!ADDRESS.has(tokens.hash[k])) continue;
      if (PERSONS_OWN.has(tokens.hash[k - 1]) || ownedByPerson(k, chars) || (k + 1 < tokens.count && PERSONS_OWN.has(tokens.hash[k + 1]))) return true;
    }
  }
  return false;
}

/**
 * "the cashier's | address", « l'adresse | de la caissière »: a person owns the address at token k.
 * A member of staff (the lists' `staff`, read through a possessive's "'s") or a person's noun.
 */
function ownedByPerson(k: number, chars: Uint16Array): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (isPerson(j)) return true;
  for (let j = k + 1; j < tokens.count && j <= k + 3; j++) {
    if (gapHas(tokens, chars, j - 1, endsClause)) return false;
    if (isPerson(j)) return true;
  }
  return false;
}
const isPerson = (j: number) => (feats.tokCats[j] & (1 << CAT.staff)) !== 0 || PERSON_NOUNS.has(tokens.hash[j]) ||
  PERSON_NOUNS.has(tokens.stem1[j]) || PERSONS_NAMED.has(tokens.stem1[j]);
/** People a brand's page names besides its staff and PERSON_NOUNS. */
const PERSONS_NAMED = new HashSet(['girl', 'woman', 'guy', 'fille', 'femme', 'influencer', 'influenceuse'].map(hashString));

/** Burning: "burn down", "torch", « incendier », « cramer », « brûler ». */
const BURNING = new HashSet(['burn', 'torch', 'firebomb', 'incendier', 'incendiez', 'incendions', 'cramer', 'cramez', 'bruler', 'brulez',
  'brulons'].map(hashString));
/** "set fire to", "set ... on fire", « mettre le feu à »: "fire" alone is also a dismissal ("fire the manager of that store"). */
const SETTING = new HashSet(['set', 'setting', 'mettre', 'mettez', 'mettons', 'foutre', 'foutez', 'foutons'].map(hashString));
const FIRE = new HashSet(['fire', 'feu'].map(hashString));
const LE = hashString('le'), ON = hashString('on');
/** Where people are: the brand's premises, not its plans or its products. */
const PREMISES = new HashSet(['store', 'stores', 'shop', 'shops', 'factory', 'factories', 'headquarters', 'hq', 'office', 'offices',
  'building', 'warehouse', 'plant', 'magasin', 'magasins', 'boutique', 'boutiques', 'usine', 'usines', 'siege', 'bureaux', 'locaux',
  'entrepot', 'batiment'].map(hashString));

/** The brand's premises are named within five words after token i, in its clause. */
function premisesAfter(i: number, chars: Uint16Array): number {
  for (let k = i + 1; k < tokens.count && k <= i + 5; k++) {
    if (gapHas(tokens, chars, k - 1, endsClause)) return -1;
    if (PREMISES.has(tokens.hash[k])) return k;
  }
  return -1;
}

/**
 * Arson urged at the brand's premises: "Someone should set fire to that factory", "Let's burn down
 * their HQ", "set the store on fire", « Quelqu'un devrait mettre le feu à l'usine ». Not a plan or a
 * product ("Burn your marketing plan"), and not news ("the factory burned down last night": nothing
 * urges it).
 */
export function isArsonUrged(): boolean {
  const chars = normalisedBuffers().chars;
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.hash[i];
    if (feats.negScope[i] !== 0) continue;
    if (BURNING.has(w)) {
      if (premisesAfter(i, chars) >= 0 && urged(i, chars)) return true;
    } else if (SETTING.has(w)) {
      // "set | fire to the store", « mettre | le feu à l'usine », "set | the store | on fire".
      const next = i + 1 < tokens.count ? tokens.hash[i + 1] : 0;
      const fire = FIRE.has(next) ? i + 1 : next === LE && i + 2 < tokens.count && FIRE.has(tokens.hash[i + 2]) ? i + 2 : -1;
      if (fire >= 0 && premisesAfter(fire, chars) >= 0 && urged(i, chars)) return true;
      const place = premisesAfter(i, chars);
      if (place >= 0 && place + 2 < tokens.count && tokens.hash[place + 1] === ON && FIRE.has(tokens.hash[place + 2]) && urged(i, chars)) return true;
    }
  }
  return false;
}

/** Killing oneself: "kills herself", "kill himself", « se suicide », « se pende ». */
const SELF_KILLING = new HashSet(['herself', 'himself', 'themselves', 'yourself', 'yourselves'].map(hashString));
const KILL = new HashSet(['kill', 'kills', 'hang', 'hangs'].map(hashString));
const SUICIDE_FR = new HashSet(['suicide', 'suicident', 'suicider', 'pende', 'pendent', 'pendre', 'flingue', 'flinguer'].map(hashString));
const SE = new HashSet(['se', "s'"].map(hashString));
/** What urges it: "until", "go", « jusqu'à ce qu' », « aller ». */
const URGING_DEATH = new HashSet(['until', 'till', 'go', 'should', 'hope', 'jusqu', "jusqu'", "jusqu'a", 'aller', 'devrait',
  'espere', 'pousser', 'poussez', 'poussons', 'push'].map(hashString));

/**
 * Someone's suicide urged or aimed at: "Let's flood that employee's inbox until she quits or kills
 * herself", « jusqu'à ce qu'elle démissionne ou se suicide », "she should go hang herself". An
 * urging word within eight words before it in its sentence; not a report ("she killed herself":
 * past forms are not read; nor « il va se suicider », a prediction: 1 neutral ToxiFrench row).
 */
export function isSuicideUrged(): boolean {
  const chars = normalisedBuffers().chars;
  for (let i = 1; i < tokens.count; i++) {
    const w = tokens.hash[i];
    const self = (SELF_KILLING.has(w) && KILL.has(tokens.hash[i - 1])) || (SUICIDE_FR.has(w) && SE.has(tokens.hash[i - 1]));
    if (!self || feats.negScope[i] !== 0) continue;
    for (let k = i - 2; k >= 0 && k >= i - 9; k--) {
      if (URGING_DEATH.has(tokens.hash[k])) return true;
      if (gapHas(tokens, chars, k, endsSentence)) break;
    }
  }
  return false;
}

const MAKE = new HashSet(['make', 'faire', 'faites', 'faisons'].map(hashString));
const HIM_HER = new HashSet(['him', 'her', 'them', 'lui', 'leur', 'le', 'la', 'les'].map(hashString));
const PAY = new HashSet(['pay', 'payer'].map(hashString));

/**
 * Revenge promised or urged at someone: "find him and make him pay", « faites-lui payer », « on va
 * leur faire payer ». "pay" ends its clause: "make them pay for shipping" is a price.
 */
export function isRevengeUrged(): boolean {
  const chars = normalisedBuffers().chars;
  for (let i = 1; i < tokens.count; i++) {
    if (!PAY.has(tokens.hash[i]) || feats.negScope[i] !== 0) continue;
    if (i + 1 < tokens.count && !gapHas(tokens, chars, i, endsClause) && !AND.has(tokens.hash[i + 1])) continue;
    const a = tokens.hash[i - 1], b = i > 1 ? tokens.hash[i - 2] : 0;
    // "make | him | pay", « faites | lui | payer », « lui | faire | payer ».
    if ((HIM_HER.has(a) && MAKE.has(b)) || (MAKE.has(a) && HIM_HER.has(b))) return true;
  }
  return false;
}
const AND = new HashSet(['and', 'et'].map(hashString));

/** Giving: "teach", « donnez », « filer », « mettre ». */
const GIVING = new HashSet(['teach', 'give', 'donner', 'donnez', 'donnons', 'filer', 'filez', 'filons', 'mettre', 'mettez', 'mettons',
  'coller', 'collez', 'apprendre', 'apprenez'].map(hashString));
/** A lesson given with blows: "a lesson", « une bonne leçon », « une raclée », « une correction ». */
const LESSON = new HashSet(['lesson', 'lecon', 'raclee', 'correction', 'beating', 'hiding', 'trempe', 'rouste'].map(hashString));
const A_GOOD = new HashSet(['a', 'an', 'une', 'un', 'good', 'real', 'bonne', 'bon', 'vraie', 'sacree', 'belle', 'petite'].map(hashString));
const TO_HIM = new HashSet(['him', 'her', 'lui', 'leur'].map(hashString));

/**
 * A lesson or a beating urged on a person: "Hunt down the driver and teach him a lesson", « Retrouvez
 * le livreur et donnez-lui une bonne leçon » (0.05 in the crisis probe). Ordered or intended
 * (isLessonForGroup reads it said of a group); "this will teach him a lesson" is no order.
 */
export function isLessonUrged(): boolean {
  const chars = normalisedBuffers().chars;
  for (let i = 0; i + 2 < tokens.count; i++) {
    if (!GIVING.has(tokens.hash[i]) || feats.negScope[i] !== 0 || !TO_HIM.has(tokens.hash[i + 1])) continue;
    let k = i + 2;
    while (k < tokens.count && k <= i + 4 && A_GOOD.has(tokens.hash[k])) k++;
    if (k < tokens.count && LESSON.has(tokens.hash[k]) && (ordered(i, chars) || afterAnd(i, chars))) return true;
  }
  return false;
}

/**
 * Token i is an order or the speaker's intent: it opens its sentence, or follows "let's", "someone",
 * « allez », or "I'll" / "we're going to". Not "This recall will teach him a lesson".
 */
function ordered(i: number, chars: Uint16Array): boolean {
  if (opensSentence(i, chars)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (RALLYING.has(tokens.hash[k]) || SPEAKERS_INTENT.has(tokens.hash[k])) return true;
    if (gapHas(tokens, chars, k, endsClause)) return false;
  }
  return false;
}
const SPEAKERS_INTENT = new HashSet(["i'll", 'ill', "we'll", "i'm", 'im', "we're", 'vais', 'allons'].map(hashString));

/** "find him | and | teach him a lesson": an order joined by "and" to an order that opens its sentence. */
function afterAnd(i: number, chars: Uint16Array): boolean {
  if (i < 2 || !AND.has(tokens.hash[i - 1])) return false;
  let k = i - 2;
  while (k > 0 && !opensSentence(k, chars)) k--;
  return isOrder(k);
}
/** Token k opens its sentence with an imperative of the rules above: "Find", "Hunt", « Retrouvez », « Trouvez ». */
function isOrder(k: number): boolean {
  return FINDING.has(tokens.hash[k]) || HUNTING.has(tokens.hash[k]);
}
const HUNTING = new HashSet(['hunt', 'track', 'catch', 'grab', 'chopez', 'attrapez', 'traquez', 'choper', 'attraper'].map(hashString));

/** The words one of the rules above needs before reading further: most comments hold none. */
const TRIGGERS = [FINDING, EXPOSING, BURNING, SETTING, SELF_KILLING, SUICIDE_FR, PAY, LESSON];
const TRIGGER_GATE = gate(...TRIGGERS);

/** Incitement against a person or the brand's premises: one of the rules above answers yes. */
export function isIncited(): boolean {
  if (!gateOpen(TRIGGER_GATE)) return false;
  return isWhereaboutsSought() || isAddressExposed() || isArsonUrged() || isSuicideUrged() || isRevengeUrged() ||
    isLessonUrged();
}
