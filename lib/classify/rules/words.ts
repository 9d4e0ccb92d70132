/**
 * Word sets that several hostility rules share (normalised forms: lower case, no accents; hashed
 * once, as the tokens are).
 */
import { HashSet } from '../hash-table';
import { hashString } from '../hash';
import { CAT as CATImport } from '../lexicon';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;

/** The words that make a comment hostile (their lexicon categories, as a bit mask). */
export const HOSTILE_WORDS = (1 << CAT.insult) | (1 << CAT.slur) | (1 << CAT.dehumanise) | (1 << CAT.hate) |
  (1 << CAT.threat) | (1 << CAT.violence) | (1 << CAT.profanity);

/**
 * Identity words that are first of all colours ("chocolat noir", "white chocolate", "la Noir
 * Intense"). Capping every group's name alone was measured too: it costs recall on French forum
 * comments (ToxiFrench F1 0.50 -> 0.45), where naming a group mostly comes with toxicity.
 */
export const COLOUR_WORDS = new HashSet(['black', 'white', 'noir', 'noire', 'blanc', 'blanche'].map(hashString));

/** Nouns for people after a group's adjective: "disabled | people", "les personnes | handicapées". */
export const PEOPLE = new HashSet(['people', 'folks', 'men', 'women', 'guys', 'persons', 'gens', 'personnes'].map(hashString));

/** Nouns for a person that a group's adjective goes with: "a Black | neighbour", "un voisin | noir". */
export const PERSON_NOUNS = new HashSet(['neighbour', 'neighbours', 'neighbor', 'neighbors', 'man', 'men', 'guy', 'guys', 'kid', 'kids',
  'child', 'children', 'family', 'families', 'person', 'people', 'boss', 'colleague', 'colleagues', 'student', 'students',
  'tenant', 'tenants', 'voisin', 'voisine', 'voisins', 'voisines', 'homme', 'hommes', 'mec', 'mecs', 'gars', 'enfant',
  'enfants', 'famille', 'familles', 'personne', 'personnes', 'patron', 'patronne', 'collegue', 'collegues', 'locataire',
  'locataires', 'etudiant', 'etudiante', 'etudiants', 'etudiantes',
  // A brand's staff and customers: "Black staff at your store", « vos employés noirs » (2026-11-25).
  'staff', 'employee', 'employees', 'worker', 'workers', 'customer', 'customers', 'model', 'models', 'employe', 'employes',
  'employee', 'employees', 'client', 'clients', 'cliente', 'clientes', 'mannequin', 'mannequins'].map(hashString));

/** Words that pick members of a group after a verb: "the next", "any", "every", "those", "le prochain", "des", "tous les". */
export const PICKING = new HashSet(['the', 'next', 'any', 'every', 'some', 'all', 'most', 'those', 'these', 'a', 'an', 'few', 'le', 'la',
  'les', 'ces', 'prochain', 'prochaine', 'tout', 'tous', 'toute', 'toutes', 'des', 'un', 'une', 'quelques', 'chaque'].map(hashString));

/** Words that join clauses: what the speaker says of themselves ends at one ("We are white and the immigrants..."). */
export const JOINS = new HashSet(['and', 'but', 'or', 'et', 'mais', 'ou'].map(hashString));

/**
 * With the words in quotation marks, a word that condemns them says they are quoted to be condemned:
 * "Statements like "..." are deeply hurtful", "If you say "..." you should be ashamed", « ..., c'est
 * un mensonge ». Alone, without the marks, such words are too common to mean a quote; "lie",
 * "false" and "faux" are too common even with them ("The lies on this here Twitter "...""). Written from a probe of functional tests (2026-11-24): 4 of 6 such
 * quotes were flagged in each language. Verbs of saying and words for what was said ("say", "tell",
 * "comments") were tried too and left out: Davidson labels abuse said or quoted as offensive ("she
 * gon say "your a rude little bitch""), and 0.0014 of its ROC AUC went with them.
 */
