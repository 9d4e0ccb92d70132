/**
 * Rumour score: the learned English model (news-style claims from PHEME, RumourEval, COVID-19
 * rumours) plus hand-set priors for the cues written from linguistic knowledge in both languages
 * (lexicons/rumour.ts). French has no training data, so a French comment is scored from its cues
 * alone, starting from a base set just below the balanced threshold: one strong cue flags it.
 */
import type { Lang } from '../types';
import { DI, feats as featsImport, type DenseName } from './features';
import { entries as entriesImport, hits as hitsImport, CAT as CAT_IMPORT } from './lexicon';
import { calibratedLogit, rawLogit, sigmoid, type Model } from './model';
import { analyseReplies } from './thread';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const feats = featsImport;
const entries = entriesImport;
const hits = hitsImport;
const CAT = CAT_IMPORT;

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

const logitOf = (p: number) => Math.log(p / (1 - p));

/** Margin below the balanced threshold where a French comment without cues starts. */
export const FRENCH_BASE_MARGIN = 1.5;

export function rumourLogit(m: Model, lang: Lang, raw?: number): number {
  const cues = cueLogit();
  if (lang === 'fr') return logitOf(m.file.thresholds.balanced) - FRENCH_BASE_MARGIN + cues;
  return calibratedLogit(m, raw ?? rawLogit(m)) + cues;
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
