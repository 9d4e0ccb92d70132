/**
 * Counter-speech: hostile words mentioned, quoted or condemned, not used; a group defended. Held
 * under balanced.
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { HashSet } from '../hash-table';
import { DI as DIImport, feats as featsImport, isQuoteCarrier, judgesClaimAfter, judgesQuote, markQuotes, namesHate, SCOPE_DENIED, SCOPE_QUOTED } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport, hits as hitsImport } from '../lexicon';
import { normalisedBuffers } from '../normalise';
import { endsClause, endsSentence, gapHas, tokens as tokensImport } from '../tokens';
import { gate, gateOpen } from './filters';
import { isDoublyDenied as isDoublyDeniedImport } from './group-attacks';
import { deniedStopAt as deniedStopAtImport, groupAfter as groupAfterImport, hatedMoreThanGroup as hatedMoreThanGroupImport, namesGroupAt as namesGroupAtImport } from './group-words';
import { A_AN as A_ANImport, CONDEMNING as CONDEMNINGImport, DE as DEImport, HOSTILE_WORDS as HOSTILE_WORDSImport, IS_WAS as IS_WASImport, PEOPLE as PEOPLEImport, PICKING as PICKINGImport, QUOTE_CUES as QUOTE_CUESImport, STOPPING as STOPPINGImport, TO_DE as TO_DEImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const DI = DIImport;
const A_AN = A_ANImport;
const CONDEMNING = CONDEMNINGImport;
const DE = DEImport;
const IS_WAS = IS_WASImport;
const STOPPING = STOPPINGImport;
const TO_DE = TO_DEImport;
const deniedStopAt = deniedStopAtImport;
const HOSTILE_WORDS = HOSTILE_WORDSImport;
const PEOPLE = PEOPLEImport;
const PICKING = PICKINGImport;
const QUOTE_CUES = QUOTE_CUESImport;
const feats = featsImport;
const groupAfter = groupAfterImport;
const namesGroupAt = namesGroupAtImport;
const hatedMoreThanGroup = hatedMoreThanGroupImport;
const isDoublyDenied = isDoublyDeniedImport;
const hits = hitsImport;
const tokens = tokensImport;

/** Words that take a denial back when they follow it: "not saying you're stupid, but...", "..., mais bon". */
const TAKES_BACK = new HashSet(['but', 'though', 'although', 'yet', 'mais', 'pourtant', 'cependant', 'quand'].map(hashString));

/** Words that agree with what was quoted: "..., and they are right", "..., c'est vrai", "ils ont raison". */
const AGREES = new HashSet(['right', 'true', 'correct', 'agree', 'vrai', 'raison', 'exact'].map(hashString));

/**
 * Every hostile word of the text is mentioned, not used: inside a denied claim ("women are not
 * stupid", "je ne pense pas que tu sois con"), a quote ("saying that immigrants are vermin is
 * racist", "he called me a moron and I reported him"; the word that judges the quote, "racist",
 * does not count) or a negated hate verb ("I don't hate them"), and none outside. A negated
 * imperative ("don't be stupid") is no denial, and a "but" after it takes the denial back ("I'm
 * not saying you're stupid, but..."). Counter-speech and denials are what functional suites test,
 * and the labelled sources hold few of them: the model alone scored "Women are not stupid, stop
 * saying that" 0.81.
 */
export function isMentionedOnly(): boolean {
  // "Never met a Muslim who wasn't a liar": two denials assert the name.
  if (isDoublyDenied()) return false;
  let denied = false, any = false, first = tokens.count, quotedOnly = true;
  for (let h = 0; h < hits.count; h++) {
    const c = hits.cat[h];
    if (((1 << c) & HOSTILE_WORDS) === 0 || (c === CAT.hate && namesHate(hits.from[h]))) continue;
    // "Nothing disgusts me more than a trans woman": no denial, a superlative.
    if (hatedMoreThanGroup(hits.from[h], hits.to[h])) return false;
    any = true;
    if (hits.from[h] < first) first = hits.from[h];
    const scope = feats.negScope[hits.from[h]];
    // "... is racist" after a quote judges the quote: it is neither used nor a denial.
    // So is a judgement of a quoted claim that holds no hostile word: "To say that women are weak
    // is sexist", "Suggesting that gay men are predators is a vile stereotype".
    // "Ceux qui disent que ... devraient avoir | honte": shame judges those who said it, and alone
    // ("Shameful." under a politician's post, OLID) mentions nothing.
    if (scope === 0 && c === CAT.insult && QUOTE_CUES.has(tokens.hash[hits.from[h]])) continue;
    if (scope === 0 && c === CAT.insult && (judgesQuote(tokens, hits.from[h]) || judgesClaimAfter(tokens, hits.to[h]))) {
      denied = true;
      quotedOnly = false;
      continue;
    }
    if (scope === 0) return false;
    if (scope === SCOPE_DENIED || scope === SCOPE_QUOTED || c === CAT.hate) denied = true;
    if (scope !== SCOPE_QUOTED) quotedOnly = false;
  }
  if (!any || !denied) return false;
  // A judgement needs something it judges: "Whoever wrote this ad | is a moron" quotes nothing
  // hostile and names no group, and judges the writer (a blind probe of emoji on a brand's page,
  // 2026-11-25). "To say that women are weak | is sexist" names a group in what it quotes.
  if (!somethingMentioned()) return false;
  // "I'm not saying you're stupid, but...": a "but" after the denial takes it back (apophasis), and
  // agreeing after a quote makes it the speaker's own ("people say Muslims are terrorists, and they are right").
  for (let i = first + 1; i < tokens.count; i++) {
    if (TAKES_BACK.has(tokens.hash[i]) || (quotedOnly && AGREES.has(tokens.hash[i]) && feats.negScope[i] === 0)) return false;
  }
  return true;
}

/** A hostile word or a group's name lies in a denied or quoted scope (not only a judgement of one). */
function somethingMentioned(): boolean {
  for (let h = 0; h < hits.count; h++) {
    const c = hits.cat[h];
    if ((((1 << c) & HOSTILE_WORDS) !== 0 || c === CAT.identity) && feats.negScope[hits.from[h]] !== 0) return true;
  }
  return false;
}

const RIEN = hashString('rien');

/** "not true that", "untrue that", "false that", « pas vrai que », « faux de dire que », « faux que ». */
const TRUE_WORDS = new HashSet(['true', 'untrue', 'false', 'vrai', 'faux', 'fausse'].map(hashString));
const NOT_BEFORE_TRUE = new HashSet(['not', "isn't", 'isnt', 'pas'].map(hashString));
const THAT_OR_SAY = new HashSet(['that', 'que', "qu'", 'de', 'dire', 'say', 'to'].map(hashString));

