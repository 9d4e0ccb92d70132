import { describe, expect, it } from 'vitest';
import { classify, explain, rumourFlagged } from '../../lib/classify/index';
import { analyse, feats } from '../../lib/classify/features';
import { models } from '../../lib/classify/models';

describe('French rumour cues (no French training data: written from linguistic knowledge)', () => {
  it.each([
    ['Il paraît que la marque va fermer toutes ses usines', 'hearsay'],
    ["On m'a dit que leurs yaourts contiennent du plastique", 'hearsay'],
    ["J'ai entendu dire que le PDG a été arrêté", 'hearsay'],
    ['Ils vous cachent la vérité sur ce produit', 'suppression'],
    ['Les médias n\'en parlent pas mais la marque licencie tout le monde', 'suppression'],
    ['Partagez avant que ce soit supprimé !!', 'share_before_deleted'],
    ['Faites tourner, tout le monde doit savoir', 'share_before_deleted'],
    ["Boycottez cette marque, n'achetez plus leurs produits", 'boycott'],
    ['Selon une source interne, la marque va être rachetée', 'hearsay'],
    ["Mon cousin qui bosse chez eux m'a dit qu'ils allaient licencier 300 personnes", 'hearsay'],
    ["D'après ce que j'ai lu, la recette a changé", 'hearsay'],
    ['Ils ont supprimé la vidéo, bizarre non ?', 'suppression'],
  ])('%s -> %s', (text, cue) => {
    const v = classify(text);
    expect(v.lang).toBe('fr');
    expect(v.rumour.cues).toContain(cue);
    expect(v.rumour.flagged).toBe(true);
  });

  it.each([
    'Merci pour votre réponse, le colis est bien arrivé',
    'Est-ce que le magasin de Lyon est ouvert le dimanche ?',
    "J'adore la nouvelle recette, bravo à l'équipe",
  ])('ordinary French comments are not rumours: %s', (text) => {
    const v = classify(text);
    expect(v.rumour.flagged).toBe(false);
    expect(v.rumour.cues).toEqual([]);
  });
});

describe('English rumour cues', () => {
  it.each([
    ['I heard that they are recalling every bottle because of poison', 'hearsay'],
    ["They don't want you to know what is really in this drink", 'suppression'],
    ['Share before it gets deleted!!! The company is going bankrupt', 'share_before_deleted'],
    ['Boycott this brand, stop buying their junk', 'boycott'],
    ['Read this: infowars.com/brand-exposed', 'unreliable_source'],
  ])('%s -> %s', (text, cue) => {
    const v = classify(text);
    expect(v.rumour.cues).toContain(cue);
    expect(v.rumour.flagged).toBe(true);
  });

  it.each([
    'Thanks, my order arrived this morning',
    'What time does the store open tomorrow?',
    'your product broke after two days, I want a refund NOW',
  ])('ordinary comments are not rumours: %s', (text) => {
    expect(classify(text).rumour.flagged).toBe(false);
  });
});

describe('thread context', () => {
  it('replies that ask for sources or deny the claim raise the rumour score', () => {
    const claim = 'The factory in the north was closed by the health inspectors yesterday';
    const alone = classify(claim).rumour.score;
    const withReplies = classify(claim, { thread: { replies: ['source?', 'is this true??', 'fake news, not true'] } }).rumour.score;
    expect(withReplies).toBeGreaterThan(alone);
  });
});

describe('rumour register seam', () => {
  const register = (text: string) => (text.includes('plastic') ? { claimId: 'claim-42', score: 0.9 } : null);

  it('a register match is reported in the verdict and flags the comment', () => {
    const v = classify('there is plastic in the new yogurt', { matchRegister: register });
    expect(v.rumour.match).toEqual({ claimId: 'claim-42', score: 0.9 });
    expect(v.rumour.flagged).toBe(true);
  });

  it('the register receives the detected language', () => {
    let seen = '';
    classify("Il paraît qu'il y a du plastique dedans", { matchRegister: (_t, lang) => { seen = lang; return null; } });
    expect(seen).toBe('fr');
  });

  it('explain names the register entry', () => {
    const reasons = explain('there is plastic in the new yogurt', { matchRegister: register });
    expect(reasons.some((r) => r.axis === 'register' && r.label === 'claim-42')).toBe(true);
  });

  it('without a match, nothing is invented', () => {
    expect(classify('lovely day', { matchRegister: register }).rumour.match).toBeNull();
  });
});

describe('rumourFlagged', () => {
  it('is monotonic in the score and the sensitivity', () => {
    expect(rumourFlagged(0.999, 'low')).toBe(true);
    expect(rumourFlagged(0.001, 'high')).toBe(false);
    for (const s of [0.2, 0.4, 0.6, 0.8]) {
      if (rumourFlagged(s, 'low')) expect(rumourFlagged(s, 'balanced')).toBe(true);
      if (rumourFlagged(s, 'balanced')) expect(rumourFlagged(s, 'high')).toBe(true);
    }
  });
});

// lexicons/places.ts: the training events took place in Paris, Sydney, Ottawa...; the model had
// learnt "Paris" as a rumour word ("The Paris shop has the new bars" scored 0.95, Berlin 0.71,
// London 0.14).
describe('where a claim happens says nothing of whether it is a rumour', () => {
  it('the same sentence scores the same in any city', () => {
    const score = (city: string) => classify(`The ${city} shop has the new bars`).rumour.score;
    const scores = ['Paris', 'London', 'Berlin', 'Toronto', 'Sydney', 'Lyon'].map(score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeLessThan(0.01);
    expect(rumourFlagged(score('Paris'), 'balanced')).toBe(false);
  });

  it("a place name's features are set apart, and only the hostility model reads them (\"go back to Africa\")", () => {
    analyse('Go back to Africa');
    expect(feats.nShared).toBeLessThan(feats.n);
    analyse('Go back home');
    expect(feats.nShared).toBe(feats.n);
    expect(models.hostility.placeBlind).toBe(false);
    expect(models.rumour.placeBlind).toBe(true);
  });
});
