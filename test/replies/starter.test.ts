import { describe, expect, it } from 'vitest';
import { measureFilled, platformsOf } from '../../lib/replies/length';
import { placeholdersIn } from '../../lib/replies/placeholders';
import { ReplyIndex } from '../../lib/replies/rank';
import { REPLY_CATEGORIES, ReplySchema } from '../../lib/replies/schema';
import { starterLibrary, STARTER_APPROVER } from '../../lib/replies/starter';
import { T0 } from './helpers';
import { checkReplyTone } from '../../lib/classify/index';

const starter = starterLibrary(T0);
/** Informal "tu" forms, as whole words (Unicode-aware: "êtes" is not "tes"). */
const TUTOIEMENT = /(?<!\p{L})(?:(?:tu|toi|ta|tes)(?!\p{L})|t['’])/iu;

describe('starter library', () => {
  it('has at least 40 approved replies, at least 20 in each language', () => {
    expect(starter.length).toBeGreaterThanOrEqual(40);
    expect(starter.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(20);
    expect(starter.filter((r) => r.lang === 'fr').length).toBeGreaterThanOrEqual(20);
    for (const r of starter) {
      expect(r).toMatchObject({ status: 'approved', approvedBy: STARTER_APPROVER, approvedAt: T0.toISOString(), version: 1 });
    }
  });

  it('validates against the reply schema, with unique ids', () => {
    for (const r of starter) expect(ReplySchema.parse(r)).toEqual(r);
    expect(new Set(starter.map((r) => r.id)).size).toBe(starter.length);
  });

  it('covers every category in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const c of REPLY_CATEGORIES) {
        expect(starter.some((r) => r.lang === lang && r.categories.includes(c)), `${lang} ${c}`).toBe(true);
      }
    }
  });

  // The popup checks the moderator's reply with checkReplyTone: the team's vetted replies must
  // pass it ("si une question demeure" read as the insult "demeuré" until 2026-11-24).
  it("passes Vigie's own tone check once its placeholders are filled", () => {
    const values = { author: 'Marie', agent: 'Julien', brand: 'Cacao & Co', correction_link: 'https://example.com/faits', order_number: '12345' };
    for (const r of starter) {
      const filled = r.body.replace(/\{(\w+)\}/g, (_, name: string) => values[name as keyof typeof values] ?? 'Marie');
      expect(checkReplyTone(filled).warnings, r.id).toEqual([]);
    }
  });

  it('fits every platform it is written for once placeholders are filled with long values', () => {
    for (const r of starter) {
      for (const p of platformsOf(r)) {
        const m = measureFilled(r.body, p);
        expect(m.over, `${r.id} on ${p}: ${m.length}/${m.limit}`).toBe(false);
      }
    }
  });

  it('writes for a generic brand and links corrections to the official source', () => {
    expect(starter.filter((r) => placeholdersIn(r.body).includes('brand')).length).toBeGreaterThanOrEqual(10);
    for (const r of starter.filter((x) => x.categories.includes('rumour'))) {
      expect(placeholdersIn(r.body), r.id).toContain('correction_link');
    }
    expect(starter.some((r) => placeholdersIn(r.body).includes('agent'))).toBe(true);
  });

  it('invites complaints to continue in private messages', () => {
    for (const r of starter.filter((x) => x.categories[0] === 'complaint')) {
      expect(r.body, r.id).toMatch(r.lang === 'fr' ? /message privé/ : /private message/);
    }
  });

  it('addresses French readers with vous, never tu', () => {
    expect(["Je t'aide", 'Tu es là ?', 'avec toi', 'ta commande'].every((t) => TUTOIEMENT.test(t))).toBe(true);
    expect(['Vous êtes', 'un ton respectueux', 'toutes les normes'].some((t) => TUTOIEMENT.test(t))).toBe(false);
    const french = starter.filter((x) => x.lang === 'fr');
    for (const r of french) expect(r.body, r.id).not.toMatch(TUTOIEMENT);
    // Nearly all speak to the reader; a few are statements to everyone.
    expect(french.filter((r) => /\b(vous|votre|vos)\b/i.test(r.body)).length).toBeGreaterThanOrEqual(french.length - 5);
  });

  it('is immediately useful for suggestions', () => {
    const index = new ReplyIndex(starter);
    const [first] = index.suggest({ commentText: 'Ma commande n’est jamais arrivée', kinds: ['ok'], lang: 'fr', crisisMode: false, platform: 'x', now: T0 });
    expect(first.reply.id).toBe('starter-fr-reclamation-livraison');
    const [holding] = index.suggest({ commentText: 'What is going on??', kinds: ['ok'], lang: 'en', crisisMode: true, platform: 'x', now: T0 });
    expect(holding.reply.categories).toContain('holding');
  });
});
