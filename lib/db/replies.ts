import { applyImportPlan, type ImportPlan } from '../replies/io';
import { ReplySchema, type Reply } from '../replies/schema';
import { collection, validate } from './collection';
import { db } from './database';

/** The team's reply library. */
export const replies = collection(() => db().replies as never, ReplySchema, 'reply');

/**
 * Applies an import the moderator previewed: every conflict must have its resolution, and the
 * whole library is written in one transaction (all-or-nothing).
 */
export async function applyReplyImport(plan: ImportPlan, resolutions: Record<string, 'keep' | 'replace' | 'keep-both'>): Promise<Reply[]> {
  return db().transaction('rw', db().replies, async () => {
    const existing = (await db().replies.toArray()).map((r) => validate(ReplySchema, r, `stored reply ${r.id}`));
    const next = applyImportPlan(plan, existing, resolutions).map((r, i) => validate(ReplySchema, r, `reply #${i + 1}`));
    await db().replies.clear();
    await db().replies.bulkPut(next as never);
    return next;
  });
}

/** Counts a use (an insertion), for ranking by use. */
export async function recordReplyUse(id: string, now = new Date()): Promise<void> {
  await db().replies.where('id').equals(id).modify((r: Record<string, unknown>) => {
    r.useCount = (typeof r.useCount === 'number' ? r.useCount : 0) + 1;
    r.lastUsedAt = now.toISOString();
  });
}
