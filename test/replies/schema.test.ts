import { describe, expect, it } from 'vitest';
import { ReplySchema } from '../../lib/replies/schema';
import { makeReply, T0 } from './helpers';

const iso = T0.toISOString();

function issuesOf(record: unknown): string[] {
  const r = ReplySchema.safeParse(record);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('reply schema', () => {
  it('fills defaults for optional fields', () => {
    const r = ReplySchema.parse({
      id: 'a', title: 'T', body: 'B', lang: 'fr', categories: ['question'], status: 'draft', createdAt: iso, updatedAt: iso,
    });
    expect(r).toMatchObject({ version: 1, history: [], claimIds: [], platforms: [], tags: [], useCount: 0, approvedBy: null, expiresAt: null });
  });

  it('refuses an approved reply without approver or approval date', () => {
    expect(issuesOf({ ...makeReply(), approvedBy: null })).toEqual(['approvedBy: an approved reply needs approvedBy and approvedAt']);
    expect(issuesOf({ ...makeReply(), approvedAt: null })[0]).toMatch(/^approvedAt:/);
  });

  it('refuses a history entry that is not older than the reply', () => {
    const r = { ...makeReply({ version: 2 }), history: [{ version: 2, title: 'x', body: 'y', editedAt: iso }] };
    expect(issuesOf(r)[0]).toMatch(/^history\.0\.version: history version 2 must be older/);
  });

  it('refuses mistyped placeholders, empty bodies and unknown categories', () => {
    expect(issuesOf({ ...makeReply(), body: 'Hi {Author}' })[0]).toMatch(/^body: placeholder \{Author\} is not valid/);
    expect(issuesOf({ ...makeReply(), body: '   ' })[0]).toMatch(/^body: must not be empty/);
    expect(issuesOf({ ...makeReply(), categories: ['angry'] })[0]).toMatch(/^categories\.0:/);
    expect(issuesOf({ ...makeReply(), categories: [] })[0]).toMatch(/needs at least one category/);
  });

  it('refuses a body longer than any platform allows', () => {
    expect(issuesOf({ ...makeReply(), body: 'a'.repeat(8001) })[0]).toMatch(/^body:/);
  });

  it("refuses '|' in tags and claim ids (it separates list items in CSV)", () => {
    expect(issuesOf({ ...makeReply(), tags: ['a|b'] })[0]).toMatch(/^tags\.0: must not contain '\|'/);
  });

  it('refuses dates that are not ISO', () => {
    expect(issuesOf({ ...makeReply(), expiresAt: 'next tuesday' })[0]).toMatch(/^expiresAt:/);
  });
});
