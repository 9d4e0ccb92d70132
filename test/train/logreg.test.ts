import { describe, expect, it } from 'vitest';
import { extract, logit, train } from '../../scripts/train/logreg';
import { D, DI } from '../../lib/classify/features';

// Hostile and neutral rows that differ in lexicon words and in ordinary words alike.
const texts = [
  'you are an idiot and a clown', 'what an idiot, total moron', 'shut up you stupid loser', 'idiot clown moron',
  'thanks for the quick answer', 'the parcel arrived today', 'great colour, ordering two more', 'is the shop open on sunday',
];
const y = Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]);
const X = extract(texts, 12);
const ids = texts.map((_, i) => i);
const opts = (ngramShrink: number) => ({
  bits: 12, epochs: 6, lr: 0.2, l2: 1e-3, seed: 1, ngramShrink,
  denseMask: Array.from({ length: D }, (_, i) => i === DI.bias || i === DI.insult),
  nonPositive: Array.from({ length: D }, () => false),
});

describe('two-stage training with n-gram shrinkage', () => {
  const full = train(X, ids, y, new Float32Array(texts.length).fill(1), opts(1));
  const none = train(X, ids, y, new Float32Array(texts.length).fill(1), opts(0));
  const half = train(X, ids, y, new Float32Array(texts.length).fill(1), opts(0.5));
  it('shrink 0 keeps only the lexicon stage, 1 the full model, 0.5 halfway between', () => {
    for (let r = 0; r < texts.length; r++) {
      const [zf, z0, zh] = [logit(full, X, r), logit(none, X, r), logit(half, X, r)];
      expect(zh).toBeCloseTo((zf + z0) / 2, 4);
    }
    expect(Array.from(none.dense)).toEqual(Array.from(full.dense));
  });
  it('the n-grams add separation on the training rows', () => {
    const margin = (m: typeof full) => Math.min(...[0, 1, 2, 3].map((r) => logit(m, X, r))) - Math.max(...[4, 5, 6, 7].map((r) => logit(m, X, r)));
    expect(margin(full)).toBeGreaterThan(margin(none));
  });
});
