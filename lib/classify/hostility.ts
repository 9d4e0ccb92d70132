/**
 * Hostility score and sub-labels from the features of the last analyse() call.
 * The learned model gives the calibrated probability; the lexicons give the sub-labels and one
 * product rule: profanity aimed at no one ("merde, l'appli a encore planté") is a complaint, so
 * its score is capped between the high and balanced thresholds (flagged only at high).
 */
import type { HostilityLabel } from '../types';
import { DI as DI_IMPORT, feats as featsImport } from './features';
import { calibratedLogit, rawLogit, sigmoid, type Model } from './model';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const DI = DI_IMPORT;
const feats = featsImport;

export function isUntargetedProfanity(): boolean {
  const d = feats.dense;
  return d[DI.profanity_untargeted] > 0 && d[DI.identity_attack] === 0 && d[DI.hate] === 0 &&
    d[DI.dehumanise] === 0 && d[DI.staff_attack] === 0 && d[DI.profanity_you] === 0;
}

export function hostilityScore(m: Model, raw: number = rawLogit(m)): number {
  const p = sigmoid(calibratedLogit(m, raw));
  const cap = m.file.profanityCap;
  return cap !== undefined && isUntargetedProfanity() ? Math.min(p, cap) : p;
}

/** Sub-labels from the lexicon evidence (independent of the flag: unflagged profanity keeps its label). */
export function hostilityLabels(): HostilityLabel[] {
  const d = feats.dense;
  const labels: HostilityLabel[] = [];
  if (d[DI.insult] > 0) labels.push('insult');
  if (d[DI.threat] > 0) labels.push('threat');
  if (d[DI.profanity] > 0) labels.push('profanity');
  if (d[DI.slur] > 0 || d[DI.identity_attack] > 0 && (d[DI.dehumanise] + d[DI.hate] + d[DI.insult] + d[DI.threat] > 0)) {
    labels.push('identity_attack');
  }
  if (d[DI.insult_you] > 0 || d[DI.profanity_you] > 0 || d[DI.staff_attack] > 0 || (d[DI.threat] > 0 && d[DI.you] > 0)) {
    labels.push('harassment');
  }
  return labels;
}
