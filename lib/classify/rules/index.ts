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
 * The lists are tried in that order and the first rule that answers yes decides, once an analysis
 * (`feats.stamp`). A raising rule names the sub-label and the reason it gives (hostility.ts,
 * explain.ts: a comment flagged by a rule is never flagged without a why). To add a rule, write it
 * in the file of its kind and put it in one list here; scopes.test.ts has its table.
 */
import { feats as featsImport } from '../features';
import { neverFlaggedCap } from '../model';
import { isAbuseCondemned, isClaimCondemned, isCounterQuote, isGroupClaimDenied, isGroupDefended, isHarmSuffered, isMentionedOnly } from './counter-speech';
import { isDoublyDenied, isGroupBlamed, isGroupDisesteemed, isGroupExclusionWished, isRightDenied, isSentBack, isGroupHated, isGroupNamedHostile, isPraiseDenied, isSlurUsed } from './group-attacks';
import { isGroupAccepted, isGroupNamedOnly, isGroupPraised, isSlurReclaimed } from './group-praise';
import { isPersonInsulted, isReaderInsulted } from './person-attacks';
import { isAbuseReported } from './reported-abuse';
import { isStaffInsulted } from './staff-attacks';
import { isEverydaySense, isObjectAbuse, isProductQuestionForGroup } from './things';
import { isAimedThreat, isNewsOfViolence } from './threats';
import { isUntargetedProfanity as isUntargetedProfanityImport } from './untargeted-profanity';

type Rule = () => boolean;

const NEVER_FLAGGED: readonly Rule[] = [isGroupNamedOnly];

/** Counter-speech read from the whole comment, not from one of its words: explain.ts gives it one reason. */
export const COUNTER_SPEECH: readonly Rule[] = [isGroupDefended, isAbuseCondemned, isClaimCondemned, isGroupAccepted, isHarmSuffered, isAbuseReported];

const HELD_UNDER_CAP: readonly Rule[] = [
  isMentionedOnly, isGroupClaimDenied, isObjectAbuse, isProductQuestionForGroup, isGroupPraised, isSlurReclaimed, isCounterQuote, isNewsOfViolence, isEverydaySense, ...COUNTER_SPEECH,
];

/** A rule that raises, with the sub-label and the reason it gives a flagged comment (explain.ts, hostility.ts). */
export interface Raise {
  rule: Rule;
  label: 'threat' | 'identity_attack' | 'harassment';
  note: string;
}

const RAISED_TO_BALANCED: readonly Raise[] = [
  { rule: isAimedThreat, label: 'threat', note: 'threat aimed at someone' },
  { rule: isGroupNamedHostile, label: 'identity_attack', note: 'a group called a hostile name' },
  { rule: isGroupDisesteemed, label: 'identity_attack', note: 'contempt for a group' },
  { rule: isGroupHated, label: 'identity_attack', note: 'hate for a group, said outright' },
  { rule: isPraiseDenied, label: 'identity_attack', note: 'praise or welcome denied to a group' },
  { rule: isSlurUsed, label: 'identity_attack', note: 'a slur used against a group' },
  { rule: isGroupBlamed, label: 'identity_attack', note: 'a group blamed for a harm' },
  { rule: isDoublyDenied, label: 'identity_attack', note: 'a group called a name through two denials' },
  { rule: isGroupExclusionWished, label: 'identity_attack', note: 'a place wished without a group' },
  { rule: isRightDenied, label: 'identity_attack', note: 'a right denied to a group' },
  { rule: isSentBack, label: 'identity_attack', note: 'told to go back to a country' },
  { rule: isStaffInsulted, label: 'harassment', note: "a member of the brand's staff insulted" },
  { rule: isReaderInsulted, label: 'harassment', note: 'an insult said to the reader' },
  { rule: isPersonInsulted, label: 'harassment', note: 'a person called an insult' },
];

// Local copy: under tsx/CommonJS interop every use of an imported binding is a getter call.
const isUntargetedProfanity = isUntargetedProfanityImport;
const feats = featsImport;

/** Whether any of `rules` answers yes, in order. */
export function anyOf(rules: readonly Rule[]): boolean {
  for (let r = 0; r < rules.length; r++) if (rules[r]()) return true;
  return false;
}

const NEVER = 1, HELD = 2, RAISED = 3, PROFANITY = 4, NONE = 0;

/** What the lists decided for the last analyse() call, and the rule that raised it: asked once an analysis. */
const decision = { stamp: -1, list: NONE, raise: null as Raise | null };

/** The first raising rule that answers yes for the last analysis, held or not (asked once an analysis). */
const candidate = { stamp: -1, raise: null as Raise | null };

function raiseCandidate(): Raise | null {
  if (candidate.stamp === feats.stamp) return candidate.raise;
  candidate.stamp = feats.stamp;
  candidate.raise = null;
  for (let r = 0; r < RAISED_TO_BALANCED.length && candidate.raise === null; r++) {
    if (RAISED_TO_BALANCED[r].rule()) candidate.raise = RAISED_TO_BALANCED[r];
  }
  return candidate.raise;
}

function decide(): void {
  if (decision.stamp === feats.stamp) return;
  decision.stamp = feats.stamp;
  decision.raise = null;
  if (anyOf(NEVER_FLAGGED)) decision.list = NEVER;
  else if (anyOf(HELD_UNDER_CAP)) decision.list = HELD;
  else {
    decision.raise = raiseCandidate();
    decision.list = decision.raise !== null ? RAISED : isUntargetedProfanity() ? PROFANITY : NONE;
  }
}

/** The rule that raised the last analysed comment to the balanced threshold, or null (none did, or one held it). */
export function raisedBy(): Raise | null {
  // Most comments: no raising rule answers yes, and the rules that hold need not be asked.
  if (raiseCandidate() === null) return null;
  decide();
  return decision.raise;
}

/**
 * The rules on a calibrated score `p`, given the model's profanity cap and its high and balanced
 * thresholds. The lists are asked only as far as their answer can change `p`: with no raising rule
 * and no profanity to lift it, a score at or under the cap is what the model said, but for a colour
 * word alone (NEVER_FLAGGED) above its own cap. The counter-speech and everyday-sense rules that
 * hold a score under the cap were 10 % of classify() on the bench's comments (2026-11-25); the
 * answer is the same as asking every list in order (`decide`).
 */
export function ruleScore(p: number, cap: number, high: number, balanced: number): number {
  const neverCap = neverFlaggedCap(high);
  if (raiseCandidate() === null && p <= cap && !((p < high) && isUntargetedProfanity())) {
    return p > neverCap && anyOf(NEVER_FLAGGED) ? neverCap : p;
  }
  return ruleScoreInOrder(p, cap, high, balanced);
}

/** The rules' definition: every list asked in order, the first yes deciding (what ruleScore answers, faster). */
export function ruleScoreInOrder(p: number, cap: number, high: number, balanced: number): number {
  const neverCap = neverFlaggedCap(high);
  decide();
  switch (decision.list) {
    case NEVER: return Math.min(p, neverCap);
    case HELD: return Math.min(p, cap);
    case RAISED: return Math.max(p, balanced);
    case PROFANITY: return Math.min(Math.max(p, high), cap);
    default: return p;
  }
}
