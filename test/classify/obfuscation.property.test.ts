/**
 * Property tests (fast-check): an obfuscated variant of a hostile phrase scores close to the clean
 * one, and obfuscating benign text does not make it hostile.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify } from '../../lib/classify/index';

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
const LOOKALIKE: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', i: '\u0456' };
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad'];

type Trick = 'leet' | 'lookalike' | 'zeroWidth' | 'repeat' | 'upper' | 'accent';
const ACCENT: Record<string, string> = { a: 'à', e: 'é', i: 'î', o: 'ô', u: 'ü', c: 'ç' };

/** Applies a trick to one word (letters only). Spacing/dotting is applied to whole words separately. */
function apply(word: string, trick: Trick, seed: number): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const pick = (seed + i * 7) % 3 === 0;
    if (trick === 'leet' && pick && LEET[ch] && i > 0) out += LEET[ch];
    else if (trick === 'lookalike' && pick && LOOKALIKE[ch]) out += LOOKALIKE[ch];
    else if (trick === 'zeroWidth' && i > 0) out += INVISIBLE[(seed + i) % INVISIBLE.length] + ch;
    else if (trick === 'repeat' && pick && /[aeiou]/.test(ch)) out += ch.repeat(3 + (seed % 4));
    else if (trick === 'upper') out += ch.toUpperCase();
    else if (trick === 'accent' && pick && ACCENT[ch]) out += ACCENT[ch];
    else out += ch;
  }
  return out;
}

function spaced(word: string, sep: string): string {
  return word.split('').join(sep);
}

const HOSTILE = [
  'you are a stupid idiot',
  'shut up you moron',
  'fuck you loser',
  'ferme ta gueule connard',
  "t'es qu'un abruti",
  'sale connard de merde',
  'go kill yourself',
];
const BENIGN = [
  'thanks for the quick reply',
  'my order arrived today, all good',
  'is the shop open tomorrow',
  'merci pour votre aide',
  'la livraison est arrivée ce matin',
  'what time does the event start',
];

const tricks = fc.constantFrom<Trick>('leet', 'lookalike', 'zeroWidth', 'repeat', 'upper', 'accent');

describe('obfuscation does not hide hostility', () => {
  it('an obfuscated hostile phrase scores close to the clean one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE), tricks, fc.nat(1000), (phrase, trick, seed) => {
        const clean = classify(phrase).hostility.score;
        const words = phrase.split(' ');
        const obfuscated = words.map((w, i) => (i === words.length - 1 || w.length > 3 ? apply(w, trick, seed) : w)).join(' ');
        const s = classify(obfuscated).hostility.score;
        expect(Math.abs(s - clean)).toBeLessThan(0.2);
        expect(classify(obfuscated).hostility.flagged).toBe(true);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('spelling the insult out letter by letter does not hide it', () => {
    fc.assert(
      fc.property(fc.constantFrom('idiot', 'connard', 'moron', 'abruti', 'bitch'), fc.constantFrom(' ', '.', '-', '*'), (insult, sep) => {
        const clean = classify(`you are a ${insult}`).hostility.score;
        const s = classify(`you are a ${spaced(insult, sep)}`).hostility.score;
        expect(Math.abs(s - clean)).toBeLessThan(0.2);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('obfuscation does not make benign text hostile', () => {
  it('benign text stays benign under every trick', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BENIGN), tricks, fc.nat(1000), (phrase, trick, seed) => {
        const obfuscated = phrase.split(' ').map((w) => apply(w, trick, seed)).join(' ');
        expect(classify(obfuscated).hostility.flagged).toBe(false);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