/** The group's name at token i follows, within four words, a claim called untrue: "It's not true that | immigrants...". */
function untrueBefore(i: number): boolean {
  // "I refuse to believe that | women are weak", « je refuse de croire que | ... » (0.62 and 0.49, 2026-11-25).
  for (let k = i - 1; k >= 2 && k >= i - 4; k--) {
    if (BELIEVE.has(tokens.hash[k]) && TO_DE.has(tokens.hash[k - 1]) && REFUSE.has(tokens.hash[k - 2])) return true;
  }
  // "Not all Muslims are terrorists, in fact almost none are" (0.79, 2026-11-25); "but most are" takes it back.
  if (i > 1 && tokens.hash[i - 1] === ALL_W && tokens.hash[i - 2] === NOT_W) return true;
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && (THAT_OR_SAY.has(tokens.hash[k]) || THE_OR_LES.has(tokens.hash[k]))) k--;
  if (k < 0 || k === i - 1 || !TRUE_WORDS.has(tokens.hash[k])) return false;
  const w = tokens.hash[k];
  // "untrue", "false", "faux" deny alone; "true", « vrai » with a negator before.
  return w === UNTRUE_W || w === FALSE_W || w === FAUX || w === FAUSSE || (k > 0 && NOT_BEFORE_TRUE.has(tokens.hash[k - 1]));
}
const THE_OR_LES = new HashSet(['the', 'les', 'des'].map(hashString));
const BELIEVE = new HashSet(['believe', 'accept', 'croire', 'admettre'].map(hashString));
const REFUSE = new HashSet(['refuse', 'refuses', 'refused', 'refusent'].map(hashString));
const ALL_W = hashString('all'), NOT_W = hashString('not');
const UNTRUE_W = hashString('untrue'), FALSE_W = hashString('false'), FAUX = hashString('faux'), FAUSSE = hashString('fausse');

/** « Les femmes ne sont bonnes | à rien »: the "ne" belongs to "rien", and the insult is asserted. */
function goodForNothing(j: number): boolean {
  for (let k = j + 1; k < tokens.count && k <= j + 3; k++) if (tokens.hash[k] === RIEN) return true;
  return false;
}

/** The verb "to be" after a group's name: "Immigrants | are | not a burden", « les trans | ne sont | pas ». */
const CLAIM_COPULAS = new HashSet(['are', 'is', 'were', 'was', 'sont', 'est', 'ne', "n'"].map(hashString));

/** Words of a claim about a group: judgements and negative words, not only the hostile ones ("a burden", "mentally ill"). */
const CLAIMED = HOSTILE_WORDS | (1 << CAT.negative) | (1 << CAT.evaluative);

/** Nouns of a claim the lists hold no judgement for: "not a drain on society", « pas un poids » (0.52 and 0.45, 2026-11-25). */
const CLAIMED_NOUNS = new HashSet(['drain', 'burden', 'threat', 'danger', 'problem', 'poids', 'fardeau', 'menace', 'probleme',
  'charge', 'weak', 'weaker', 'faible', 'faibles'].map(hashString));

/**
 * A negative claim about a group denied: a group's name, "are" / "sont", and a judgement or a
 * negative word in the denial's scope ("Immigrants are not a burden on this country", "Trans people
 * are not mentally ill", "Les trans ne sont pas des malades mentaux": 0.56, 0.56 and 0.53 in a
 * probe of functional tests, 2026-11-25; isMentionedOnly reads the hostile words only). Nothing
 * hostile outside a scope, and no "but" after the denial. Denied praise is the opposite and is
 * raised (group-attacks.ts, isPraiseDenied): "are not welcome" holds no negative word.
 */
export function isGroupClaimDenied(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  let denied = -1, claimFrom = -1;
  for (let i = 0; i + 2 < tokens.count && denied < 0; i++) {
    if ((feats.tokCats[i] & (1 << CAT.identity)) === 0) continue;
    // "It's not true that | immigrants are lazy", « c'est faux de dire que | ... »: the whole claim denied.
    const untrue = untrueBefore(i);
    if (feats.negScope[i] !== 0 && !untrue) continue;
    let k = i + 1;
    if ((feats.tokCats[k] & (1 << CAT.identity)) !== 0 || PEOPLE.has(tokens.hash[k])) k++;
    if (k >= tokens.count || !CLAIM_COPULAS.has(tokens.hash[k])) continue;
    for (let j = k + 1; j < tokens.count && j <= k + 6; j++) {
      if ((feats.tokCats[j] & CLAIMED) !== 0 || CLAIMED_NOUNS.has(tokens.hash[j])) {
        if ((untrue || feats.negScope[j] === SCOPE_DENIED) && !goodForNothing(j)) { denied = j; claimFrom = i; }
        break;
      }
    }
  }
  if (denied < 0) return false;
  for (let h = 0; h < hits.count; h++) {
    const from = hits.from[h];
    if (((1 << hits.cat[h]) & HOSTILE_WORDS) !== 0 && feats.negScope[from] === 0 && (from < claimFrom || from > denied)) return false;
  }
  for (let i = denied + 1; i < tokens.count; i++) if (TAKES_BACK.has(tokens.hash[i])) return false;
  return true;
}

/** Verbs that report what was written or shouted, besides the quote carriers of features.ts. */
const REPORTING = new HashSet(['written', 'posted', 'commented', 'yelled', 'shouted', 'screamed', 'using', 'use',
  // Written on walls: "Someone sprayed "..." on the wall", "quelqu'un a tagué « ... »" (2026-11-24).
  'sprayed', 'painted', 'scrawled', 'tagged', 'graffitied',
  'ecrivent', 'ecrivait', 'crie', 'criait', 'hurle', 'hurlait', 'utiliser', 'utilise', 'employer', 'emploie', 'tague', 'poste',
  'publie',
  'tagge', 'peint', 'bombe',
  // Said again and again: "My uncle keeps repeating "..."", « mon oncle répète « ... » » (2026-11-25).
  'repeats', 'repeating', 'repete', 'repetent', 'rabache',
  // Posted and sanctioned: « Poster « ... » lui a valu un bannissement » (0.90, 2026-11-25).
  'poster', 'publier', 'banned', 'suspended', 'bannissement', 'suspendu', 'suspendue'].map(hashString));
// Not "told", "comment", « commentaire » (tried 2026-11-25 for 'My daughter was told "girls can't do
// science"'): Davidson and RTP quote abuse after them and label it hostile, "Funniest yt comment I ever
// received was "..."", « son commentaire "suce ma b*te" » (6 hostile rows held, 2 suite rows helped).

