import { dedupObservations } from '../radar';
import type { Observation } from '../radar';
import type { AuditEntry, ResponseStats, ResponseTime } from './types';

/**
 * How long each answered comment waited: from its posting time to the moderator's FIRST reply
 * insertion for it. Comments without an insertion are not listed. A posting time estimated from a
 * relative label ("2 h") can fall after the insertion: such a wait counts as 0, not negative.
 */
export function responseTimes(observations: Observation[], audit: AuditEntry[]): ResponseTime[] {
  const firstInsert = new Map<string, number>();
  for (const e of audit) {
    if (e.kind !== 'insert' || !e.commentId) continue;
    const t = Date.parse(e.at);
    if (Number.isNaN(t)) continue;
    const prev = firstInsert.get(e.commentId);
    if (prev === undefined || t < prev) firstInsert.set(e.commentId, t);
  }
  const out: ResponseTime[] = [];
  for (const o of dedupObservations(observations)) {
    const answered = firstInsert.get(o.commentId);
    if (answered === undefined) continue;
    const posted = Date.parse(o.postedAt);
    out.push({
      commentId: o.commentId,
      postedAt: new Date(posted).toISOString(),
      answeredAt: new Date(answered).toISOString(),
      minutes: Math.round((Math.max(0, answered - posted) / 60_000) * 10) / 10,
    });
  }
  return out.sort((a, b) => a.postedAt.localeCompare(b.postedAt) || a.commentId.localeCompare(b.commentId));
}

/** Median, 90th percentile (nearest rank), mean and maximum; null for no data. */
export function responseStats(times: ResponseTime[]): ResponseStats | null {
  if (times.length === 0) return null;
  const xs = times.map((t) => t.minutes).sort((a, b) => a - b);
  const rank = (q: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1))];
  const mid = xs.length / 2;
  const median = xs.length % 2 ? xs[Math.floor(mid)] : (xs[mid - 1] + xs[mid]) / 2;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { count: xs.length, median: round(median), p90: round(rank(0.9)), mean: round(xs.reduce((a, b) => a + b, 0) / xs.length), max: round(xs[xs.length - 1]) };
}
