import type { VerdictKind } from '../types';

export const RADAR_LEVELS = ['calm', 'watch', 'alert', 'crisis'] as const;
export type RadarLevel = (typeof RADAR_LEVELS)[number];

/** Orders levels so that rises and falls can be compared. */
export function levelRank(level: RadarLevel): number {
  return RADAR_LEVELS.indexOf(level);
}

/**
 * One comment as the radar sees it: the background stores these (deduplicated by comment id) from
 * what the content scripts read. Times are the comment's own postedAt, not when Vigie saw it.
 */
export interface Observation {
  commentId: string;
  threadId?: string | null;
  /** ISO time the comment was posted. */
  postedAt: string;
  verdict: VerdictKind;
  /** Register claim the comment matched, when it is a rumour: lets the radar say "the same claim repeated". */
  claimId?: string | null;
}

export interface RadarSettings {
  /** The recent window compared with the baseline (minutes). */
  windowMinutes: number;
  /** The baseline just before the recent window (minutes). */
  baselineMinutes: number;
  /** A shorter look inside the recent window, for early warning and velocity (minutes). */
  shortWindowMinutes: number;
  /**
   * What the baseline shares are pulled toward when the baseline is thin: a page with no history is
   * assumed to have about this share, as if `priorWeight` such comments had been seen.
   */
  priorHostileShare: number;
  priorRumourShare: number;
  priorWeight: number;
  /**
   * How steady the shares are on an ordinary page, as the concentration of a beta distribution
   * around the baseline share: a share that varies by about ±30% from hour to hour is ~150. Lower
   * tolerates rougher pages; very high treats every hour as a fresh draw at the baseline share.
   */
  shareConcentration: number;
  /** Fewer comments than this in a window: too few to judge a share. */
  minComments: number;

  /** Watch on a share: one-sided binomial p-value below this, at least this many extra flagged comments, and this many points above the baseline share. */
  watchPValue: number;
  watchMinExcess: number;
  watchMinLift: number;
  /** Watch on volume alone: at least this ratio to the baseline rate, significant, and at least minVolume comments. */
  watchVolumeRatio: number;
  watchMinVolume: number;
  /** The baseline must cover at least this many minutes before volume is compared at all. */
  minBaselineMinutes: number;

  /** Alert on a share: stricter p-value, more extra flagged comments, share at least max(base + lift, base × factor). */
  alertPValue: number;
  alertMinExcess: number;
  alertMinLift: number;
  alertMinFactor: number;

  /** Alert on a share that rises together with the volume (what a surge looks like): a looser p-value and lift suffice. */
  surgePValue: number;
  surgeMinExcess: number;
  surgeMinLift: number;
  surgeMinFactor: number;

  /** Crisis: an alert-level share with this many extra flagged comments, and either this lift or this volume ratio. */
  crisisMinExcess: number;
  crisisMinLift: number;
  crisisVolumeRatio: number;

  /** A level is held until no signal has supported it for this long (no flapping on the badge). */
  coolDownMinutes: number;
}

export const DEFAULT_RADAR_SETTINGS: RadarSettings = Object.freeze({
  windowMinutes: 60,
  baselineMinutes: 720,
  shortWindowMinutes: 15,
  priorHostileShare: 0.05,
  priorRumourShare: 0.02,
  priorWeight: 50,
  shareConcentration: 150,
  minComments: 8,
  watchPValue: 1e-3,
  watchMinExcess: 3,
  watchMinLift: 0.05,
  watchVolumeRatio: 4,
  watchMinVolume: 12,
  minBaselineMinutes: 60,
  alertPValue: 1e-5,
  alertMinExcess: 6,
  alertMinLift: 0.15,
  alertMinFactor: 3,
  surgePValue: 1e-5,
  surgeMinExcess: 6,
  surgeMinLift: 0.12,
  surgeMinFactor: 2.5,
  crisisMinExcess: 25,
  crisisMinLift: 0.25,
  crisisVolumeRatio: 5,
  coolDownMinutes: 20,
});

export interface Counts {
  total: number;
  hostile: number;
  rumour: number;
}

/** Which share a signal speaks about: hostile, rumour, or both together ("flagged"). */
export type ShareKind = 'hostile' | 'rumour' | 'flagged';

/** One thing the radar noticed; the state's level is the highest signal's. */
export interface RadarSignal {
  level: RadarLevel;
  /** Catalog key of the reason (see lib/radar/messages.ts). */
  key: string;
  params: Record<string, string | number>;
  /** -log10 of the p-value: how unlikely this is under the baseline. Orders signals of one level. */
  surprise: number;
}

export interface RadarState {
  level: RadarLevel;
  /** The reason in English words. */
  reason: string;
  reasonKey: string;
  reasonParams: Record<string, string | number>;
  /** ISO time of the assessment. */
  at: string;
  /** The recent window (windowMinutes up to now). */
  recent: Counts;
  /** The short window (shortWindowMinutes up to now). */
  short: Counts & { minutes: number };
  baseline: Counts & {
    /** Minutes of baseline actually covered by observations (less than baselineMinutes early on). */
    minutes: number;
    /** Comments expected in one recent window at the baseline rate; null without enough baseline. */
    perWindow: number | null;
    /** Baseline shares pulled toward the priors (what the recent shares are tested against). */
    hostileShare: number;
    rumourShare: number;
  };
  /** Recent shares; null when there was no comment in the window. */
  hostileShare: number | null;
  rumourShare: number | null;
  /** Comments per hour over the short window. */
  velocity: number;
  /** Recent volume over what the baseline rate predicts; null without enough baseline. */
  volumeRatio: number | null;
  /** Every signal that fired, strongest first. Empty when calm. */
  signals: RadarSignal[];
  /** The most repeated register claim among recent rumours, if any. */
  topClaim: { claimId: string; count: number } | null;
}
