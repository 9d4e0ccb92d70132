import { describe, expect, it } from 'vitest';
import { contextFromVerdict, kindsOfVerdict, ReplyIndex, type SuggestContext } from '../../lib/replies/rank';
import type { Verdict } from '../../lib/types';
import { makeReply, T0 } from './helpers';

const library = [
  makeReply({ id: 'en-hostile', title: 'Calm down', body: 'We hear you, {author}, and we want to help.', categories: ['hostile'] }),
  makeReply({ id: 'en-rumour-generic', title: 'Not accurate', body: 'This is not accurate: {correction_link}', categories: ['rumour'], useCount: 40 }),
  makeReply({ id: 'en-rumour-recall', title: 'Recall rumour', body: 'There is no recall. Facts: {correction_link}', categories: ['rumour'], claimIds: ['claim-recall'] }),
  makeReply({ id: 'en-rumour-other-claim', title: 'CEO rumour', body: 'Our CEO did not say that: {correction_link}', categories: ['rumour'], claimIds: ['claim-ceo'], useCount: 90 }),
  makeReply({ id: 'en-holding', title: 'Looking into it', body: 'We are aware and looking into it.', categories: ['holding'] }),
  makeReply({ id: 'en-refund', title: 'Refund', body: 'Sorry {author}, send us a private message about your refund.', categories: ['complaint'] }),
  makeReply({ id: 'en-delivery', title: 'Delivery', body: 'Sorry {author}, send us a private message about your delivery.', categories: ['complaint'], useCount: 12 }),
  makeReply({ id: 'en-question', title: 'Opening hours', body: 'Our shops open at 9.', categories: ['question'] }),
  makeReply({ id: 'en-praise', title: 'Thanks', body: 'Thank you so much, {author}!', categories: ['praise'] }),
  makeReply({ id: 'fr-hostile', lang: 'fr', title: 'Apaisement', body: 'Nous vous entendons, {author}.', categories: ['hostile'] }),
  makeReply({ id: 'fr-rumour', lang: 'fr', title: 'Inexact', body: 'Cette information est inexacte : {correction_link}', categories: ['rumour'] }),
  makeReply({ id: 'fr-holding', lang: 'fr', title: 'Attente', body: 'Nous examinons la situation.', categories: ['holding'] }),
  makeReply({ id: 'fr-refund', lang: 'fr', title: 'Remboursement', body: 'Désolés, {author}, écrivez-nous en message privé pour le remboursement.', categories: ['complaint'] }),
  makeReply({ id: 'fr-praise', lang: 'fr', title: 'Merci', body: 'Merci beaucoup, {author} !', categories: ['praise'] }),
  makeReply({ id: 'fr-question', lang: 'fr', title: 'Horaires', body: 'Nos magasins ouvrent à 9 h.', categories: ['question'] }),
  // Never suggested:
  makeReply({ id: 'draft-holding', title: 'Draft holding', body: 'Draft text.', categories: ['holding'], status: 'draft', approvedBy: null, approvedAt: null }),
  makeReply({ id: 'retired-hostile', title: 'Old calm down', body: 'Old text.', categories: ['hostile'], status: 'retired', useCount: 500 }),
  makeReply({ id: 'expired-rumour', title: 'Old correction', body: 'Old correction.', categories: ['rumour'], claimIds: ['claim-recall'], expiresAt: '2025-02-01T00:00:00.000Z' }),
  makeReply({ id: 'ig-only-praise', title: 'Instagram thanks', body: 'Thank you!', categories: ['praise'], platforms: ['instagram'] }),
  makeReply({ id: 'too-long-for-x', title: 'Long thanks', body: `Thank you. ${'Really. '.repeat(60)}`, categories: ['praise'] }),
];

const index = new ReplyIndex(library);

function ids(ctx: Partial<SuggestContext> & Pick<SuggestContext, 'commentText'>, limit?: number): string[] {
  return index
    .suggest({ kinds: ['ok'], lang: 'en', crisisMode: false, platform: 'facebook', now: T0, ...ctx }, limit)
    .map((s) => s.reply.id);
}

