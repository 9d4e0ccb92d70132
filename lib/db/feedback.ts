import { validate } from './collection';
import { db } from './database';
import { FeedbackSchema, type Feedback } from './records';
import type { Platform } from '../types';

/** Keeps a dismissal (a false positive). Dismissing twice keeps one record, the latest. */
export async function saveDismissal(f: Omit<Feedback, 'key' | 'kind' | 'at'>, now = new Date()): Promise<Feedback> {
  const rec = validate(
    FeedbackSchema,
    { ...f, key: `${f.platform}:${f.commentId}`, kind: 'false-positive', at: now.toISOString() },
    'feedback',
  );
  await db().feedback.put(rec);
  return rec;
}

/** Which of these comments were dismissed. */
export async function dismissedAmong(platform: Platform, ids: string[]): Promise<string[]> {
  const rows = await db().feedback.bulkGet(ids.map((id) => `${platform}:${id}`));
  return rows.filter((r): r is Feedback => !!r).map((r) => r.commentId);
}

export function listFeedback(): Promise<Feedback[]> {
  return db().feedback.orderBy('at').reverse().toArray();
}