/** Hostile words that no counter-speech frame excuses outside the quotation marks: all but an insult (a judgement). */
const NEVER_JUDGING = HOSTILE_WORDS & ~(1 << CAT.insult);

/**
 * Abuse quoted in order to condemn it: hostile words or a group's name inside quotation marks,
 * reported or judged outside them ("On m'a traité de « négro » au travail, j'ai porté plainte",
 * "Someone wrote 'go back to your country' under my post. Disgusting."). Outside the quotes there
 * must be a verb that reports it or a counter-speech word ("insulte", "unacceptable"), and
 * nothing hostile but a judgement not aimed at "you": no slur, threat, profanity... A group
 * named in scare quotes with no report ('Muslims are "vermin"') is no counter-speech.
 */
export function isCounterQuote(): boolean {
  // Most comments hold nothing that could be quoted abuse: skip the quotation-mark scan for them.
  let candidate = false;
  for (let h = 0; h < hits.count && !candidate; h++) candidate = ((1 << hits.cat[h]) & HOSTILE_WORDS) !== 0 || hits.cat[h] === CAT.identity;
  if (!candidate || !hasQuoteMarks()) return false;
  markQuotes();
  let quotedAbuse = false, cue = false;
  for (let h = 0; h < hits.count; h++) {
    const c = hits.cat[h], from = hits.from[h];
    if (feats.inQuotes[from] === 1) {
      if (((1 << c) & HOSTILE_WORDS) !== 0 || c === CAT.identity) quotedAbuse = true;
      continue;
    }
    if (c === CAT.reported || QUOTE_CUES.has(tokens.hash[from])) cue = true;
    else if (c === CAT.hate && namesHate(from)) continue;
    // 'Whoever wrote "gas them all" ... should be banned': the quoter banned, a moderation (0.78 in a
    // blind probe of reports of abuse, 2026-11-25); not with a group named outside the quotes.
    else if (c === CAT.hate && MODERATION.has(tokens.hash[hits.to[h]]) && !groupOutsideQuotes()) cue = true;
    // "... and everyone laughed. It | hurt", « ça m'a | blessé »: what the abuse did to the speaker.
    else if (c === CAT.violence && feltBySpeaker(from)) continue;
    else if (((1 << c) & NEVER_JUDGING) !== 0) return false;
    else if (c === CAT.insult) {
      // The quote is what the insult judges: '"Immigrants are rats" is | a disgusting thing to say',
      // '"..." — no, that's just | racist'.
      if (judgesTheQuote(from) || judgedByThat(from)) cue = true;
      // An insult near "you" outside the quotes is aimed at the reader; not across a sentence's end
      // ('under your post. | Disgusting.': 0.78 in a blind probe of reports of abuse, 2026-11-25).
      if (youNear(from, hits.to[h])) return false;
    }
  }
  if (!quotedAbuse) return false;
  for (let i = 0; i < tokens.count && !cue; i++) {
    const w = tokens.hash[i];
    if (feats.inQuotes[i] === 0 && (isQuoteCarrier(w) || REPORTING.has(w) || QUOTE_CUES.has(w) || MODERATION.has(w))) cue = true;
    // Judged right after the closing mark: '"Muslims are terrorists" is | a lie', « ... » est | faux.
    else if (feats.inQuotes[i] === 0 && (UNTRUE.has(w) || CONDEMNING.has(w)) && judgesTheQuote(i)) cue = true;
    // Denied a reason's standing: '"go back to your country" is not an | argument' (0.49, 2026-11-25).
    else if (feats.inQuotes[i] === 0 && NOT_REASONS.has(w) && deniedAfterQuote(i)) cue = true;
  }
  return cue;
}

/** A "you" outside the quotes within four words before from..to or two after, in its sentence. */
function youNear(from: number, to: number): boolean {
  const chars = normalisedBuffers().chars;
  for (let k = from - 1; k >= 0 && k >= from - 4 && !gapHas(tokens, chars, k, endsSentence); k--) if (readerAt(k)) return true;
  for (let k = to + 1; k < tokens.count && k <= to + 2 && !gapHas(tokens, chars, k - 1, endsSentence); k++) if (readerAt(k)) return true;
  return false;
}
const readerAt = (k: number) => feats.inQuotes[k] === 0 && (feats.tokCats[k] & (1 << CAT.second)) !== 0;

/** A group is named outside the quotation marks (markQuotes has run). */
function groupOutsideQuotes(): boolean {
  for (let h = 0; h < hits.count; h++) if (hits.cat[h] === CAT.identity && feats.inQuotes[hits.from[h]] === 0) return true;
  return false;
}

/**
 * The text holds a double quotation mark, or a single one that could open or close a quote (a
 * space or an end beside it, not an apostrophe inside a word): most comments hold none, and
 * isCounterQuote need not mark quotes for them.
 */
function hasQuoteMarks(): boolean {
  const chars = normalisedBuffers().chars, n = feats.length;
  for (let p = 0; p < n; p++) {
    const c = chars[p];
    if (c === 34) return true;
    if (c === 39 && (p === 0 || p === n - 1 || chars[p - 1] === 32 || chars[p + 1] === 32)) return true;
  }
  return false;
}

/** What a quote is said not to be: "not an argument", « pas une excuse ». */
const NOT_REASONS = new HashSet(['argument', 'excuse', 'opinion', 'argument', 'reason', 'raison', 'avis'].map(hashString));
const DENIAL_WORDS = new HashSet(['not', 'never', 'no', 'pas', 'jamais', "n'", 'ne', "isn't", 'isnt'].map(hashString));

/** Token i follows, after a copula, a negator and articles only, the closing mark of a quote: '"..." is not an | argument'. */
function deniedAfterQuote(i: number): boolean {
  let copula = false, negated = false, k = i - 1;
  for (; k > 0 && k >= i - 5; k--) {
    const w = tokens.hash[k];
    if (QUOTE_COPULAS.has(w) || w === ISNT) { copula = true; if (w === ISNT) negated = true; continue; }
    if (A_AN.has(w)) continue;
    if (!DENIAL_WORDS.has(w)) break;
    negated = true;
  }
  return copula && negated && feats.inQuotes[k] === 1 && feats.inQuotes[k + 1] === 0;
}
const ISNT = hashString("isn't");

/** Pronouns for what happened, before what it did to the speaker: "it | hurt", « ça m'a | blessé ». */
const IT = new HashSet(['it', 'that', 'this', 'ca', 'cela'].map(hashString));
const TO_ME = new HashSet(["m'", 'me', 'a', 'really', 'so', 'vraiment', 'tellement'].map(hashString));