export const QUOTE_CUES = new HashSet(['myth', 'hurtful', 'harmful', 'ashamed', 'shameful', 'cruel', 'hateful', 'bigoted', 'untrue',
  'mensonge', 'mensonges', 'blessant', 'blessants', 'blessante', 'blessantes', 'honte', 'honteux', 'honteuse', 'haineux',
  'haineuse'].map(hashString));

/**
 * The speaker says they belong to the group: "we are a group of Muslims", "I'm a trans woman",
 * "as a gay man", "je suis musulmane", "en tant que femme", the group named within four words.
 * Said of oneself, with nothing hostile, a group's name is no attack (a probe of functional tests,
 * 2026-11-24: "We are a group of Muslims" scored 0.57, flagged).
 */
const SELF = ['i am', "i'm", 'im', 'we are', "we're", 'as a', 'as an', 'as', 'je suis', 'nous sommes', 'on est', 'en tant que'];

export const SELF_FIRST = new HashSet(SELF.map((p) => hashString(p.split(' ')[0])));

export const SELF_PHRASES = SELF.map((p) => p.split(' ').map(hashString));

/**
 * Words that condemn what is said or done, in any construction a rule reads them in: "it is wrong
 * to say...", "Hating people for their religion is | cowardly", "Shame on...", "c'est | faux de
 * dire...", "Harceler les gays est un | délit". One list for features.ts (a claim judged before it
 * is made) and rules/counter-speech.ts (a group defended, abuse condemned, a claim condemned).
 */
export const CONDEMNING = new HashSet([
  'wrong', 'false', 'untrue', 'unfair', 'ridiculous', 'absurd', 'offensive', 'hurtful', 'unacceptable', 'shame', 'shameful',
  'cowardly', 'despicable', 'disgraceful', 'crime', 'illegal',
  'faux', 'injuste', 'absurde', 'mal', 'lache', 'delit', 'inacceptable', 'inadmissible', 'intolerable', 'honteux', 'honteuse',
  'indigne',
].map(hashString));

/** « de », « d' »: between a verb and what it governs ("arrêtez | de | détester", « fier | d' | être »). */
export const DE = new HashSet(['de', "d'"].map(hashString));

/** "to", « de »: before an infinitive ("happy | to | see", « refuse | de | croire »). */
export const TO_DE = new HashSet(['to', 'de', "d'"].map(hashString));

/** "is", "was", « est », « était »: a copula said of one thing or person. */
export const IS_WAS = new HashSet(['is', 'was', 'est', 'etait'].map(hashString));

/** Indefinite articles: "a", "an", « un », « une ». */
export const A_AN = new HashSet(['a', 'an', 'un', 'une'].map(hashString));

/** "Why", « pourquoi »: a negated one urges (features.ts); a customer's product question never asks it (things.ts). */
export const WHY = new HashSet(['why', 'pourquoi'].map(hashString));

/** Verbs of stopping, as orders and otherwise: "stop", « arrêtez », « cesser », « cesserai ». */
export const STOPPING = new HashSet(['stop', 'quit', 'cease', 'arrete', 'arretez', 'arretons', 'arreter', 'arreterai', 'arreterais',
  'cessez', 'cesse', 'cessons', 'cesser', 'cesserai', 'cesserais'].map(hashString));

/** What denies a stop, before it or (spoken French) after it: "never | stop", « ne cesserai | jamais ». */
export const STOP_DENIERS = new HashSet(['never', "won't", 'wont', "don't", 'dont', 'not', 'jamais', 'pas', 'ne'].map(hashString));

/** Modal verbs: violence under one is called for ("they should all be shot", « il faudrait les fusiller »). */
export const MODAL = new HashSet(['should', 'must', 'ought', 'need', 'needs', 'devrait', 'devraient', 'doivent', 'doit', 'faudrait'].map(hashString));

/** Where someone is to be found: "lives", « habite », "works", « travaille », "parks". */
export const WHEREABOUTS = new HashSet(['live', 'lives', 'living', 'work', 'works', 'sleep', 'sleeps', 'park', 'parks', 'habite', 'habites',
  'habitent', 'habitez', 'vit', 'vis', 'vivent', 'vivez', 'travaille', 'travailles', 'travaillent', 'dort', 'dors', 'dorment', 'gare'].map(hashString));
