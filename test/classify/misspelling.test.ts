import { describe, expect, it } from 'vitest';
import { readAs } from './read-as';
import fc from 'fast-check';
import { misspellable, variantHashes, variantsOf } from '../../lib/classify/misspelling';
import { hashString } from '../../lib/classify/hash';
import { NEAR_WORDS } from '../../lib/classify/lexicons/near-words';
import { HOSTILITY_EN } from '../../lib/classify/lexicons/hostility-en';
import { HOSTILITY_FR } from '../../lib/classify/lexicons/hostility-fr';
import { SPELLING_TRICK_CATS } from '../../lib/classify/lexicons/types';
import { hasFalseFriend } from '../../lib/classify/lexicons/false-friends';


const eligible = [...HOSTILITY_EN, ...HOSTILITY_FR].filter((l) => SPELLING_TRICK_CATS.includes(l.cat)).flatMap((l) => l.phrases.filter(misspellable));
// Strict words and false friends (French "porcs", "con"...) only count in their own language: the property's
// carrier sentence is English.
const anyLanguage = [...HOSTILITY_EN, ...HOSTILITY_FR].filter((l) => SPELLING_TRICK_CATS.includes(l.cat) && !l.strict)
  .flatMap((l) => l.phrases.filter((p) => misspellable(p) && !(l.lang === 'fr' && hasFalseFriend(p, 'fr'))));
const listed = new Set([...HOSTILITY_EN, ...HOSTILITY_FR].flatMap((l) => l.phrases));

describe('misspelt hostile words', () => {
  it('variants swap two neighbours, or leave one letter out of six or more, never the first letter', () => {
    const v = variantsOf('idiot');
    expect(v).toEqual(expect.arrayContaining(['idoit', 'iidot', 'idito']));
    expect(v).not.toContain('idiot');
    expect(v).not.toContain('idot');
    expect(v.every((w) => w.startsWith('i'))).toBe(true);
    expect(variantsOf('stupid')).toEqual(expect.arrayContaining(['stpuid', 'stupd', 'supid', 'stuid']));
  });

  it.each([
    ['You are an idoit', 'insult', 'idiot'],
    ['You are so stuipd', 'insult', 'stupid'],
    ['what a stupd question', 'insult', 'stupid'],
    ['espèce de connrd', 'insult', 'connard'],
    // A group's name disguised the same way (2026-11-24).
    ['Refguees go home', 'identity', 'refugees'],
    ['les musulmnas dehors', 'identity', 'musulmans'],
    ['Immigants are rats', 'identity', 'immigrants'],
  ])('%s reads as %s "%s"', (text, cat, word) => {
    expect(readAs(text)).toContainEqual([cat, word]);
  });

  it('a real word next to an insult is not read as one ("cooks" is not "crooks")', () => {
    expect(readAs('the cooks were great and the lairs of foxes too')).toEqual([]);
    // Nor next to a group's name: "refuge" is one letter from "refugee".
    expect(readAs('the refuge was full of mosques')).toEqual([]);
    // Nor the word's stem ("commis" less its s is one letter from "commie"), nor an abbreviation.
    expect(readAs('le commis de cuisine est arrivé')).toEqual([]);
    expect(readAs('new collab incl. 10 mins of video')).toEqual([]);
    // Nor a place name ("Mongolie" is one letter from "mongole"): places count as real words.
    expect(readAs('un voyage en Mongolie cet été')).toEqual([]);
  });

  it('every near word is still a variant of a list word (run scripts/near-words.ts after changing the lists)', () => {
    const variants = new Set(eligible.flatMap(variantsOf));
    expect(NEAR_WORDS.filter((w) => !variants.has(w))).toEqual([]);
  });

  it('every swap of a list word that is no real word reads as that word', () => {
    // Every word and every position: about 6,000 readings, deterministic.
    const near = new Set(NEAR_WORDS);
    const wrong: string[] = [];
    for (const word of anyLanguage) {
      for (let at = 1; at + 1 < word.length; at++) {
        if (word[at] === word[at + 1]) continue;
        const typo = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
        if (near.has(typo) || listed.has(typo)) continue;
        // A doubled letter is squeezed and a final s/x, then e, stemmed before the lists are looked
        // up ("beasts" swapped is "beatss", read as "beat"; "negresse", "negreses", as "negres"):
        // the exact reading wins there.
        const stem1 = typo.length > 3 ? typo.replace(/[sx]$/, '') : typo;
        const stem2 = stem1.length > 3 ? stem1.replace(/e$/, '') : stem1;
        if (/(.)\1/.test(typo) || [typo.replace(/e$/, ''), stem1, stem2].some((w) => listed.has(w))) continue;
        const read = readAs(`look at this ${typo} here`).map(([, w]) => w);
        // Another list word may own the same variant (indexed first): then it is read as that one.
        if (!read.includes(word) && !read.some((w) => variantsOf(w).includes(typo))) wrong.push(`${typo} (${word}): ${read.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('variant hashes', () => {
  it('are the hashes of the variants, computed in place', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (word) => {
      const out = new Int32Array(2 * word.length);
      const end = variantHashes(word, out, 0);
      expect(new Set(out.subarray(0, end))).toEqual(new Set(variantsOf(word).map(hashString)));
    }));
  });
});