/** The violent word at token i is what something did to the speaker: "it hurt", « ça m'a blessé ». */
function feltBySpeaker(i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (IT.has(tokens.hash[k])) return true;
    if (!TO_ME.has(tokens.hash[k])) return false;
  }
  return false;
}

/** "That's", "it's", « c'est », and what may come between them and a judgement ("just", « juste »). */
const THAT_IS = new HashSet(["that's", 'thats', "it's", 'its'].map(hashString));
const JUST = new HashSet(['just', 'so', 'really', 'simply', 'plain', 'juste', 'vraiment', 'tellement', 'simplement'].map(hashString));

/** The insult at token i follows "that's" / « c'est » (a word like "just" between), after a quote: '"..." — no, that's just | racist'. */
function judgedByThat(i: number): boolean {
  let k = i - 1;
  while (k > 0 && JUST.has(tokens.hash[k])) k--;
  const that = k >= 0 && (THAT_IS.has(tokens.hash[k]) || (tokens.hash[k] === EST && k > 0 && tokens.hash[k - 1] === C_APOSTROPHE));
  if (!that) return false;
  for (let j = k - 1; j >= 0; j--) if (feats.inQuotes[j] === 1) return true;
  return false;
}

/**
 * Words that call what was said untrue: alone, "lie" is too common to mark a quote (QUOTE_CUES),
 * but as the judgement of a quote, after its closing mark and a copula, it condemns it ('"Muslims
 * are terrorists" is a lie spread by bigots' scored 0.95, a probe of functional tests, 2026-11-25).
 */
const UNTRUE = new HashSet(['lie', 'lies', 'myth', 'nonsense', 'bullshit', 'mensonge', 'mythe', 'faux', 'fausse',
  // Out of date: '"Women belong in the kitchen" is such an outdated idea' (0.51, 2026-11-25); awful:
  // '"Disabled people are a burden" is an awful thing to say' (0.76).
  'outdated', 'archaic', 'ignorant', 'depassee', 'depasse', 'archaique', 'ringard', 'ringarde', 'awful', 'terrible',
  'horrible', 'horrid', 'dreadful', 'affreux', 'affreuse'].map(hashString));

const QUOTE_COPULAS = new HashSet(['is', 'are', 'was', 'were', 'est', 'sont', "c'"].map(hashString));
/**
 * Between a copula and the judgement after it: articles and adverbs ("is | such a | stupid thing",
 * "is | a | crime"), and nouns for what was said before a French adjective ("c'est une | phrase |
 * sexiste").
 */
const BEFORE_JUDGEMENT = new HashSet(['a', 'an', 'such', 'so', 'un', 'une', 'vraiment', 'really', 'phrase', 'remarque', 'chose',
  'propos', 'commentaire'].map(hashString));

/** The word at token i follows a copula (an article or two between) that follows the closing quotation mark. */
function judgesTheQuote(i: number): boolean {
  let k = i - 1;
  while (k > 0 && k >= i - 3 && BEFORE_JUDGEMENT.has(tokens.hash[k])) k--;
  if (k > 0 && tokens.hash[k] === EST && tokens.hash[k - 1] === C_APOSTROPHE) k--;
  return k > 0 && QUOTE_COPULAS.has(tokens.hash[k]) && feats.inQuotes[k] === 0 && feats.inQuotes[k - 1] === 1;
}
const C_APOSTROPHE = hashString("c'");

/** Between an act of abuse and the group it is aimed at: "insulting | disabled people", "la haine | contre les | juifs". */
const VICTIM_FILLERS = new HashSet([...PICKING, ...['against', 'about', 'towards', 'toward', 'at', 'of', 'on', 'contre', 'envers',
  'sur', 'de', "d'", 'your', 'our', 'vos', 'votre', 'nos', 'notre'].map(hashString)]);

/** What condemns once denied: "never | acceptable", "pas | normal". */
const ACCEPTABLE = new HashSet(['acceptable', 'okay', 'ok', 'normal', 'tolerable', 'funny', 'drole', 'droles'].map(hashString));
const NEGATED = new HashSet(['not', 'never', 'pas', 'jamais'].map(hashString));

/** Token i follows an order to stop: "stop | hating", "arrêtez de | détester". */
function afterStop(i: number): boolean {
  return (i > 0 && isOrderToStop(i - 1)) || (i > 1 && DE.has(tokens.hash[i - 1]) && isOrderToStop(i - 2));
}

/** Token i is an order to stop, not a stop denied ("I'll never | stop hating them"). */
function isOrderToStop(i: number): boolean {
  return STOPPING.has(tokens.hash[i]) && !deniedStopAt(i);
}

/** What is spread about a group, besides the lexicons' acts of abuse: lies, rumours, insults. */
const ABUSE_NOUNS = new HashSet(['lies', 'rumours', 'rumors', 'insults', 'slurs', 'mensonges', 'rumeurs', 'insultes',
  // "Jokes about disabled people are not funny" (0.71, 2026-11-25); "Violence against women must
  // end" (0.74), "I condemn every attack on Muslims" (0.53).
  'jokes', 'blagues', 'violence', 'violences', 'attacks', 'attack', 'abuse', 'harassment', 'agressions', 'attaques',
  'attaque', 'harcelement'].map(hashString));

/**
 * Names of bigotry: "Racism against | black people", "Hating trans people is not an opinion, it's |
 * bigotry", « c'est du | sectarisme ». A name for the abuse, so the abuse is condemned by naming
 * it: the group it is against is its victim, and an act of abuse it judges is condemned. Kept out of
 * CONDEMNING, which features.ts reads too (the model would need training again).
 */
const BIGOTRY = new HashSet(['bigotry', 'racism', 'sexism', 'homophobia', 'transphobia', 'islamophobia', 'antisemitism',
  'xenophobia', 'ableism', 'misogyny', 'discrimination', 'prejudice', 'sectarisme', 'racisme', 'sexisme', 'homophobie',
  'transphobie', 'islamophobie', 'antisemitisme', 'xenophobie', 'validisme', 'misogynie'].map(hashString));

/** Being fed up with something: "I'm sick of | people attacking immigrants", « j'en ai marre des gens qui... ». */
const FED_UP = new HashSet(['sick', 'tired', 'fed', 'marre', 'assez', 'ras'].map(hashString));

