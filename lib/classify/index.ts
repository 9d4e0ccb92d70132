/**
 * Vigie's local classifier: hostility and rumours in French and English, explained.
 * Pure TypeScript, no DOM, no browser API; runs the same in a content script and in Node.
 * See README.md in this folder for the model, the figures and what each sensitivity trades off.
 */
import type { HostilityLabel, Lang, Reason, RegisterMatch, Sensitivity, Severity, Verdict } from '../types';
import { analyse } from './features';
import { hostilityLabels, hostilityScore } from './hostility';
import { cueIds, rumourScore } from './rumour';
import { models } from './models';
import { pairLogit, rawLogitPair } from './model';
import { explainCurrent } from './explain';
import { langFromTokens } from './lang';
import { normaliseInto, normalisedBuffers, surface } from './normalise';
import { tokenise } from './tokens';

export { normalise } from './normalise';
export { checkReplyTone, type ToneWarning } from './tone';

export interface ClassifyOptions {
  sensitivity?: Sensitivity; // default 'balanced'
  thread?: { parent?: string | null; replies?: string[] }; // optional context
  /** Seam for the team's rumour register (implemented elsewhere, in lib/classify/match.ts). */
  matchRegister?: (text: string, lang: Lang) => RegisterMatch | null;
}

/** Severity at a sensitivity: 'none' below its threshold; 'medium' from the low-sensitivity threshold up; 'high' halfway from there to 1. */
export function hostilitySeverity(score: number, sensitivity: Sensitivity): Severity {
  const t = models.hostility.file.thresholds;
  if (!(score >= t[sensitivity])) return 'none';
  if (score >= (t.low + 1) / 2) return 'high';
  if (score >= t.low) return 'medium';
  return 'low';
}

export function rumourFlagged(score: number, sensitivity: Sensitivity): boolean {
  return score >= models.rumour.file.thresholds[sensitivity];
}

export function detectLanguage(text: string): Lang {
  const n = normaliseInto(text);
  return langFromTokens(tokenise(normalisedBuffers().chars, n), surface.accents);
}

interface Scores {
  lang: Lang;
  hostility: number;
  labels: HostilityLabel[];
  rumour: number;
  cues: string[];
  match: RegisterMatch | null;
}

function score(text: string, options: ClassifyOptions): Scores {
  const lang = analyse(text);
  const hz = rawLogitPair(models.hostility, models.rumour);
  const rz = pairLogit.second;
  const hostility = hostilityScore(models.hostility, hz);
  const labels = hostilityLabels();
  const cues = cueIds();
  // Last: replies are analysed with the same shared buffers.
  let rumour = rumourScore(models.rumour, lang, options.thread?.replies, rz);
  const match = options.matchRegister ? options.matchRegister(text, lang) : null;
  if (match) rumour = Math.max(rumour, match.score);
  return { lang, hostility, labels, rumour, cues, match };
}

/** Fast path: scores, levels and sub-labels. `reasons` is empty: call explain() for flagged comments. */
export function classify(text: string, options: ClassifyOptions = {}): Verdict {
  const sensitivity = options.sensitivity ?? 'balanced';
  const s = score(text, options);
  const severity = hostilitySeverity(s.hostility, sensitivity);
  return {
    lang: s.lang,
    hostility: { score: s.hostility, severity, flagged: severity !== 'none', labels: s.labels },
    rumour: {
      score: s.rumour,
      flagged: s.match !== null || rumourFlagged(s.rumour, sensitivity),
      cues: s.cues,
      match: s.match,
    },
    reasons: [],
  };
}

/** Spans of the ORIGINAL text with what each contributed, strongest first. */
export function explain(text: string, options: ClassifyOptions = {}): Reason[] {
  const lang = analyse(text);
  const reasons = explainCurrent(text, lang);
  const match = options.matchRegister ? options.matchRegister(text, lang) : null;
  if (match) {
    reasons.push({ start: 0, end: text.length, axis: 'register', label: match.claimId, weight: match.score, note: `matches the register claim ${match.claimId}` });
  }
  return reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
