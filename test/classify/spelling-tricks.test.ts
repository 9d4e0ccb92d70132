import { describe, expect, it } from 'vitest';
import { readAs } from './read-as';
import fc from 'fast-check';
import { classify } from '../../lib/classify/index';
import { HOSTILITY_EN } from '../../lib/classify/lexicons/hostility-en';
import { HOSTILITY_FR } from '../../lib/classify/lexicons/hostility-fr';
import { MISSPELT_CATS, SPELLING_TRICK_CATS } from '../../lib/classify/lexicons/types';
import { hasFalseFriend } from '../../lib/classify/lexicons/false-friends';
import { MIN_MASKED_LENGTH } from '../../lib/classify/masked';
import { joinedSplit } from '../../lib/classify/joined';
import { JOINED_WORDS } from '../../lib/classify/lexicons/joined-words';
import { DOUBLED_WORDS } from '../../lib/classify/lexicons/doubled-words';


const HOSTILE_CATS: readonly string[] = MISSPELT_CATS;
const TRICK_CATS: readonly string[] = SPELLING_TRICK_CATS;
// Words of any language, letters only: the carrier sentence below is English.
const maskable = [...HOSTILITY_EN, ...HOSTILITY_FR]
  .filter((l) => SPELLING_TRICK_CATS.includes(l.cat) && !l.strict)
  .flatMap((l) => l.phrases.filter((p) => p.length >= MIN_MASKED_LENGTH && /^[a-z]+$/.test(p) && !(l.lang === 'fr' && hasFalseFriend(p, 'fr'))));

describe('words masked with stars', () => {
  it.each([
    ['Allez démonte ce petit conn*rd', 'insult', 'connard'],
    ['you are an idi*t', 'insult', 'idiot'],
    ['shut up you st*pid clown', 'insult', 'stupid'],
    ['you b***h', 'insult', 'bitch'],
    ['ta gueule sale enc*lé', 'insult', 'encule'],
    // A plural or feminine ending the list word lacks.
    ['bande de conn*rds', 'insult', 'connards'],
    ['tous des sal*pes', 'insult', 'salopes'],
  ])('%s reads as %s "%s"', (text, cat, word) => {
    expect(readAs(text)).toContainEqual([cat, word]);
  });

  it.each([
    ['rated 5***** by our customers'],
    ['*terms and conditions apply'],
    ['the b** (too short to tell which word)'],
    ['*diot (the first letter hidden)'],
    ['p**** (one letter shown)'],
    ['see note* below, price*'],
  ])('%s reads as no hostile word', (text) => {
    expect(readAs(text).filter(([cat]) => HOSTILE_CATS.includes(cat))).toEqual([]);
  });

  it('a masked insult aimed at someone is flagged like the word written out', () => {
    const clean = classify('you are a stupid idiot').hostility;
    const masked = classify('you are a st*pid idi*t').hostility;
    expect(masked.flagged).toBe(true);
    expect(Math.abs(masked.score - clean.score)).toBeLessThan(0.15);
  });

  it('any list word with some inner letters starred reads as a hostile or group word', () => {
    fc.assert(fc.property(
      fc.constantFrom(...maskable),
      fc.nat(),
      fc.nat(),
      (word, from, span) => {
        // Star a run of inner letters (a final star is read as punctuation), at least two shown.
        const start = 1 + (from % (word.length - 2));
        if (start >= word.length - 1) return;
        const length = 1 + (span % Math.min(word.length - 1 - start, word.length - 2));
        const masked = word.slice(0, start) + '*'.repeat(length) + word.slice(start + length);
        // Another list word may fit the same stars ("p***y"), or a spelt-out masked form ("f**s" is
        // the listed "f***" stemmed): any hostile reading will do; the carrier sentence has none.
        const read = readAs(`look at this ${masked} here`);
        expect(read.some(([cat]) => TRICK_CATS.includes(cat)), `${masked} (${word}): ${JSON.stringify(read)}`).toBe(true);
      },
    ), { numRuns: 500, seed: 20241124 });
  });
});

describe('words split in two', () => {
  it.each([
    ['you are a stu pid person', 'insult', 'stupid'],
    ['what a pr ick', 'insult', 'prick'],
    ['you complete idi-ot', 'insult', 'idiot'],
    // Compounds written apart read as the list word.
    ['a real low life', 'insult', 'lowlife'],
  ])('%s reads as %s "%s"', (text, cat, word) => {
    expect(readAs(text)).toContainEqual([cat, word]);
  });

  it.each([
    ['I love my cat in the morning'],
    ['ni que dalle'],
    ['he was in competent hands'],
    ['our snow flake cookies are back'],
    ['Please use less plastic in the box'],
    ['The gift card is worth less than the box'],
  ])('%s reads as no hostile word', (text) => {
    expect(readAs(text).filter(([cat]) => HOSTILE_CATS.includes(cat))).toEqual([]);
  });

  it('"snowflake" insults only when pinned on someone, so a product named so is not flagged', () => {
    expect(classify('Our snowflake collection is back!').hostility.flagged).toBe(false);
    expect(classify('You are such a snowflake').hostility.flagged).toBe(true);
  });
});