describe('reply suggestions', () => {
  it.each([
    ['a rumour matching a claim gets the correction linked to that claim first', { commentText: 'They are recalling everything, share before deleted', kinds: ['rumour'], claimId: 'claim-recall' }, 'en-rumour-recall'],
    ['a rumour without a claim gets a general correction', { commentText: 'I heard they lie about everything', kinds: ['rumour'] }, 'en-rumour-generic'],
    ['a hostile comment gets de-escalation', { commentText: 'You are all clowns', kinds: ['hostile'] }, 'en-hostile'],
    ['a refund complaint gets the refund reply', { commentText: 'Still no refund after a month, this is unacceptable' }, 'en-refund'],
    ['a delivery complaint gets the delivery reply', { commentText: 'My delivery never arrived' }, 'en-delivery'],
    ['a question gets an answer', { commentText: 'When do you open on Sunday?' }, 'en-question'],
    ['praise gets thanks', { commentText: 'Love it, thank you', platform: 'x' }, 'en-praise'],
    ['a French complaint gets the French reply', { commentText: 'Je veux être remboursé', lang: 'fr' }, 'fr-refund'],
    ['a French rumour gets the French correction', { commentText: 'Il paraît que...', lang: 'fr', kinds: ['rumour'] }, 'fr-rumour'],
    ['crisis mode puts holding statements first', { commentText: 'You are all clowns', kinds: ['hostile'], crisisMode: true }, 'en-holding'],
    ['crisis mode in French puts the French holding statement first', { commentText: 'Que se passe-t-il ?', lang: 'fr', crisisMode: true }, 'fr-holding'],
    ['a claim-linked correction stays first even in crisis mode', { commentText: 'recall!!', kinds: ['rumour'], claimId: 'claim-recall', crisisMode: true }, 'en-rumour-recall'],
  ] as const)('%s', (_name, ctx, first) => {
    expect(ids(ctx as Parameters<typeof ids>[0])[0]).toBe(first);
  });

  it('puts holding statements after the claim-linked correction in crisis mode', () => {
    expect(ids({ commentText: 'recall', kinds: ['rumour'], claimId: 'claim-recall', crisisMode: true }).slice(0, 2)).toEqual([
      'en-rumour-recall',
      'en-holding',
    ]);
  });

  it('does not put holding statements first outside crisis mode', () => {
    expect(ids({ commentText: 'You are all clowns', kinds: ['hostile'] })[0]).not.toBe('en-holding');
  });

  it('gives a French comment only French replies while enough exist', () => {
    const top = index.suggest({ commentText: 'Merci pour tout', kinds: ['ok'], lang: 'fr', crisisMode: false, platform: 'facebook', now: T0 });
    expect(top).toHaveLength(5);
    expect(top.every((s) => s.reply.lang === 'fr')).toBe(true);
  });

  it('ranks a correction for a different claim below the general correction', () => {
    const order = ids({ commentText: 'recall rumour', kinds: ['rumour'], claimId: 'claim-recall' }, 10);
    expect(order.indexOf('en-rumour-generic')).toBeLessThan(order.indexOf('en-rumour-other-claim'));
  });

  it('never suggests drafts, retired or expired replies', () => {
    const seen = new Set<string>();
    const contexts: Array<Parameters<typeof ids>[0]> = [
      { commentText: 'crisis', crisisMode: true },
      { commentText: 'you idiots', kinds: ['hostile'] },
      { commentText: 'recall', kinds: ['rumour'], claimId: 'claim-recall' },
    ];
    for (const ctx of contexts) for (const id of ids(ctx, 100)) seen.add(id);
    expect(seen.has('draft-holding')).toBe(false);
    expect(seen.has('retired-hostile')).toBe(false);
    expect(seen.has('expired-rumour')).toBe(false);
    expect(seen.size).toBe(16); // every approved, unexpired reply written for Facebook
  });

  it('suggests an expiring reply until its expiry date', () => {
    const early = new Date('2025-01-15T00:00:00Z');
    expect(ids({ commentText: 'recall', kinds: ['rumour'], claimId: 'claim-recall', now: early }).slice(0, 2)).toContain('expired-rumour');
  });

  it('only suggests replies written for the platform and short enough for it', () => {
    const onX = ids({ commentText: 'thank you', platform: 'x' }, 100);
    expect(onX).not.toContain('ig-only-praise');
    expect(onX).not.toContain('too-long-for-x');
    const onInstagram = ids({ commentText: 'thank you', platform: 'instagram' }, 100);
    expect(onInstagram).toContain('ig-only-praise');
    expect(onInstagram).toContain('too-long-for-x');
  });

  it('returns five suggestions by default and respects a limit', () => {
    expect(ids({ commentText: 'hello' })).toHaveLength(5);
    expect(ids({ commentText: 'hello' }, 2)).toHaveLength(2);
    expect(ids({ commentText: 'hello' }, 0)).toHaveLength(0);
  });

  it('explains each suggestion', () => {
    const [first] = index.suggest({ commentText: 'recall', kinds: ['rumour'], lang: 'en', claimId: 'claim-recall', crisisMode: true, platform: 'facebook', now: T0 });
    expect(first.why.map((w) => w.text)).toEqual(['matches the rumour claim', 'corrects rumours', 'same language (en)', 'similar words: recall']);
    expect(first.why[0]).toMatchObject({ key: 'claim', params: { claimId: 'claim-recall' } });

    const [holding] = index.suggest({ commentText: 'What is happening', kinds: ['hostile'], lang: 'fr', crisisMode: true, platform: 'facebook', now: T0 });
    expect(holding.why.map((w) => w.text)).toEqual(['holding statement (crisis mode)', 'same language (fr)']);

    const [delivery] = index.suggest({ commentText: 'My delivery never arrived', kinds: ['ok'], lang: 'en', crisisMode: false, platform: 'facebook', now: T0 });
    expect(delivery.reply.id).toBe('en-delivery');
    expect(delivery.why.map((w) => w.key)).toEqual(['category', 'lang', 'similar', 'used']);
    expect(delivery.why.find((w) => w.key === 'similar')?.text).toBe('similar words: delivery');
    expect(delivery.why.find((w) => w.key === 'used')).toEqual({ key: 'used', params: { count: 12 }, text: 'used 12 times' });
  });

  it('breaks ties with use', () => {
    const idx = new ReplyIndex([
      makeReply({ id: 'rarely', categories: ['praise'], body: 'Thanks!', useCount: 1 }),
      makeReply({ id: 'often', categories: ['praise'], body: 'Thanks!', useCount: 30 }),
    ]);
    const out = idx.suggest({ commentText: 'bravo', kinds: ['ok'], lang: 'en', crisisMode: false, platform: 'x', now: T0 });
    expect(out.map((s) => s.reply.id)).toEqual(['often', 'rarely']);
  });

  it('uses the moderator’s language for a comment in another language', () => {
    const out = index.suggest({ commentText: 'Danke schön', kinds: ['ok'], lang: 'other', preferredLang: 'fr', crisisMode: false, platform: 'facebook', category: 'praise', now: T0 });
    expect(out[0].reply.id).toBe('fr-praise');
  });

  it('puts the moderator’s chosen category first', () => {
    expect(ids({ commentText: 'You are all clowns', kinds: ['hostile'], category: 'question' })[0]).toBe('en-question');
  });

  it('answers with nothing from an empty library', () => {
    expect(new ReplyIndex([]).suggest({ commentText: 'hi', kinds: ['ok'], lang: 'en', crisisMode: false, platform: 'x' })).toEqual([]);
  });
});

describe('context from a verdict', () => {
  const verdict = (over: { hostile?: boolean; rumour?: boolean; claimId?: string }): Verdict => ({
    lang: 'fr',
    hostility: { score: 0.9, severity: over.hostile ? 'high' : 'none', flagged: !!over.hostile, labels: [] },
    rumour: { score: 0.5, flagged: !!over.rumour, cues: [], match: over.claimId ? { claimId: over.claimId, score: 0.8 } : null },
    reasons: [],
  });

  it('reads kinds from flags and a claim match', () => {
    expect(kindsOfVerdict(verdict({}))).toEqual(['ok']);
    expect(kindsOfVerdict(verdict({ hostile: true, rumour: true }))).toEqual(['hostile', 'rumour']);
    expect(kindsOfVerdict(verdict({ claimId: 'c1' }))).toEqual(['rumour']);
  });

  it('carries the claim, language, platform and crisis mode', () => {
    const ctx = contextFromVerdict('texte', verdict({ claimId: 'c1' }), { platform: 'x', crisisMode: true });
    expect(ctx).toMatchObject({ commentText: 'texte', kinds: ['rumour'], lang: 'fr', claimId: 'c1', platform: 'x', crisisMode: true });
  });
});
