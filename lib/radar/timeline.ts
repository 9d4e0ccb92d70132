import { dedupWithTimes } from './series';
import type { Observation } from './types';

export interface TimelineBucket {
  /** ISO start of the bucket; it covers [start, start + bucketMinutes). */
  start: string;
  total: number;
  hostile: number;
  rumour: number;
}

/** Above this, the caller asked for a chart no one can read (and a huge array). */
export const MAX_TIMELINE_BUCKETS = 10_000;

/**
 * Comment counts per bucket for the dashboard chart, every bucket present (zeros included) so the
 * chart's time axis is regular. Deduplicates by comment id.
 */
export function timeline(observations: Observation[], from: Date, to: Date, bucketMinutes: number): TimelineBucket[] {
  const a = from.getTime();
  const b = to.getTime();
  if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError('timeline: invalid date');
  if (!(bucketMinutes > 0)) throw new RangeError(`timeline: bucketMinutes must be > 0 (got ${bucketMinutes})`);
  if (b <= a) return [];
  const size = bucketMinutes * 60_000;
  const count = Math.ceil((b - a) / size);
  if (count > MAX_TIMELINE_BUCKETS) throw new RangeError(`timeline: ${count} buckets is too many (at most ${MAX_TIMELINE_BUCKETS})`);
  const buckets: TimelineBucket[] = Array.from({ length: count }, (_, i) => ({
    start: new Date(a + i * size).toISOString(),
    total: 0,
    hostile: 0,
    rumour: 0,
  }));
  for (const { o, t } of dedupWithTimes(observations)) {
    if (t < a || t >= b) continue;
    const bucket = buckets[Math.floor((t - a) / size)];
    bucket.total++;
    if (o.verdict === 'hostile') bucket.hostile++;
    else if (o.verdict === 'rumour') bucket.rumour++;
  }
  return buckets;
}
