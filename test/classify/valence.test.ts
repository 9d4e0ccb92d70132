import { describe, expect, it } from 'vitest';
import { analyse, DI, feats } from '../../lib/classify/features';
import { tokens } from '../../lib/classify/tokens';
import { hashString } from '../../lib/classify/hash';

const dense = (text: string, name: keyof typeof DI) => { analyse(text); return feats.dense[DI[name]]; };

describe('negative valence (VADER ratings, English)', () => {
  it('counts a judging word that no insult list has, more when aimed at "you"', () => {
    expect(dense('you are so heartless and dishonest', 'negative_valence')).toBeGreaterThan(0);
    expect(dense('you are so heartless and dishonest', 'negative_you')).toBeGreaterThan(0);
    expect(dense('the plan is dishonest', 'negative_you')).toBe(0);
  });
  it('weighs strongly negative words more than mildly negative ones', () => {
    expect(dense('that was dishonest', 'negative_valence')).toBeGreaterThan(dense('that was awkward', 'negative_valence'));
  });
  it('leaves insults, profanity and slurs to their own lists', () => {
    expect(dense('you idiot', 'negative_valence')).toBe(0);
    expect(dense('you idiot', 'insult')).toBeGreaterThan(0);
  });
  it('ignores negated words, misfortune and news, and French comments', () => {
    expect(dense('you are not dishonest', 'negative_valence')).toBe(0);
    expect(dense('Sad news, the attack killed three people and the victims were injured', 'negative_valence')).toBe(0);
    expect(dense('My order was delayed, I am disappointed and worried', 'negative_valence')).toBe(0);
    expect(dense("c'est une horrible tragédie, vraiment", 'negative_valence')).toBe(0);
  });
});

describe('negation scope', () => {
  const negated = (text: string, word: string) => {
    analyse(text);
    const h = hashString(word);
    for (let i = 0; i < tokens.count; i++) if (tokens.hash[i] === h) return feats.negScope[i] !== 0;
    throw new Error(`${word} not in ${text}`);
  };
  it('a verb of saying or thinking carries it over its clause', () => {
    expect(negated("I don't think you are stupid", 'stupid')).toBe(true);
    expect(negated('je ne pense pas que tu sois nul', 'nul')).toBe(true);
    expect(negated("I'm not calling you an idiot", 'idiot')).toBe(true);
  });
  it('otherwise ends three words after the negator or at punctuation', () => {
    expect(negated("I don't like the way you are stupid", 'stupid')).toBe(false);
    expect(negated("I don't think so. You are stupid", 'stupid')).toBe(false);
  });
});
