import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify/index';

// A rumour on a brand's page is a claim (hearsay, "they're hiding", "recalled", boycott calls);
// customers asking about shops, shipping or ingredients are not spreading one.
describe('questions and remarks of customers are not rumours at the balanced sensitivity', () => {
  it.each([
    'Do you deliver to Belgium?',
    'What time does the Bordeaux store close on Saturday?',
    'Is the milk chocolate nut free?',
    'How much is the advent calendar this year?',
    'Will the caramel bar be back in stock soon?',
    'Love the new packaging! Is it recyclable?',
    'Does it contain milk? My son is allergic.',
    'My order arrived two days late, but the chocolate is great.',
    'Ordered two weeks ago, still no parcel. Can someone look at my order?',
    'Vous livrez en Suisse ?',
    'La boutique de Lille ouvre le dimanche ?',
    'Thanks for the quick reply, all sorted now.',
    'Please post an official statement, people are worried.',
    'Waiting for an official statement before panicking.',
    // Hearsay about the speaker's own order is a customer's story.
    'Apparently my parcel was delivered but I never got it',
    "Il paraît que ma commande est partie mais je n'ai rien reçu",
  ])('%s', (text) => {
    const v = classify(text);
    expect(v.rumour.flagged).toBe(false);
    expect(v.hostility.flagged).toBe(false);
  });

  it.each([
    // Hearsay about anything else still relays a rumour.
    'Apparently they are closing the Lyon factory',
    'Apparently my favourite bar is being discontinued',
  ])('%s is still flagged', (text) => {
    expect(classify(text).rumour.flagged).toBe(true);
  });
});

// Praise and taste: the rumour model, trained on news, read short product praise as news.
describe('a judgement of a product is an opinion, not a claim', () => {
  it.each([
    'Best chocolate ever',
    'The dark chocolate with sea salt is perfect',
    'Ce praliné est délicieux',
    'Meilleur chocolat du monde',
    'The mint one is underrated',
    // Slang praise: "killer" and "bomb" are news words too, but not after "is".
    'This flavour is killer',
    'The mint one is the bomb',
    'Ce praliné est une tuerie',
  ])('%s', (text) => {
    expect(classify(text).rumour.flagged).toBe(false);
  });

  it.each([
    'This flavour is killer',
    'The mint one is the bomb',
    'This bar is a killer',
  ])('%s is no hostility either, at the balanced sensitivity', (text) => {
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    'They found a bomb in the chocolate factory',
    'The killer was arrested near the chocolate shop',
  ])('%s: a slang word not after "is" is news', (text) => {
    expect(classify(text).rumour.score).toBeGreaterThan(classify('This flavour is killer').rumour.score);
  });

  it.each([
    // A news word makes it a report, whatever it judges.
    'Best chocolate ever, but police say a batch was poisoned',
    // A claim about the product with no judgement of its taste.
    'The dark chocolate bars contain palm oil now, they changed the recipe',
  ])('%s is still a claim', (text) => {
    expect(classify(text).rumour.score).toBeGreaterThan(classify('Best chocolate ever').rumour.score);
  });
});

// Recipes and tips under a food brand's post: the model, trained on news, flagged them.
describe('an instruction tells the reader what to do, it states nothing', () => {
  it.each([
    'Melt the chocolate slowly',
    'Bake for 20 minutes at 180 degrees',
    'Store in a cool dry place',
    'Faites fondre le chocolat au bain-marie',
  ])('%s', (text) => {
    expect(classify(text).rumour.flagged).toBe(false);
  });

  it.each([
    // A third party named: a claim about them.
    'Buy elsewhere, they use palm oil',
    // What follows a colon is a sentence of its own.
    'Read this: the factory is closing',
  ])('%s is still a claim', (text) => {
    expect(classify(text).rumour.flagged).toBe(true);
  });
});

describe('replies that question a rumour are not rumours themselves', () => {
  it.each([
    'Source? I cannot find anything about that anywhere.',
    '@marc_p Is that true? Their website says the opposite.',
    '@julie_r The allergen list is on the label, there are no nuts in it.',
  ])('%s', (text) => {
    expect(classify(text).rumour.flagged).toBe(false);
  });
});

describe('claims are still rumours, in questions and replies too', () => {
  it.each([
    ['Is it true they are shutting down the online shop? Heard it from a friend.', 'hedged_claim'],
    ['My friend who works there says the new bars contain palm oil.', 'hearsay'],
    ['Heard the whole batch was contaminated and they are keeping it quiet.', 'suppression'],
    ['@cacaoandco apparently the warehouse burned down, that is why nothing ships', 'hearsay'],
    ['On ne nous dit pas tout, ils vont effacer les preuves. Partagez !', 'suppression'],
  ])('%s', (text, cue) => {
    const v = classify(text);
    expect(v.rumour.cues).toContain(cue);
    expect(v.rumour.flagged).toBe(true);
  });

  it('a question without a claim scores below the claim it asks about', () => {
    const v = classify('Is the 85% bar vegan?', { sensitivity: 'high' });
    expect(v.rumour.score).toBeLessThan(classify('Apparently the 85% bar is not vegan anymore, share this').rumour.score);
  });

  // Crisis mode raises the sensitivity to high: ordinary questions and stories under a brand's post
  // must not fill the moderator's list then (the demo scenario's X page, 2026-11-24).
  it.each([
    'Is the 85% bar vegan?',
    'Do you ship to Canada?',
    'Can’t wait to try it! Is it in the Lyon shop too? 😍',
    'Will there be a vegan version this winter?',
    'Bought three for the office, gone in ten minutes 😂',
    'Has anyone actually seen an official recall notice? I can’t find one.',
  ])('conversation is not a claim at any sensitivity: %s', (text) => {
    for (const sensitivity of ['low', 'balanced', 'high'] as const) expect(classify(text, { sensitivity }).rumour.flagged, sensitivity).toBe(false);
  });
});

describe('words of illness and crime are not insults unless aimed at someone', () => {
  it.each([
    'Apparently my neighbour’s kid got sick after eating it. Spread the word!',
    'The CEO was arrested for fraud, share before they delete this!',
  ])('%s is a rumour, not hostility', (text) => {
    const v = classify(text);
    expect(v.hostility.flagged).toBe(false);
    expect(v.rumour.flagged).toBe(true);
  });

  it('an insult addressed with "bande de" is hostile', () => {
    expect(classify('Arrêtez de mentir, bande d’escrocs. Personne ne vous croit.').hostility.flagged).toBe(true);
  });
});