/** Acts of abuse, conjugated, aimed at the group after them: "people | attacking | immigrants", "qui | attaquent | les immigrés". */
const ABUSING = new HashSet(['attacking', 'harassing', 'bullying', 'mocking', 'insulting', 'threatening', 'attack', 'harass',
  'bully', 'attaquent', 'attaque', 'harcelent', 'harcele', 'insultent', 'menacent', 'humilient', 'attaquer', 'harceler',
  'menacer', 'humilier', 'insulter'].map(hashString));

/** Hate as a noun, what is felt by others: "Hatred of | Muslims", « la haine des | musulmans ». */
const HATE_NOUNS = new HashSet(['hatred', 'hate', 'haine'].map(hashString));

/** Verbs that condemn abuse: "speak up against", "denounce", « dénoncer », « combattre ». */
const CONDEMNING_VERBS = new HashSet(['denounce', 'condemn', 'condemns', 'oppose', 'fight', 'speak', 'denoncer', 'denoncons',
  'denonce', 'condamner', 'condamnons', 'condamne', 'combattre', 'combattons', 'lutter', 'luttons',
  // What moderators are asked to do, and the speaker's disappointment: "should ban people who insult
  // gay people" (0.75), "I'm disappointed you allow attacks on trans people" (0.59, 2026-11-25).
  'ban', 'remove', 'delete', 'bannir', 'supprimer', 'supprimez', 'disappointed', 'decu', 'decue', 'moderate', 'moderer',
  'moderez'].map(hashString));

/** "has | no | place", « n'a | pas sa | place »: condemnation of what has none. */
const PLACE = hashString('place');
const NO_PLACE_BEFORE = new HashSet(['no', 'sa', 'leur'].map(hashString));

/**
 * Moderation asked for after a quote: 'comments like "..." under your post make me sad. Please
 * moderate' (0.77, 2026-11-25). Not "remove" nor "disappointed": "... is your default word for
 * women... Remove yourself", "Heavily disappointed in this show" (Davidson).
 */
const MODERATION = new HashSet(['moderate', 'ban', 'banned', 'delete', 'moderer', 'moderez', 'bannir', 'supprimer', 'supprimez'].map(hashString));

/** What abuse is called when it is deplored: "Violence against gay men is still a huge problem" (0.67, 2026-11-25). */
const PROBLEMS = new HashSet(['problem', 'scandal', 'disgrace', 'probleme', 'scandale', 'fleau'].map(hashString));

/** An end demanded: "must | end", "has to | stop", « doit | cesser ». */
const MUST = new HashSet(['must', 'to', 'doit', 'doivent', 'faut'].map(hashString));
const ENDING = new HashSet(['end', 'stop', 'cease', 'cesser', 'finir', 'stopper', 'arreter'].map(hashString));

/**
 * A group defended: it is named as the one abuse is aimed at ("insulting | disabled people", "répandre
 * la haine contre | les juifs", lexicons' `reported`; "lies about | refugees"; "stop hating on |
 * trans people"), and the abuse is condemned: an order to stop, a word of shame or blame, a denied
 * "acceptable" ("You should be ashamed for insulting disabled people" 0.56, "Tu devrais avoir honte
 * d'insulter les handicapés" 0.74, "Arrêtez de répandre la haine contre les juifs" 0.65 in a probe
 * of functional tests, 2026-11-24). Nothing hostile may be said besides: no slur, threat, insult at
 * "you"; a hate word only inside a phrase that names hate or after the order to stop.
 */
export function isGroupDefended(): boolean {
  const d = feats.dense;
  if (d[DI.identity] === 0 || !mayNameVictim()) return false;
  let victim = false, condemned = false, named = false, dismissed = false;
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.hash[i];
    if (DISMISSING.has(w)) dismissed = true;
    if (isOrderToStop(i) || QUOTE_CUES.has(w) || CONDEMNING.has(w)) condemned = true;
    // "Stop spreading lies about | refugees", "arrêtez de répandre des mensonges sur | les réfugiés".
    // Four words: "racism towards | your Black staff", « le racisme envers | vos employés noirs ».
    if ((ABUSE_NOUNS.has(w) || BIGOTRY.has(w) || ABUSING.has(w)) && groupAfter(i, 4, VICTIM_FILLERS)) {
      victim = true;
      if (BIGOTRY.has(w) && opensClause(i)) named = true;
    }
    // "I'm sick of people attacking...", "has no place here", « n'a pas sa place ».
    if (FED_UP.has(w) || CONDEMNING_VERBS.has(w) || (w === PLACE && i > 0 && NO_PLACE_BEFORE.has(tokens.hash[i - 1]))) condemned = true;
    // "... must | end", « ... doit | cesser »: an end demanded; "is still a huge | problem".
    if ((ENDING.has(w) && i > 0 && MUST.has(tokens.hash[i - 1])) || PROBLEMS.has(w)) condemned = true;
    // "Hatred of Muslims is never okay", « la haine des musulmans... »: hate named, felt by others.
    if (HATE_NOUNS.has(w) && groupAfter(i, 3, VICTIM_FILLERS)) { victim = true; if (opensClause(i)) named = true; }
    // "It is never | acceptable to insult...", "ce n'est pas | normal": a denied "acceptable" condemns.
    if (ACCEPTABLE.has(w) && i > 0 && NEGATED.has(tokens.hash[i - 1])) condemned = true;
  }
  for (let h = 0; h < hits.count; h++) {
    const c = hits.cat[h], from = hits.from[h];
    if (c === CAT.reported) {
      if (groupAfter(hits.to[h], 3, VICTIM_FILLERS)) victim = true;
      continue;
    }
    if (c === CAT.hate && namesHate(from)) continue;
    if (c === CAT.hate && HATE_NOUNS.has(tokens.hash[from]) && hits.to[h] === from) continue;
    // "Stop hating on trans people", "arrêtez de détester les gays": the hate is what is to stop.
    if (c === CAT.hate && afterStop(from)) {
      if (groupAfter(hits.to[h], 3, VICTIM_FILLERS)) victim = true;
      continue;
    }
    // The abuse judged: "The racism towards your Black staff in this thread is | disgusting" (0.89, 2026-11-25).
    if (c === CAT.insult && victim && afterIs(from)) continue;
    // A word of shame may be an insult in the lists ("honte"): it judges the abuse here; and "jokes"
    // ("you're a joke") or "attack" (a violent verb) name the abuse.
    if ((c === CAT.insult || c === CAT.violence) && (QUOTE_CUES.has(tokens.hash[from]) || ABUSE_NOUNS.has(tokens.hash[from]))) continue;
    if (((1 << c) & HOSTILE_WORDS) !== 0) return false;
  }
  // Bigotry or hatred named as such ("racism against Black people is still everywhere", "hate against
  // refugees is rising": 0.69 and 0.77, a probe of functional tests, 2026-11-25) condemns it, unless
  // it is excused or dismissed ("... is justified", "... is a myth").
  return victim && (condemned || (named && !dismissed));
}