describe('words run together', () => {
  it.each([
    ['youareanidiot', 'insult', 'idiot'],
    ['lol youidiot', 'insult', 'idiot'],
    ['stupidbitch', 'insult', 'bitch'],
    ['tesunconnard', 'insult', 'connard'],
    ['espècedeconnard', 'insult', 'connard'],
    // With a group's name (2026-11-24).
    ['ihaterefugees', 'identity', 'refugees'],
    ['ihaterefugees', 'hate', 'hate'],
    ['lesarabessontdesvoleurs', 'identity', 'arabes'],
  ])('%s reads as %s "%s"', (text, cat, word) => {
    expect(readAs(text)).toContainEqual([cat, word]);
  });

  it('every part that is a list word counts, as if the words were apart', () => {
    const cats = new Set(readAs('fuckingidiot').map(([cat]) => cat).filter((c) => HOSTILE_CATS.includes(c)));
    expect([...cats].sort()).toEqual(['insult', 'profanity']);
    expect(classify('youareanidiot').hostility.labels).toContain('insult');
  });

  it.each([
    // Real words that split so are listed (lexicons/joined-words.ts): "des putes" is not "députés".
    ['les deputes ont vote la loi'],
    ['wonderful grandmother'],
    // A four-letter hostile part alone does not count ("con" in "contes", "ass" in "classes").
    ['unecontes'],
  ])('%s reads as no hostile word', (text) => {
    expect(readAs(text).filter(([cat]) => HOSTILE_CATS.includes(cat))).toEqual([]);
  });

  it('every listed real word still splits like words run together (run scripts/near-words.ts after changing the lists)', () => {
    const stale = JOINED_WORDS.filter((w) => joinedSplit(Uint16Array.from(w, (c) => c.charCodeAt(0)), 0, w.length) < 0);
    expect(stale).toEqual([]);
  });
});

describe('a doubled letter: an elongation, or a real word of its own', () => {
  it.each([
    ['fuuck you', 'profanity', 'fuck'],
    ['you iddiot', 'insult', 'idiot'],
    ['sallope', 'insult', 'salope'],
  ])('%s reads as %s "%s"', (text, cat, word) => {
    expect(readAs(text)).toContainEqual([cat, word]);
  });

  it.each([
    'Vous pourriez baisser les prix ?',
    'La salle de bain du magasin est fermée',
    'Le magasin de ma ville est fermé',
    'We must assess the damage to the parcel',
    'The value is null in the app',
    // "Beurre" squeezed is "beure", whose stem is "beur": butter is not a group.
    'Caramel au beurre salé',
    // A listed word is read as written, not squeezed: "conne" squeezed and stemmed is "coon" squeezed.
    "T'es vraiment conne",
  ])('%s reads as no other hostile word', (text) => {
    const words = ` ${text.toLowerCase().replace(/[^a-z']+/g, ' ')} `;
    const squeezedOnly = readAs(text).filter(([cat, phrase]) => [...HOSTILE_CATS, 'identity'].includes(cat) && !words.includes(` ${phrase} `));
    expect(squeezedOnly).toEqual([]);
  });

  it('every listed real word still squeezes to a one-word hostile entry (run scripts/near-words.ts after changing the lists)', () => {
    const squeeze = (w: string) => w.replace(/(.)\1+/g, '$1');
    // The word and its stems, as tokens.ts makes them: less a final s (not after s) or x, then less a final e.
    const stemsOf = (w: string) => {
      const s1 = w.length > 3 && (w.endsWith('x') || (w.endsWith('s') && !w.endsWith('ss'))) ? w.slice(0, -1) : w;
      return [w, s1, s1.length > 3 && s1.endsWith('e') ? s1.slice(0, -1) : s1];
    };
    const hostile = new Set([...HOSTILITY_EN, ...HOSTILITY_FR]
      .filter((l) => [...HOSTILE_CATS, 'hate', 'threat', 'violence', 'identity'].includes(l.cat))
      .flatMap((l) => l.phrases.filter((p) => !p.includes(' ')).map(squeeze)));
    expect(DOUBLED_WORDS.filter((w) => !stemsOf(squeeze(w)).some((s) => hostile.has(s)))).toEqual([]);
  });
});
