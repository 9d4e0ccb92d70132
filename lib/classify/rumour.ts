/**
 * Rumour score: the learned English model (news-style claims from PHEME, RumourEval, COVID-19
 * rumours) plus hand-set priors for the cues written from linguistic knowledge in both languages
 * (lexicons/rumour.ts). French has no training data, so a French comment is scored from its cues
 * alone, starting from a base set just below the balanced threshold: one strong cue flags it.
 */
import type { Lang } from '../types';
import { DI, feats as featsImport, type DenseName } from './features';
import { entries as entriesImport, hits as hitsImport, CAT as CAT_IMPORT } from './lexicon';
import { calibratedLogit, neverFlaggedCap, rawLogit, sigmoid, type Model } from './model';
import { analyseReplies } from './thread';
import { hashString } from './hash';
import { tokens as tokensImport } from './tokens';
import { countClaims as countClaimsImport, sentences as sentencesImport } from './claim';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const feats = featsImport;
const entries = entriesImport;
const hits = hitsImport;
const CAT = CAT_IMPORT;
const tokens = tokensImport;
const countClaims = countClaimsImport;
const sentences = sentencesImport;

/** Log-odds each cue adds to the calibrated score (first occurrence; repeats add half). */
export const CUE_PRIORS: Partial<Record<DenseName, number>> = {
  hearsay: 1.6,
  suppression: 2.0,
  share_before_deleted: 1.8,
  boycott: 1.5,
  hedged_claim: 0.7,
  alarming_claim: 0.5,
  unreliable_source: 2.5,
};

const CUE_INDEX = Int32Array.from(Object.keys(CUE_PRIORS).map((n) => DI[n as DenseName]));
const CUE_WEIGHT = Float64Array.from(Object.values(CUE_PRIORS));

export function cueLogit(): number {
  let z = 0;
  const d = feats.dense;
  for (let k = 0; k < CUE_INDEX.length; k++) {
    const x = d[CUE_INDEX[k]];
    if (x > 0) z += CUE_WEIGHT[k] * (1 + 0.5 * (Math.min(x, 3) - 1));
  }
  return z;
}

/** Cues other than an alarming word: "does it contain milk?" asks; "is it true they recalled..." relays. */
function strongCues(): number {
  const d = feats.dense;
  let n = 0;
  for (let k = 0; k < CUE_INDEX.length; k++) if (CUE_INDEX[k] !== ALARMING && d[CUE_INDEX[k]] > 0) n++;
  return n;
}
const ALARMING = DI.alarming_claim;

const logitOf = (p: number) => Math.log(p / (1 - p));

/**
 * A reply addressed to someone ("@ken_w the list is on their site") answers them: conversation.
 * News claims almost never open with a mention (8 of 3,959 PHEME tweets), so the learned model
 * cannot know this; replies that relay a rumour carry cues and are not lowered.
 */
export const REPLY_PRIOR = -0.7;
const MENTION_HASH = hashString('@user');

/** Log-odds added to the model's calibrated score: cue priors, or the reply prior when there is no strong cue. */
export function priorLogit(): number {
  const cues = cueLogit();
  return tokens.count > 0 && tokens.hash[0] === MENTION_HASH && strongCues() === 0 ? cues + REPLY_PRIOR : cues;
}

/**
 * Conversation, not a claim: no rumour cue (an alarming word alone does not count: "does it contain
 * milk?"), and either no sentence states something about a third party (questions, the speaker's own
 * experience, fragments: see claim.ts), or the comment asks
 * for a source or doubts what it answers ("Source?", "Is that true?"), which is a reply to a
 * rumour, not one. A comment with a link shares something and is never conversation here (unless
 * it asks for a source). Call after analyse().
 */
export function isConversation(): boolean {
  if (strongCues() > 0) return false;
  countClaims();
  if (sentences.questions > 0) {
    for (let h = 0; h < hits.count; h++) if (hits.cat[h] === CAT.query) return true;
  }
  // A link shares something ("Surprise show tonight? <link>"): news, whatever the sentence form.
  return sentences.claims === 0 && feats.dense[DI.url] === 0;
}

/**
 * Highest score of a comment that is conversation: just below the high threshold, so no
 * sensitivity flags it. A question, the speaker's own story or a request for a source is not a
 * claim. (It was capped between the high and balanced thresholds: crisis mode, which raises the
 * sensitivity to high, then flagged 8 of the 26 ordinary comments and complaints of the demo's X
 * page as rumours for being conversation, "Do you ship to Canada?" among them: npm run demo --
 * --headless --fast, 2026-11-24.)
 */
export const conversationCap = (m: Model) => neverFlaggedCap(m.file.thresholds.high);

/** Margin below the balanced threshold where a French comment without cues starts. */
export const FRENCH_BASE_MARGIN = 1.5;

export function rumourLogit(m: Model, lang: Lang, raw?: number): number {
  const cues = priorLogit();
  const z = lang === 'fr'
    ? logitOf(m.file.thresholds.balanced) - FRENCH_BASE_MARGIN + cues
    : calibratedLogit(m, raw ?? rawLogit(m)) + cues;
  // The gate only matters above the cap (most comments score below it: skip the sentence scan).
  const cap = logitOf(conversationCap(m));
  return z > cap && isConversation() ? cap : z;
}

/** Rumour score; replies that question or deny a claim raise it (RumourEval: rumours draw queries). */
export function rumourScore(m: Model, lang: Lang, replies?: string[], raw?: number): number {
  const z = rumourLogit(m, lang, raw);
  return sigmoid(z + (replies && replies.length > 0 ? analyseReplies(replies) : 0));
}

/** Distinct cue ids of the last analysed text, in order of appearance. */
export function cueIds(): string[] {
  const out: string[] = [];
  for (let h = 0; h < hits.count; h++) {
    if (hits.cat[h] !== CAT.rumour) continue;
    const id = entries[hits.entry[h]].id;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