const THE = new HashSet(['the', 'le', 'la', "l'"].map(hashString));

/**
 * Token i is a noun that opens its clause, the subject of what follows ("Racism against... is still
 * everywhere", « la haine contre... augmente »), not an object ("it's OK to hate Muslims", « ont
 * une haine envers... », "No hate against Jewish people but...": MLMA's hostile rows, 2026-11-25).
 */
function opensClause(i: number): boolean {
  const chars = normalisedBuffers().chars;
  let k = i - 1;
  if (k >= 0 && THE.has(tokens.hash[k])) k--;
  return k < 0 || gapHas(tokens, chars, k, endsClause);
}

const DEGREE = new HashSet(['so', 'really', 'truly', 'absolutely', 'vraiment', 'tellement', 'absolument'].map(hashString));

/** Token i follows "is" / « est » (a word of degree between): "is | disgusting", « est vraiment | dégoûtant ». */
function afterIs(i: number): boolean {
  let k = i - 1;
  if (k > 0 && DEGREE.has(tokens.hash[k])) k--;
  return k > 0 && IS_WAS.has(tokens.hash[k]);
}

/** Words that excuse or dismiss bigotry once named: "racism against whites is a myth", "... is justified". */
const DISMISSING = new HashSet(['justified', 'deserved', 'good', 'great', 'right', 'normal', 'natural', 'fine', 'necessary',
  'myth', 'lie', 'hoax', 'fake', 'exaggerated', 'invented', 'justifie', 'justifiee', 'naturel', 'naturelle', 'bien',
  'necessaire', 'merite', 'meritee', 'mythe', 'mensonge', 'exagere', 'exageree', 'invente', 'inventee'].map(hashString));

const JUDGING_COPULAS = new HashSet(['is', 'was', "it's", 'est', "c'", 'etait', 'are', 'were', 'sont'].map(hashString));

const ACT_BITS = (1 << CAT.hate) | (1 << CAT.violence) | (1 << CAT.reported) | (1 << CAT.insult);

/** Acts of abuse the lists do not hold as such: "attacking", "harassing", "se moquer"... */
const ACTS = new HashSet(['attacking', 'harassing', 'bullying', 'mocking', 'threatening', 'excluding', 'attaquer', 'harceler',
  'menacer', 'exclure', 'humilier', 'humiliating', 'moquer'].map(hashString));

/**
 * Abuse condemned: the sentence opens with an act of abuse as its subject, an English gerund or a
 * French infinitive ("Hating people for their religion", "Attacking trans people online",
 * "Détester les gens pour leur religion"), and a copula then a judgement closes it ("is wrong",
 * "c'est lâche", "is racist"). A probe of functional tests (2026-11-24) found such counter-speech
 * at 0.53–0.81. Nothing else hostile may be said, and nothing to "you".
 */
export function isAbuseCondemned(): boolean {
  if (tokens.count < 2) return false;
  // "Homophobia is a disease", « l'homophobie est une maladie »: bigotry named as the subject.
  // « L'homophobie... », « Se moquer... »: the noun or the verb after its article or pronoun.
  const subject = SUBJECT_ARTICLES.has(tokens.hash[0]) ? 1 : 0;
  const act = ((feats.tokCats[subject] & ACT_BITS) !== 0 || ACTS.has(tokens.hash[subject])) && isVerbalNoun(subject);
  // "Attacks on mosques are hate crimes", « les attaques contre les mosquées sont des crimes de haine ».
  const named = BIGOTRY.has(tokens.hash[subject]) || ABUSE_NOUNS.has(tokens.hash[subject]);
  if (!act && !named) return false;
  // "Mocking disabled people | makes you a | bully", « se moquer des handicapés | fait de vous un |
  // harceleur »: a generic "you", what the act makes of anyone who does it (0.69 and 0.60, a probe
  // of functional tests, 2026-11-25).
  let judged = makesYouA();
  if (judged < 0 && feats.dense[DI.you] > 0) return false;
  // "Homophobia kills", « l'homophobie tue »: bigotry as the subject of a verb of harm.
  if (judged < 0 && !act && subject + 1 < tokens.count && KILLS.has(tokens.hash[subject + 1])) judged = subject + 1;
  // "Transphobia has no | place here", « la transphobie n'a pas sa | place ».
  for (let k = subject + 1; k < tokens.count && judged < 0; k++) {
    if (tokens.hash[k] === PLACE && NO_PLACE_BEFORE.has(tokens.hash[k - 1])) judged = k;
  }
  for (let k = subject + 1; k + 1 < tokens.count && judged < 0; k++) {
    // "should | be | punished", « devrait | être | puni ».
    if ((tokens.hash[k] === BE || tokens.hash[k] === ETRE) && PUNISHED.has(tokens.hash[k + 1])) { judged = k + 1; break; }
    if (!JUDGING_COPULAS.has(tokens.hash[k])) continue;
    let w = k + 1 < tokens.count && (tokens.hash[k + 1] === EST) ? k + 2 : k + 1;
    // "is | a | crime", "est | un | délit", « sont | des | crimes ».
    if (w + 1 < tokens.count && (BEFORE_JUDGEMENT.has(tokens.hash[w]) || tokens.hash[w] === DES)) w++;
    // "du" before a French noun of bigotry: « c'est | du | sectarisme ».
    if (w + 1 < tokens.count && tokens.hash[w] === DU && BIGOTRY.has(tokens.hash[w + 1])) w++;
    if (w < tokens.count && (CONDEMNING.has(tokens.hash[w]) || BIGOTRY.has(tokens.hash[w]) || SICKNESS.has(tokens.hash[w]) ||
      (feats.tokCats[w] & ((1 << CAT.insult) | (1 << CAT.reported))) !== 0)) { judged = w; break; }
  }
  if (judged < 0) return false;
  for (let h = 0; h < hits.count; h++) {
    const from = hits.from[h];
    if (((1 << hits.cat[h]) & HOSTILE_WORDS) === 0 || from === 0 || from === subject || from === judged) continue;
    if (hits.cat[h] === CAT.hate && namesHate(from)) continue;
    return false;
  }
  return true;
}

const EST = hashString('est');
const DU = hashString('du');
const DES = hashString('des');
const MAKES = new HashSet(['makes', 'made', 'fait', 'font'].map(hashString));
const YOU_GENERIC = new HashSet(['you', 'vous', 'toi', 'de'].map(hashString));
/** Those who abuse: what an act of abuse "makes you". */
const ABUSERS = new HashSet(['bully', 'bigot', 'coward', 'harceleur', 'harceleuse', 'lache', 'sectaire'].map(hashString));

