/**
 * The product rules, in one list each, applied to the calibrated hostility score (hostility.ts).
 * A rule is a yes/no question about the last analyse() call; its list says what a yes does:
 *  - NEVER_FLAGGED: a colour word that also names a group, and nothing hostile ("I love the Noir
 *    Intense bar"), is held below the high threshold, flagged at no sensitivity;
 *  - HELD_UNDER_CAP: what is said is no attack on anyone (hostile words mentioned, quoted or
 *    condemned; said of a thing or in their everyday sense; a group praised, accepted or defended;
 *    news of violence): held under `cap`, so flagged at high only if the model scores it that high;
 *  - RAISED_TO_BALANCED: attacks the model, trained on sources that label them unevenly, scores
 *    low (a threat aimed at someone, a group called a hostile name, hate or contempt for a group, a
 *    slur used): raised to the balanced threshold, flagged at balanced and high;
 *  - profanity aimed at no one is a complaint: between the high threshold and `cap`, flagged at high
 *    only, whatever complaint words came with it ("damn, the app crashed again").
 * The lists are tried in that order and the first rule that answers yes decides. To add a rule,
 * write it in the file of its kind and put it in one list here; scopes.test.ts has its table.
 */
import { neverFlaggedCap } from '../model';
import { isAbuseCondemned, isClaimCondemned, isCounterQuote, isGroupClaimDenied, isGroupDefended, isHarmSuffered, isMentionedOnly } from './counter-speech';
import { isDoublyDenied, isGroupBlamed, isGroupDisesteemed, isGroupExclusionWished, isRightDenied, isGroupHated, isGroupNamedHostile, isPraiseDenied, isSlurUsed } from './group-attacks';
import { isGroupAccepted, isGroupNamedOnly, isGroupPraised, isSlurReclaimed } from './group-praise';
import { isEverydaySense, isObjectAbuse } from './things';
import { isAimedThreat, isNewsOfViolence } from './threats';
import { isUntargetedProfanity as isUntargetedProfanityImport } from './untargeted-profanity';

type Rule = () => boolean;

const NEVER_FLAGGED: readonly Rule[] = [isGroupNamedOnly];

/** Counter-speech read from the whole comment, not from one of its words: explain.ts gives it one reason. */
export const COUNTER_SPEECH: readonly Rule[] = [isGroupDefended, isAbuseCondemned, isClaimCondemned, isGroupAccepted, isHarmSuffered];

const HELD_UNDER_CAP: readonly Rule[] = [
  isMentionedOnly, isGroupClaimDenied, isObjectAbuse, isGroupPraised, isSlurReclaimed, isCounterQuote, isNewsOfViolence, isEverydaySense, ...COUNTER_SPEECH,
];

const RAISED_TO_BALANCED: readonly Rule[] = [
  isAimedThreat, isGroupNamedHostile, isGroupDisesteemed, isGroupHated, isPraiseDenied, isSlurUsed, isGroupBlamed, isDoublyDenied,
  isGroupExclusionWished, isRightDenied,
];

// Local copy: under tsx/CommonJS interop every use of an imported binding is a getter call.
const isUntargetedProfanity = isUntargetedProfanityImport;

/** Whether any of `rules` answers yes, in order. */
export function anyOf(rules: readonly Rule[]): boolean {
  for (let r = 0; r < rules.length; r++) if (rules[r]()) return true;
  return false;
}

/** The rules on a calibrated score `p`, given the model's profanity cap and its high and balanced thresholds. */
export function ruleScore(p: number, cap: number, high: number, balanced: number): number {
  if (anyOf(NEVER_FLAGGED)) return Math.min(p, neverFlaggedCap(high));
  if (anyOf(HELD_UNDER_CAP)) return Math.min(p, cap);
  if (anyOf(RAISED_TO_BALANCED)) return Math.max(p, balanced);
  if (isUntargetedProfanity()) return Math.min(Math.max(p, high), cap);
  return p;
}
