import { describe, expect, it } from 'vitest';
import { decodeStage, stageLogit, type StageFile } from '../../lib/classify/stage';
import { D, DI } from '../../lib/classify/features';
import { models } from '../../lib/classify/models';
import { classify, explain } from '../../lib/classify/index';
import { hostilityScore } from '../../lib/classify/hostility';
import { calibratedLogit, rawLogit, sigmoid } from '../../lib/classify/model';
import { analyse } from '../../lib/classify/features';
import hostilityFile from '../../lib/classify/weights/hostility.json';

// One tree of depth 2: root splits the logit at 0; left child splits length at 0.5, right child never splits.
const file: StageFile = {
  kind: 'trees', inputs: ['logit', 'length'], base: { a: 2, b: -1 }, depth: 2,
  feature: [0, 1, 0], threshold: [0, 0.5, 1e30], leaf: [0.1, 0.2, 0.3, 0.4],
};

describe('hostility stage (boosted trees)', () => {
  it('walks each tree to one leaf and adds it to the base margin', () => {
    const s = decodeStage(file);
    const d = new Float32Array(D);
    d[DI.length] = 0.2;
    expect(stageLogit(s, -1, d)).toBeCloseTo(2 * -1 - 1 + 0.1);
    d[DI.length] = 0.9;
    expect(stageLogit(s, -1, d)).toBeCloseTo(-3 + 0.2);
    // Right of the root: the unsplit node sends every row to its left leaf.
    expect(stageLogit(s, 0.5, d)).toBeCloseTo(1 - 1 + 0.3);
    // A second tree adds its own leaf: length 0.9 > 0.5 (right), then logit 0.5 > 0 (right): its fourth leaf.
    const two = decodeStage({ ...file, feature: [...file.feature, 1, 0, 0], threshold: [...file.threshold, 0.5, 0, 0], leaf: [...file.leaf, -1, -2, -3, -4] });
    expect(stageLogit(two, 0.5, d)).toBeCloseTo(0 + 0.3 - 4);
  });

  it('refuses inconsistent or unknown inputs', () => {
    expect(() => decodeStage({ ...file, leaf: [0.1, 0.2, 0.3] })).toThrow(/inconsistent/);
    expect(() => decodeStage({ ...file, feature: [0, 2, 0] })).toThrow(/inconsistent/);
    expect(() => decodeStage({ ...file, inputs: ['logit', 'nope'] })).toThrow(/not a dense feature/);
  });

  it('is part of the shipped hostility model, and the score goes through it', () => {
    expect((hostilityFile as { stage?: StageFile }).stage?.kind).toBe('trees');
    const m = models.hostility;
    expect(m.stage).not.toBeNull();
    // Long and short comments whose linear logit alone would give another score: the stage moves them.
    const texts = [
      'You are a complete idiot and everyone here knows it',
      'Thanks for the quick reply, the parcel arrived today and everything is fine, have a good weekend all of you',
      'What a stupid decision from the government, again, they never listen to anyone and keep wasting our money on nothing',
      'ok',
    ];
    let moved = 0;
    for (const t of texts) {
      analyse(t);
      const raw = rawLogit(m);
      const bypassed = sigmoid(calibratedLogit(m, raw));
      const withStage = hostilityScore(m, raw);
      if (Math.abs(withStage - bypassed) > 1e-3) moved++;
      expect(classify(t).hostility.score).toBeCloseTo(withStage, 10);
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('ranks by length at equal linear logit as trained (a long text scores differently from a short one)', () => {
    const s = models.hostility.stage!;
    const d = new Float32Array(D);
    const at = (tokens: number) => { d[DI.length] = Math.log1p(tokens) / 4; return stageLogit(s, 1, d); };
    expect(at(3)).not.toBeCloseTo(at(60), 2);
  });

  it('counts in what each word and list of an explanation adds: the stage scales the linear logit', () => {
    // Between two splits the trees are flat, so one unit of linear logit moves the score by the
    // stage's slope times Platt's: explanations must say what a word adds to the score itself.
    const stage = models.hostility.stage!;
    const text = 'You are a complete idiot and everyone here knows it';
    const weights = () => new Map(explain(text).filter((r) => r.axis === 'hostility').map((r) => [`${r.label}@${r.start}-${r.end}`, r.weight]));
    const before = weights();
    expect(before.size).toBeGreaterThan(0);
    const a = stage.a;
    try {
      stage.a = a * 2;
      const doubled = weights();
      // A learned word just under the bar for listing may now pass it: compare the reasons of before.
      for (const [key, w] of before) expect(doubled.get(key)).toBeCloseTo(w * 2, 6);
    } finally {
      stage.a = a;
    }
  });
});