/**
 * The index of the insult in "makes you a | bully" / « fait de vous un | harceleur », the only
 * second person of the text, or -1.
 */
function makesYouA(): number {
  let found = -1, you = 0;
  for (let k = 1; k < tokens.count; k++) if ((feats.tokCats[k] & (1 << CAT.second)) !== 0) you++;
  for (let k = 1; k + 2 < tokens.count && found < 0; k++) {
    if (!MAKES.has(tokens.hash[k])) continue;
    let j = k + 1, seen = 0;
    while (j < tokens.count && j <= k + 2 && YOU_GENERIC.has(tokens.hash[j])) { if ((feats.tokCats[j] & (1 << CAT.second)) !== 0) seen++; j++; }
    if (seen === 0 || seen !== you) continue;
    if (j < tokens.count && A_AN.has(tokens.hash[j])) j++;
    if (j < tokens.count && ((feats.tokCats[j] & ((1 << CAT.insult) | (1 << CAT.negative))) !== 0 || ABUSERS.has(tokens.hash[j]))) found = j;
  }
  return found;
}
const L_APOSTROPHE = hashString("l'");
const SE = hashString('se');
/** What may come before the subject: « l'homophobie », « se moquer », « les attaques », "the attacks". */
const SUBJECT_ARTICLES = new HashSet([L_APOSTROPHE, SE, ...['les', 'la', 'le', 'the'].map(hashString)]);
const KILLS = new HashSet(['kills', 'hurts', 'destroys', 'ruins', 'tue', 'blesse', 'detruit', 'ruine'].map(hashString));
const BE = hashString('be'), ETRE = hashString('etre');

/** A sickness, said of bigotry or of an act of abuse: "Homophobia is a | disease", « l'homophobie est une | maladie ». */
const SICKNESS = new HashSet(['disease', 'cancer', 'plague', 'poison', 'sickness', 'maladie', 'fleau', 'poison'].map(hashString));

/** What the law or a moderator does to abuse: "Threatening women online should be | punished" (0.54, 2026-11-25). */
const PUNISHED = new HashSet(['punished', 'banned', 'prosecuted', 'sanctioned', 'illegal', 'puni', 'punie', 'punis', 'sanctionne',
  'sanctionnes', 'interdit', 'interdits', 'poursuivi', 'poursuivis'].map(hashString));

/** Token i is an English gerund ("hating", "attacking") or a French infinitive ("détester", "insulter"). */
function isVerbalNoun(i: number): boolean {
  const chars = normalisedBuffers().chars;
  const e = tokens.end[i], n = e - tokens.start[i];
  if (n < 5) return false;
  const ing = chars[e - 3] === 105 && chars[e - 2] === 110 && chars[e - 1] === 103;
  const er = feats.lang === 'fr' && (chars[e - 2] === 101 || chars[e - 2] === 105) && chars[e - 1] === 114;
  return ing || er;
}

/**
 * A claim about a group condemned before it is made: "It's wrong to call trans people mentally
 * ill" (0.48 in a probe of functional tests, 2026-11-24), "c'est faux de dire que les Roms volent":
 * an impersonal judgement whose claim follows it, quoted (features.ts, judgesClaimAfter), a group
 * named, and nothing hostile outside the claim but the judgement itself ("racist", "sexist").
 */
export function isClaimCondemned(): boolean {
  if (feats.dense[DI.identity] === 0) return false;
  let judged = -1;
  for (let i = 1; i < tokens.count && judged < 0; i++) {
    const w = tokens.hash[i];
    const judging = CONDEMNING.has(w) || (feats.tokCats[i] & (1 << CAT.insult)) !== 0;
    if (judging && judgesClaimAfter(tokens, i)) judged = i;
  }
  if (judged < 0) return false;
  for (let h = 0; h < hits.count; h++) {
    const from = hits.from[h];
    if (((1 << hits.cat[h]) & HOSTILE_WORDS) !== 0 && from !== judged && feats.negScope[from] === 0) return false;
  }
  return true;
}

/** The words that name abuse of a victim (isGroupDefended reads no further without one). */
const VICTIM_WORDS = [ABUSE_NOUNS, BIGOTRY, ABUSING, HATE_NOUNS];
const VICTIM_GATE = gate(...VICTIM_WORDS);

/** A word that names abuse (a reported act, an abuse noun, bigotry, hate) is in the text: most comments that name a group hold none. */
function mayNameVictim(): boolean {
  for (let h = 0; h < hits.count; h++) if (hits.cat[h] === CAT.reported || hits.cat[h] === CAT.hate) return true;
  return gateOpen(VICTIM_GATE);
}

/** Verbs of suffering what is done to one: "Trans people | face | harassment", « les femmes | subissent | ... ». */
const SUFFERING = new HashSet(['face', 'faces', 'faced', 'facing', 'suffer', 'suffers', 'suffered', 'endure', 'endured', 'endures',
  'experience', 'experienced', 'experiences', 'subissent', 'subit', 'subi', 'subir', 'subissaient', 'souffrent', 'souffrir',
  'endurent', 'vivent', 'affrontent'].map(hashString));

/** Harm suffered, named: what SUFFERING is followed by, besides abuse and bigotry ("threats", « les discriminations »). */
const SUFFERED_HARMS = new HashSet(['threats', 'persecution', 'violence', 'discriminations', 'menaces', 'persecutions', 'exclusion',
  'hostility', 'hostilite', 'insultes',
  // Hardship: "face higher living | costs" (0.71 in a blind probe of statements about groups, 2026-11-25).
  'costs', 'barriers', 'poverty', 'unemployment', 'inequality', 'obstacles', 'hardship', 'difficultes', 'pauvrete', 'chomage',
  'inegalites', 'precarite'].map(hashString));

/** An auxiliary of a passive that reports: "were | persecuted", "have been | attacked", « ont été | persécutés ». */
const PASSIVE_REPORTING = new HashSet(['were', 'was', 'are', 'is', 'been', 'being', 'get', 'got', 'getting', 'sont', 'ete', 'etaient', 'furent',
  // « se sont | vu | refuser un logement ».
  'vu'].map(hashString));

