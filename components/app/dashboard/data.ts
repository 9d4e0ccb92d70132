/**
 * The dashboard's numbers, prepared from plain records: pure functions, tested without a browser
 * (the chart itself needs a real canvas and is covered by the end-to-end test).
 */
import type { AuditEntry, Claim, Observation as StoredObservation } from '../../../lib/db';
import { threadHeat, timeline, type Observation, type ThreadHeat, type ThreadHeatLevel } from '../../../lib/radar';
import { ESCALATION_STATUSES, type EscalationStatus } from '../../../lib/escalation/record';
import { responseStats, responseTimes } from '../../../lib/report/response-times';
import type { Platform } from '../../../lib/types';

export const DASH_PERIODS = ['24h', '7d'] as const;
export type DashPeriod = (typeof DASH_PERIODS)[number];

/** Period length and chart bucket: hourly over a day, six-hourly over a week (28 points). */
export const PERIOD_SPEC: Record<DashPeriod, { ms: number; bucketMinutes: number }> = {
  '24h': { ms: 24 * 3_600_000, bucketMinutes: 60 },
  '7d': { ms: 7 * 24 * 3_600_000, bucketMinutes: 360 },
};

/** The period ending at the end of the current bucket, so buckets fall on round hours. */
export function periodRange(period: DashPeriod, now: Date): { from: Date; to: Date } {
  const size = PERIOD_SPEC[period].bucketMinutes * 60_000;
  const to = Math.ceil((now.getTime() + 1) / size) * size;
  return { from: new Date(to - PERIOD_SPEC[period].ms), to: new Date(to) };
}

/**
 * The radar's view of stored observations. Comment and thread ids are only unique per platform,
 * so both are prefixed with it (an X status and a Facebook comment may share digits).
 */
export function toRadar(observations: readonly StoredObservation[]): Observation[] {
  return observations.map((o) => ({
    commentId: o.key,
    threadId: o.threadId === null ? null : `${o.platform}:${o.threadId}`,
    postedAt: o.postedAt,
    verdict: o.verdict,
    claimId: o.claimId,
  }));
}

export interface ChartData {
  labels: string[];
  total: number[];
  hostile: number[];
  rumour: number[];
}

export function chartData(observations: readonly StoredObservation[], period: DashPeriod, now: Date, locale: string): ChartData {
  const { from, to } = periodRange(period, now);
  const buckets = timeline(toRadar(observations), from, to, PERIOD_SPEC[period].bucketMinutes);
  const fmt = new Intl.DateTimeFormat(
    locale,
    period === '24h' ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', day: 'numeric', hour: '2-digit' },
  );
  return {
    labels: buckets.map((b) => fmt.format(new Date(b.start))),
    total: buckets.map((b) => b.total),
    hostile: buckets.map((b) => b.hostile),
    rumour: buckets.map((b) => b.rumour),
  };
}

const HEAT_RANK: Record<ThreadHeatLevel, number> = { cool: 0, warm: 1, hot: 2, burning: 3 };

export interface HotThread extends ThreadHeat {
  platform: Platform;
  threadId: string;
  /** The page the thread was seen on (without query or fragment). */
  pageKey: string;
}

/** The threads with the most trouble: by heat, then by flagged comments, then by size. */
export function hottestThreads(observations: readonly StoredObservation[], limit = 5): HotThread[] {
  const heat = threadHeat(toRadar(observations));
  const where = new Map<string, StoredObservation>();
  for (const o of observations) if (o.threadId !== null) where.set(`${o.platform}:${o.threadId}`, o);
  return [...heat.entries()]
    .map(([key, h]) => {
      const o = where.get(key)!;
      return { ...h, platform: o.platform, threadId: o.threadId!, pageKey: o.pageKey };
    })
    .filter((h) => h.hostile + h.rumour > 0)
    .sort(
      (a, b) =>
        HEAT_RANK[b.heat] - HEAT_RANK[a.heat] || b.hostile + b.rumour - (a.hostile + a.rumour) || b.total - a.total || a.threadId.localeCompare(b.threadId),
    )
    .slice(0, limit);
}

export interface TopRumour {
  claimId: string;
  /** The register's statement, or null when the claim is no longer in the register. */
  statement: string | null;
  count: number;
}

/** The register claims most repeated in comments of the period (each comment counted once). */
export function topRumours(observations: readonly StoredObservation[], claims: readonly Claim[], limit = 5): TopRumour[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const o of observations) {
    if (!o.claimId || seen.has(o.key)) continue;
    seen.add(o.key);
    counts.set(o.claimId, (counts.get(o.claimId) ?? 0) + 1);
  }
  const statements = new Map(claims.map((c) => [c.id, c.statement]));
  return [...counts.entries()]
    .map(([claimId, count]) => ({ claimId, count, statement: statements.get(claimId) ?? null }))
    .sort((a, b) => b.count - a.count || a.claimId.localeCompare(b.claimId))
    .slice(0, limit);
}

export { ESCALATION_STATUSES, type EscalationStatus };

/** Counts by status (every status present) and the latest escalations, newest first. */
export function queueSummary<E extends { status: EscalationStatus; createdAt: string }>(
  escalations: readonly E[],
  limit = 5,
): { counts: Record<EscalationStatus, number>; latest: E[] } {
  const counts = Object.fromEntries(ESCALATION_STATUSES.map((s) => [s, 0])) as Record<EscalationStatus, number>;
  for (const e of escalations) counts[e.status]++;
  const latest = [...escalations].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  return { counts, latest };
}

export interface ResponseSummary {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

/**
 * Response times from each comment's posting to the first reply inserted for it (audit 'insert'
 * entries). Audit entries name the comment by platform and id, like the stored observations.
 */
export function responseSummary(observations: readonly StoredObservation[], audit: readonly AuditEntry[]): ResponseSummary {
  const inserts = audit
    .filter((e) => e.kind === 'insert' && e.platform && e.commentId)
    .map((e) => ({ at: e.at, kind: e.kind, commentId: `${e.platform}:${e.commentId}` }));
  const stats = responseStats(responseTimes(toRadar(observations), inserts));
  return stats ? { count: stats.count, medianMinutes: stats.median, p90Minutes: stats.p90 } : { count: 0, medianMinutes: null, p90Minutes: null };
}
