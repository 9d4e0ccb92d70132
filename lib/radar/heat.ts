import { dedupWithTimes, lastOfEachComment } from './series';
import type { Observation } from './types';

export type ThreadHeatLevel = 'cool' | 'warm' | 'hot' | 'burning';

export interface ThreadHeat {
  total: number;
  hostile: number;
  rumour: number;
  /** Hostile comments over all comments of the thread (0 for an empty count). */
  hostileShare: number;
  heat: ThreadHeatLevel;
}

export interface ThreadHeatOptions {
  /** Only comments posted in the `windowMinutes` up to `now` count (both or neither). */
  now?: Date;
  windowMinutes?: number;
}

/**
 * How heated each thread is, for the in-page markers. Heat needs both a number of flagged comments
 * (hostile or rumour) and their share of the thread: one insult under a quiet post is warm, not
 * burning, and a long friendly thread with two rude replies stays cool.
 */
export function threadHeat(observations: Observation[], options: ThreadHeatOptions = {}): Map<string, ThreadHeat> {
  const { now, windowMinutes } = options;
  if ((now === undefined) !== (windowMinutes === undefined)) throw new RangeError('threadHeat: give both now and windowMinutes, or neither');
  // Without a window every comment counts once (its last record), whatever its posting time says: a
  // reply the page shows with no time is still a reply, and no time is parsed (the page computes heat
  // for every comment it holds after each scan; 2,000 parses were most of threadHeat's time in
  // npm run bench -- --only scan, 2026-11-24). With one, only comments posted in it count.
  const records =
    now === undefined || windowMinutes === undefined
      ? lastOfEachComment(observations, (o) => o.commentId)
      : inWindow(observations, now.getTime() - windowMinutes * 60_000, now.getTime());
  const out = new Map<string, ThreadHeat>();
  for (const o of records) {
    if (!o.threadId) continue;
    let h = out.get(o.threadId);
    if (!h) out.set(o.threadId, (h = { total: 0, hostile: 0, rumour: 0, hostileShare: 0, heat: 'cool' }));
    h.total++;
    if (o.verdict === 'hostile') h.hostile++;
    else if (o.verdict === 'rumour') h.rumour++;
  }
  for (const h of out.values()) {
    h.hostileShare = h.total > 0 ? h.hostile / h.total : 0;
    h.heat = heatOf(h.hostile + h.rumour, h.total);
  }
  return out;
}

/** Thresholds on flagged count and flagged share; both must hold for a level. */
export function heatOf(flagged: number, total: number): ThreadHeatLevel {
  const share = total > 0 ? flagged / total : 0;
  if (flagged >= 10 && share >= 0.4) return 'burning';
  if (flagged >= 5 && share >= 0.25) return 'hot';
  if ((flagged >= 2 && share >= 0.1) || (flagged >= 1 && share >= 0.34)) return 'warm';
  return 'cool';
}

/** The last record of each comment posted in (from, to]; records without a valid time are left out. */
function inWindow(observations: readonly Observation[], from: number, to: number): Observation[] {
  return dedupWithTimes(observations).filter(({ t }) => t > from && t <= to).map(({ o }) => o);
}