/** What a group is the victim of, in a passive: "persecuted", "discriminated against", « persécutés ». */
const VICTIMISED = new HashSet(['persecuted', 'discriminated', 'harassed', 'attacked', 'targeted', 'murdered', 'killed', 'bullied',
  'oppressed', 'marginalised', 'marginalized', 'excluded', 'enslaved', 'deported', 'abused', 'lynched', 'massacred', 'insulted',
  'threatened', 'assaulted', 'beaten', 'persecutes', 'persecutees', 'discrimines', 'discriminees', 'harceles', 'harcelees',
  'attaques', 'attaquees', 'cibles', 'ciblees', 'assassines', 'assassinees', 'tues', 'tuees', 'opprimes', 'opprimees',
  'marginalises', 'marginalisees', 'exclus', 'exclues', 'deportes', 'deportees', 'massacres', 'insultes', 'insultees',
  'menaces', 'menacees', 'agresses', 'agressees', 'lynches',
  // Denied what others get: "were denied housing", « se sont vu refuser un logement » (0.65 and 0.46, the same probe).
  'denied', 'refused', 'evicted', 'underpaid', 'rejected', 'refuses', 'refusees', 'refuser', 'expulses', 'expulsees'].map(hashString));

/** A disadvantage in money: "earn | less", "pay | more", « gagnent | moins », « paient plus | cher ». */
const EARNING = new HashSet(['earn', 'earns', 'paid', 'gagnent', 'touchent'].map(hashString));
const PAYING = new HashSet(['pay', 'pays', 'paient', 'payent'].map(hashString));
const LESS = new HashSet(['less', 'moins'].map(hashString));
const MORE = new HashSet(['more', 'plus'].map(hashString));
const MONEY_ADVERBS = new HashSet(['still', 'often', 'much', 'far', 'encore', 'souvent', 'toujours', 'bien', 'beaucoup'].map(hashString));

/** What makes a passive an order or a wish, not a report: "should | be attacked", "deserve to be", « doivent être ». */
const WISHING = new HashSet(['should', 'must', 'need', 'needs', 'deserve', 'deserves', 'ought', 'will', 'gonna', 'hope', 'let',
  'wish', 'doivent', 'doit', 'faut', 'meritent', 'merite', 'devraient', 'devrait', 'seront', 'espere', 'souhaite', 'que', "qu'",
  'be', 'etre'].map(hashString));

/**
 * The harm approved of: "had it | coming", "deserved it", "good riddance", "serves them right", « ils
 * l'avaient | cherché », « bien fait »: no report then, whatever the tense.
 */
const APPROVING = new HashSet(['coming', 'deserved', 'riddance', 'serves', 'rightly', 'cherche', 'meritaient', 'merite',
  'meritent', 'mieux'].map(hashString));

const SUFFERED_WORDS = [SUFFERING, VICTIMISED, EARNING, PAYING];
const SUFFERED_GATE = gate(...SUFFERED_WORDS);

/**
 * Harm a group suffers, reported: "Trans people face high rates of harassment at work", "Gay men
 * were persecuted for decades; we must remember" (0.63 and 0.70 in a blind probe of functional
 * tests, 2026-11-25: HateCheck's neutral statements about a group), « les femmes subissent des
 * violences », « les juifs ont été déportés ». The group is the subject of a verb of suffering
 * followed by the harm, or of a passive of victimisation, within five words. Not a passive wished
 * or ordered ("Gays should be attacked", "they deserve to be deported", « qu'ils soient déportés »),
 * and nothing hostile besides the harm's own words.
 */
export function isHarmSuffered(): boolean {
  if (feats.dense[DI.identity] === 0 || !gateOpen(SUFFERED_GATE)) return false;
  let harm: HarmSpan | null = null;
  for (let k = 0; k < tokens.count && harm === null; k++) {
    if ((feats.tokCats[k] & (1 << CAT.identity)) === 0 || !namesGroupAt(k)) continue;
    harm = sufferedAfter(k);
  }
  if (harm === null) return false;
  for (let i = 0; i < tokens.count; i++) if (APPROVING.has(tokens.hash[i])) return false;
  for (let h = 0; h < hits.count; h++) {
    if (((1 << hits.cat[h]) & HOSTILE_WORDS) === 0) continue;
    // The harm's own words: "were | killed", "face | threats", "subissent des | insultes".
    if (hits.from[h] >= harm.from && hits.to[h] <= harm.to) continue;
    // Hate as a noun is others' ("targeted by campaigns of | hatred", « ciblés par des campagnes de | haine »).
    if (hits.cat[h] === CAT.hate && (namesHate(hits.from[h]) || (HATE_NOUNS.has(tokens.hash[hits.from[h]]) && hits.to[h] === hits.from[h]))) continue;
    return false;
  }
  return true;
}

/** The tokens that say the harm: from the verb (or participle) to the harm's name. */
interface HarmSpan { from: number; to: number }

/**
 * The harm the group named at k suffers (a verb of suffering and the harm's name, a passive, a
 * disadvantage in money, within five words: "Jewish families | have been repeatedly targeted"), or
 * null. A wish before the group or on the way is no report: "I hope | Roma families get
 * persecuted", « j'espère que | les Roms... », "should | be attacked".
 */
function sufferedAfter(k: number): HarmSpan | null {
  for (let i = Math.max(0, k - 4); i < k; i++) if (WISHING.has(tokens.hash[i])) return null;
  for (let i = k + 1; i < tokens.count && i <= k + 5; i++) {
    const w = tokens.hash[i];
    if (WISHING.has(w)) return null;
    if (SUFFERING.has(w)) {
      for (let j = i + 1; j < tokens.count && j <= i + 6; j++) {
        const x = tokens.hash[j];
        if (ABUSE_NOUNS.has(x) || BIGOTRY.has(x) || SUFFERED_HARMS.has(x) || HATE_NOUNS.has(x) || ABUSING.has(x)) return { from: i, to: j };
      }
      return null;
    }
    // "were | persecuted", "are often | targeted", « sont souvent | ciblés »: one adverb may come between.
    if (VICTIMISED.has(w) && i > k + 1 && (PASSIVE_REPORTING.has(tokens.hash[i - 1]) || (i > k + 2 && PASSIVE_REPORTING.has(tokens.hash[i - 2])))) return { from: i, to: i };
    // "Women still earn | less", "Trans people often pay | more for...": one adverb may come between
    // (« gagnent | encore | moins », « paient | souvent | plus cher »).
    if (EARNING.has(w) || PAYING.has(w)) {
      const j = i + 1 < tokens.count && MONEY_ADVERBS.has(tokens.hash[i + 1]) ? i + 2 : i + 1;
      if (j < tokens.count && (EARNING.has(w) ? LESS : MORE).has(tokens.hash[j])) return { from: i, to: j };
    }
  }
  return null;
}
