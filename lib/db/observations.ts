import { liveQuery, type Observable } from 'dexie';
import { validate } from './collection';
import { db, pageKeyOf } from './database';
import { ObservationSchema, type Observation } from './records';

/**
 * Records what a scan saw. Deduplicated by platform and comment id: a comment seen again keeps its
 * first `seenAt` but takes its latest verdict (a dismissal or a new sensitivity changes it).
 */
export async function recordObservations(items: Array<Omit<Observation, 'key' | 'seenAt' | 'pageKey'> & { pageUrl: string }>, now = new Date()): Promise<number> {
  if (items.length === 0) return 0;
  const rows = items.map((i) =>
    validate(
      ObservationSchema,
      {
        key: `${i.platform}:${i.commentId}`,
        platform: i.platform,
        commentId: i.commentId,
        threadId: i.threadId,
        pageKey: pageKeyOf(i.pageUrl),
        postedAt: i.postedAt,
        verdict: i.verdict,
        claimId: i.claimId ?? null,
        seenAt: now.toISOString(),
      },
      'observation',
    ),
  );
  return db().transaction('rw', db().observations, async () => {
    const existing = await db().observations.bulkGet(rows.map((r) => r.key));
    const merged = rows.map((r, i) => (existing[i] ? { ...r, seenAt: existing[i]!.seenAt } : r));
    await db().observations.bulkPut(merged);
    return rows.length - existing.filter(Boolean).length;
  });
}

export function listObservations(pageUrl?: string, since?: Date): Promise<Observation[]> {
  const table = db().observations;
  if (pageUrl) {
    const key = pageKeyOf(pageUrl);
    return table.where('[pageKey+postedAt]').between([key, since?.toISOString() ?? ''], [key, '\uffff']).toArray();
  }
  return since ? table.where('postedAt').aboveOrEqual(since.toISOString()).toArray() : table.toArray();
}

export function watchObservations(since?: Date): Observable<Observation[]> {
  return liveQuery(() => listObservations(undefined, since));
}

/** Retention: removes observations first seen before the cut-off. Returns how many went. */
export async function purgeObservations(olderThanDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000).toISOString();
  return db().observations.filter((o) => o.seenAt < cutoff).delete();
}
