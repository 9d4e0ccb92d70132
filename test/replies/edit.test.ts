import { describe, expect, it } from 'vitest';
import {
  approveReply, createReply, duplicateReply, isSuggestable, recordUse, ReplyError, restoreVersion, retireReply, updateReply,
} from '../../lib/replies/edit';
import { T0 } from './helpers';

const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function draft() {
  return createReply(
    { title: 'Refund request', body: 'Sorry {author}, send us a private message.', lang: 'en', categories: ['complaint'] },
    { now: T0, editor: 'Sam', id: 'refund' },
  );
}

describe('editing replies', () => {
  it('creates a draft at version 1 that is not suggested until approved', () => {
    const r = draft();
    expect(r).toMatchObject({ id: 'refund', status: 'draft', version: 1, history: [], updatedBy: 'Sam', createdAt: T0.toISOString() });
    expect(isSuggestable(r, T0)).toBe(false);
    const approved = approveReply(r, 'Camille', later(5));
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Camille', approvedAt: later(5).toISOString(), version: 1 });
    expect(isSuggestable(approved, later(6))).toBe(true);
  });

  it('rejects a new reply with a bad field, naming the field', () => {
    expect(() => createReply({ title: '', body: 'x', lang: 'en', categories: ['other'] }, { now: T0 })).toThrow(ReplyError);
    try {
      createReply({ title: 'T', body: 'x', lang: 'de' as 'en', categories: ['other'] }, { now: T0 });
    } catch (e) {
      expect((e as ReplyError).field).toBe('lang');
    }
  });

  it('bumps the version and keeps the previous wording in history on every edit', () => {
    const v1 = draft();
    const v2 = updateReply(v1, { body: 'We are sorry, {author}. Please send us a private message.' }, { now: later(1), editor: 'Léa' });
    const v3 = updateReply(v2, { title: 'Refund' }, { now: later(2), editor: 'Sam' });
    expect(v3.version).toBe(3);
    expect(v3.history).toEqual([
      { version: 1, title: 'Refund request', body: 'Sorry {author}, send us a private message.', editedAt: T0.toISOString(), editedBy: 'Sam' },
      { version: 2, title: 'Refund request', body: 'We are sorry, {author}. Please send us a private message.', editedAt: later(1).toISOString(), editedBy: 'Léa' },
    ]);
    expect(v3.updatedBy).toBe('Sam');
    expect(v1.version).toBe(1); // never mutated
  });

  it('returns the same record when an edit changes nothing', () => {
    const r = draft();
    expect(updateReply(r, { title: r.title, categories: ['complaint'] }, { now: later(1) })).toBe(r);
  });

  it('sends an approved reply back to draft when its words change, but not when only its tags do', () => {
    const approved = approveReply(draft(), 'Camille', later(1));
    const retagged = updateReply(approved, { tags: ['refund'] }, { now: later(2) });
    expect(retagged).toMatchObject({ status: 'approved', approvedBy: 'Camille', version: 2 });
    const reworded = updateReply(retagged, { body: 'New words, {author}.' }, { now: later(3) });
    expect(reworded).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, version: 3 });
  });

  it('restores an old wording as a new version', () => {
    const v2 = updateReply(draft(), { body: 'Other text.' }, { now: later(1) });
    const v3 = restoreVersion(v2, 1, { now: later(2) });
    expect(v3.body).toBe('Sorry {author}, send us a private message.');
    expect(v3.version).toBe(3);
    expect(() => restoreVersion(v3, 9, { now: later(3) })).toThrow(/version 9/);
  });

  it('duplicates as a fresh draft with a new id and no usage', () => {
    const used = recordUse(approveReply(draft(), 'Camille', later(1)), later(2));
    const copy = duplicateReply(used, { now: later(3), id: 'refund-2' });
    expect(copy).toMatchObject({
      id: 'refund-2', title: 'Refund request (copy)', status: 'draft', version: 1, history: [], approvedBy: null, useCount: 0,
      body: used.body, categories: used.categories,
    });
    expect(duplicateReply(used, { now: later(3) }).id).not.toBe(used.id);
  });

  it('needs an approver name to approve', () => {
    expect(() => approveReply(draft(), '  ', T0)).toThrow(/approver/);
  });

  it('retires a reply so it is no longer suggested, and can approve it again', () => {
    const retired = retireReply(approveReply(draft(), 'Camille', later(1)), later(2));
    expect(retired.status).toBe('retired');
    expect(isSuggestable(retired, later(3))).toBe(false);
    expect(isSuggestable(approveReply(retired, 'Camille', later(4)), later(5))).toBe(true);
  });

  it('stops suggesting a reply once it expires', () => {
    const r = approveReply(draft(), 'Camille', T0, { expiresAt: later(60).toISOString() });
    expect(isSuggestable(r, later(59))).toBe(true);
    expect(isSuggestable(r, later(60))).toBe(false);
  });

  it('counts uses without creating a version', () => {
    const r = recordUse(recordUse(approveReply(draft(), 'Camille', T0), later(1)), later(2));
    expect(r).toMatchObject({ useCount: 2, lastUsedAt: later(2).toISOString(), version: 1, updatedAt: T0.toISOString() });
  });
});
