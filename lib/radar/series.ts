import type { Counts, Observation } from './types';

/**
 * Observations deduplicated by comment id (the LAST record of an id wins: a later record is a
 * re-classification) and sorted by posting time, with running counts so that any time range is
 * counted in O(log n). Replaying days minute by minute stays cheap this way.
 */
export interface ObservationIndex {
  /** Posting times in ms, ascending. */
  times: Float64Array;
  /** cumHostile[i] = hostile comments among the first i (same for rumour). */
  cumHostile: Int32Array;
  cumRumour: Int32Array;
  /** The sorted observations themselves (for thread and claim look-ups). */
  items: Observation[];
}

/** Parses an ISO time; NaN when it is not one. */
export function parseTime(iso: string): number {
  return typeof iso === 'string' ? Date.parse(iso) : NaN;
}

/** Keeps the last record of each comment id. Records without a valid postedAt are left out. */
export function dedupObservations(observations: readonly Observation[]): Observation[] {
  return dedupWithTimes(observations).map((x) => x.o);
}

/** dedupObservations with each posting time parsed once (parsing dominates the cost on big pages). */
export function dedupWithTimes(observations: readonly Observation[]): Array<{ o: Observation; t: number }> {
  const timed: Array<{ o: Observation; t: number }> = [];
  for (const o of observations) {
    const t = parseTime(o.postedAt);
    if (!Number.isNaN(t)) timed.push({ o, t });
  }
  return lastOfEachComment(timed, (x) => x.o.commentId);
}

/** The last record of each comment, in the order of those last records. */
export function lastOfEachComment<T>(records: readonly T[], commentIdOf: (record: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const r of records) {
    const id = commentIdOf(r);
    byId.delete(id); // re-insert so that Map order follows the latest record
    byId.set(id, r);
  }
  return [...byId.values()];
}

export function buildIndex(observations: readonly Observation[]): ObservationIndex {
  const items = dedupWithTimes(observations).sort((a, b) => a.t - b.t);
  const n = items.length;
  const times = new Float64Array(n);
  const cumHostile = new Int32Array(n + 1);
  const cumRumour = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    times[i] = items[i].t;
    cumHostile[i + 1] = cumHostile[i] + (items[i].o.verdict === 'hostile' ? 1 : 0);
    cumRumour[i + 1] = cumRumour[i] + (items[i].o.verdict === 'rumour' ? 1 : 0);
  }
  return { times, cumHostile, cumRumour, items: items.map((x) => x.o) };
}

/** Number of observations posted at or before t. */
export function countUpTo(index: ObservationIndex, t: number): number {
  const { times } = index;
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts of observations posted in (from, to]. */
export function countRange(index: ObservationIndex, from: number, to: number): Counts {
  if (to <= from) return { total: 0, hostile: 0, rumour: 0 };
  const a = countUpTo(index, from);
  const b = countUpTo(index, to);
  return {
    total: b - a,
    hostile: index.cumHostile[b] - index.cumHostile[a],
    rumour: index.cumRumour[b] - index.cumRumour[a],
  };
}

/** Index range [a, b) of observations posted in (from, to]. */
export function rangeIndices(index: ObservationIndex, from: number, to: number): [number, number] {
  return [countUpTo(index, from), countUpTo(index, to)];
}
