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
