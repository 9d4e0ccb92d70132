/**
 * Hostility score and sub-labels from the features of the last analyse() call. The learned model
 * gives the calibrated probability; the product rules (rules/index.ts, one list per effect) adjust
 * it where the sources taught the model something the product must not do (a complaint's
 * profanity flagged, a colour read as a group, counter-speech read as abuse) or left it blind (a
 * threat, a slur, contempt for a group); the lexicons give the sub-labels.
 */
import type { HostilityLabel } from '../types';
import { DI as DI_IMPORT, feats as featsImport } from './features';
import { calibratedLogit, rawLogit, sigmoid, type Model } from './model';
import { stageLogit } from './stage';
import { raisedBy as raisedByImport, ruleScore as ruleScoreImport } from './rules/index';
import { isAimedThreat as isAimedThreatImport } from './rules/threats';

// The rules, for the training script (thresholds are chosen on ruleScore), explain.ts and the tests.
export { ruleScore } from './rules/index';
export { isAbuseCondemned, isClaimCondemned, isCounterQuote, isGroupClaimDenied, isGroupDefended, isHarmSuffered, isMentionedOnly } from './rules/counter-speech';
export { isDoublyDenied, isGroupBlamed, isGroupDisesteemed, isGroupExclusionWished, isRightDenied, isGroupHated, isGroupNamedHostile, isPraiseDenied, isSlurUsed } from './rules/group-attacks';
export { isGroupAccepted, isGroupNamedOnly, isGroupPraised, isSlurReclaimed } from './rules/group-praise';
export { isStaffInsulted } from './rules/staff-attacks';
export { isEverydaySense, isObjectAbuse, isProductQuestionForGroup } from './rules/things';
export { isAimedThreat, isBodilyHarmIntended, isHarmWished, isNewsOfViolence, isViolenceAtSomeone, isViolenceDeclared, isViolenceDue, isVisitThreatened, isWhereaboutsKnown } from './rules/threats';
export { isUntargetedProfanity } from './rules/untargeted-profanity';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const DI = DI_IMPORT;
const feats = featsImport;
const ruleScore = ruleScoreImport;
const isAimedThreat = isAimedThreatImport;
const raisedBy = raisedByImport;

export function hostilityScore(m: Model, raw: number = rawLogit(m)): number {
  const z = m.stage ? stageLogit(m.stage, raw, feats.dense) : raw;
  const p = sigmoid(calibratedLogit(m, z));
  const cap = m.file.profanityCap;
  return cap !== undefined ? ruleScore(p, cap, m.file.thresholds.high, m.file.thresholds.balanced) : p;
}

/** Sub-labels from the lexicon evidence (independent of the flag: unflagged profanity keeps its label). */
export function hostilityLabels(): HostilityLabel[] {
  const d = feats.dense;
  const labels: HostilityLabel[] = [];
  const raised = raisedBy()?.label;
  if (d[DI.insult] > 0) labels.push('insult');
  // A threat aimed at someone the rules read ("Kill them all", "I'm gonna break his neck") is one
  // too, though no phrase of the list.
  if (d[DI.threat] > 0 || isAimedThreat()) labels.push('threat');
  if (d[DI.profanity] > 0) labels.push('profanity');
  // A group attacked in a way the rules read ("Refugees are the reason crime is up", "should not be
  // allowed to vote") is an identity attack though no word of the lists says it.
  if (d[DI.slur] > 0 || d[DI.identity_attack] > 0 && (d[DI.dehumanise] + d[DI.hate] + d[DI.insult] + d[DI.threat] > 0) ||
    raised === 'identity_attack') {
    labels.push('identity_attack');
  }
  if (d[DI.insult_you] > 0 || d[DI.profanity_you] > 0 || d[DI.staff_attack] > 0 || (d[DI.threat] > 0 && d[DI.you] > 0) ||
    raised === 'harassment') {
    labels.push('harassment');
  }
  return labels;
}
