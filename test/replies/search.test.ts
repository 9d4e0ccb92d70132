import { describe, expect, it } from 'vitest';
import { filterReplies, sortReplies } from '../../lib/replies/search';
import { makeReply } from './helpers';

const replies = [
  makeReply({ id: 'a', title: 'Remboursement', lang: 'fr', body: 'Désolés pour ce désagrément.', categories: ['complaint'], tags: ['refund'], useCount: 3 }),
  makeReply({ id: 'b', title: 'Refund', body: 'Sorry for the trouble.', categories: ['complaint'], platforms: ['x'], useCount: 9 }),
  makeReply({ id: 'c', title: 'Holding', body: 'We are looking into it.', categories: ['holding'], status: 'draft', approvedBy: null, approvedAt: null }),
  makeReply({ id: 'd', title: 'Old offer', body: 'Offer ends soon.', categories: ['other'], expiresAt: '2020-01-01T00:00:00.000Z', claimIds: ['c1'] }),
];
const ids = (f: Parameters<typeof filterReplies>[1]) => filterReplies(replies, f).map((r) => r.id);

describe('library search and filters', () => {
  it('matches words at word starts, ignoring case and accents', () => {
    expect(ids({ query: 'desagre' })).toEqual(['a']);
    expect(ids({ query: 'REFUND' })).toEqual(['a', 'b']);
    expect(ids({ query: 'look into' })).toEqual(['c']);
    expect(ids({ query: 'ook' })).toEqual([]);
  });

  it('filters by language, status, category, platform, tag, claim and expiry', () => {
    expect(ids({ lang: 'fr' })).toEqual(['a']);
    expect(ids({ status: 'draft' })).toEqual(['c']);
    expect(ids({ categories: ['holding', 'other'] })).toEqual(['c', 'd']);
    expect(ids({ platform: 'facebook' })).toEqual(['a', 'c', 'd']);
    expect(ids({ tag: 'refund' })).toEqual(['a']);
    expect(ids({ claimId: 'c1' })).toEqual(['d']);
    expect(ids({ expired: true })).toEqual(['d']);
    expect(ids({ expired: false, query: 'refund' })).toEqual(['a', 'b']);
  });

  it('sorts by title, last update or use', () => {
    expect(sortReplies(replies, 'used').map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(sortReplies(replies, 'title').map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});
