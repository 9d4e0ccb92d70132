/**
 * Abuse reported to the page's moderators: "A guy in this thread called your cashier a stupid cow.
 * Can you delete it?", « Un commentaire traite votre livreur de débile. Signalez-le svp. » On a
 * brand's page in a crisis, customers point moderators at the abuse they saw, and they repeat its
 * words to say which comment they mean. A blind probe of such reports (2026-11-25, 15 a language)
 * had 5 of 15 flagged hostile in each language, up to 0.93 ("People here keep calling the girl in
 * your ad ugly and fat. Moderators, do something."): the quote scope of features.ts stops after six
 * words and does not open when "your" follows the verb (then the words are usually aimed at the
 * reader: "calling your mum a whore").
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { HashSet } from '../hash-table';
import { hashString } from '../hash';
import { hits as hitsImport } from '../lexicon';
import { normalisedBuffers } from '../normalise';
import { endsClause, endsSentence, gapHas, tokens as tokensImport } from '../tokens';
import { HOSTILE_WORDS as HOSTILE_WORDSImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const HOSTILE_WORDS = HOSTILE_WORDSImport;
const hits = hitsImport;
const tokens = tokensImport;

/**
 * Verbs that report what a third party said or did with words, past or ongoing: "called", "keeps
 * calling", "told ... to", "threatened to", "says", « a traité », « a dit », « a écrit », « menace ».
 * Not the imperative "call" / "tell" / « dites », which give the abuse as an order ("Tell your agent
 * to go kill herself").
 */
const REPORTING_VERBS = new HashSet(['called', 'calling', 'calls', 'told', 'telling', 'tells', 'threatened', 'threatening',
  'threatens', 'says', 'said', 'saying', 'wrote', 'writes', 'writing', 'written', 'posted', 'posting', 'posts', 'commented',
  'traite', 'traitee', 'traites', 'traitent', 'traitant', 'dit', 'disent', 'dire', 'ecrit', 'ecrivent', 'ecrire',
  'menace', 'menacent', 'menacer', 'poste', 'postent', 'publie'].map(hashString));

/** The speaker as the subject: "I called him an idiot", « j'ai dit que t'étais con » report nothing. */
const SPEAKER = new HashSet(['i', 'im', "i'm", "i've", 'ive', 'je', "j'", 'we', 'nous', 'on'].map(hashString));
/** An auxiliary between the subject and its verb: "I | have | called", « j' | ai | traité ». */
const AUXILIARIES = new HashSet(['have', 'had', 'has', 'ai', 'avons', 'avais', 'a', 'just', 'already', 'deja', 'juste'].map(hashString));

/**
 * What a reader asks a moderator to do, or says they did: remove, delete, report, flag, ban,
 * moderate, « supprimer », « retirer », « signaler », « bannir », « modérer »; a moderator named.
 */
const MODERATION_REQUESTS = new HashSet(['remove', 'removed', 'removing', 'delete', 'deleted', 'deleting', 'report', 'reported',
  'reporting', 'flag', 'flagged', 'flagging', 'ban', 'banned', 'banning', 'moderate', 'moderator', 'moderators', 'mods',
  'supprimer', 'supprimez', 'supprime', 'supprimee', 'retirer', 'retirez', 'retire', 'signaler', 'signalez', 'signale',
  'signalement', 'bannir', 'bannissez', 'bannirez', 'banni', 'moderer', 'moderez', 'moderateur', 'moderateurs', 'moderation',
].map(hashString));

/** Token i is a reporting verb whose subject is not the speaker. */
function reportsAnother(i: number): boolean {
  if (!REPORTING_VERBS.has(tokens.hash[i])) return false;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && AUXILIARIES.has(tokens.hash[k])) k--;
  return !(k >= 0 && SPEAKER.has(tokens.hash[k]));
}

/**
 * Token i lies in a report: a reporting verb of another's comes before it in its sentence (or, with
 * `mark` endsClause, in its clause).
 */
function inReport(i: number, chars: Uint16Array, mark: (c: number) => boolean): boolean {
  for (let k = i - 1; k >= 0 && !gapHas(tokens, chars, k, mark); k--) if (reportsAnother(k)) return true;
  return false;
}

/**
 * Every hostile word of the comment lies in what a third party is reported to have said, from a
 * reporting verb to the end of its sentence, and outside the clause of every report the comment
 * asks a moderator to act (or says it reported it): "Someone threatened to stab your driver, | I've
 * reported it". An insult outside the report ("Report this idiot, he called me a liar") is the
 * speaker's own.
 */
export function isAbuseReported(): boolean {
  const chars = normalisedBuffers().chars;
  let request = false;
  for (let i = 0; i < tokens.count && !request; i++) request = MODERATION_REQUESTS.has(tokens.hash[i]) && !inReport(i, chars, endsClause);
  if (!request) return false;
  let hostile = false;
  for (let h = 0; h < hits.count; h++) {
    if (((1 << hits.cat[h]) & HOSTILE_WORDS) === 0) continue;
    if (!inReport(hits.from[h], chars, endsSentence)) return false;
    hostile = true;
  }
  return hostile;
}
