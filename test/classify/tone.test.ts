import { describe, expect, it } from 'vitest';
import { checkReplyTone } from '../../lib/classify/index';

describe("checkReplyTone: the moderator's own reply", () => {
  it.each([
    'Thank you for your message, we are sorry about the delay. Could you send us your order number in a private message?',
    'Bonjour, merci pour votre retour. Nous transmettons votre demande au service concerné.',
    'We understand your frustration and will refund the order today.',
  ])('a courteous reply passes: %s', (draft) => {
    const r = checkReplyTone(draft);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('warns on dismissiveness, pointing at the words', () => {
    const draft = 'Calm down, as I already said this is not our problem.';
    const r = checkReplyTone(draft);
    expect(r.ok).toBe(false);
    const kinds = r.warnings.map((w) => w.kind);
    expect(kinds).toContain('dismissive');
    const spans = r.warnings.map((w) => draft.slice(w.start, w.end).toLowerCase());
    expect(spans).toContain('calm down');
    expect(spans).toContain('not our problem');
    expect(kinds).not.toContain('hostility'); // "as I" is not "ass"
  });

  it.each([
    // Blaming the customer's reading, counting their questions, no time for them (2026-11-25).
    ['Perhaps read the manual before complaining next time.', 'dismissive'],
    ["C'est la deuxième fois que vous demandez, il suffisait de lire la notice.", 'dismissive'],
    ["On va pas y passer la nuit, fin de la discussion.", 'dismissive'],
    ['Mais oui, bien sûr, nous vous mentons depuis le début.', 'sarcasm'],
    // A second round: not reading implied, repetition, singling out, sending them elsewhere.
    ['Our policy, which you apparently didn\'t read, is clear.', 'sarcasm'],
    ['Nous avons répondu cent fois à cette question.', 'dismissive'],
    ['You seem to be the only customer with this issue.', 'dismissive'],
    ['Rien ne vous empêche d\'acheter ailleurs.', 'dismissive'],
  ])('warns on: %s', (draft, kind) => {
    expect(checkReplyTone(draft).warnings.map((w) => w.kind)).toContain(kind);
  });

  it.each([
    ['We have noted your "concerns" and will get back to you.', '"concerns"'],
    ['Nous avons bien reçu votre « réclamation ».', '« réclamation »'],
  ])('points at their word in scare quotes: %s', (draft, quoted) => {
    const w = checkReplyTone(draft).warnings.find((x) => x.kind === 'sarcasm');
    expect(w).toBeDefined();
    expect(draft.slice(w!.start, w!.end)).toBe(quoted);
  });

  it.each([
    // Quotes that cite, not mock; the everyday « remplacement » of customer service.
    'Your order "BX-2291" has shipped.',
    'Votre remplacement est en route, le colis arrive demain.',
    'Nous vous envoyons un produit de remplacement sous garantie.',
    // Idioms and facts that share the rude replies' words.
    'Mille fois merci pour votre patience !',
    'Nous vous avons déjà répondu en message privé.',
    "Votre colis n'est visiblement pas parti, nous relançons le transporteur.",
  ])('no warning: %s', (draft) => {
    expect(checkReplyTone(draft).warnings).toEqual([]);
  });

  it('warns on sarcasm', () => {
    const r = checkReplyTone('Oh great, another customer who did not read the manual. Thanks for nothing.');
    expect(r.warnings.some((w) => w.kind === 'sarcasm')).toBe(true);
  });

  it('warns on a French dismissive reply', () => {
    const r = checkReplyTone("Ce n'est pas notre problème, personne ne vous oblige à acheter chez nous.");
    expect(r.ok).toBe(false);
    expect(r.warnings.every((w) => w.kind === 'dismissive')).toBe(true);
  });

  it('warns on hostility in a reply', () => {
    const draft = 'Read the FAQ, you idiot.';
    const r = checkReplyTone(draft);
    expect(r.ok).toBe(false);
    const hostile = r.warnings.filter((w) => w.kind === 'hostility').map((w) => draft.slice(w.start, w.end));
    expect(hostile).toContain('idiot');
  });

  it('scores a rude reply above a courteous one', () => {
    expect(checkReplyTone('Deal with it, not our fault.').score).toBeGreaterThan(checkReplyTone('Sorry about that, we will fix it.').score);
  });
});
