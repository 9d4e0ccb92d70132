/**
 * The held-out functional suite (test/fixtures/functional/: negation, counter-speech, neutral
 * mentions of groups, spelling tricks, untargeted profanity... written apart from the classifier).
 * What counts there is the ranking (ROC AUC): flagging everything would score a high F1.
 * The floors sit a little under what the shipped model measures (`npm run eval -- --task
 * hostility --data test/fixtures/functional/functional-en.jsonl`), so a change that loses the
 * ground gained on negation, quotes and misspellings fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify/index';
import { rocAuc } from '../../scripts/lib/metrics';

interface Line { text: string; lang: string; label: 'hostile' | 'neutral'; functionality: string }
const load = (lang: string): Line[] =>
  readFileSync(path.join(__dirname, `../fixtures/functional/functional-${lang}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe.each([
  ['en', 0.8],
  ['fr', 0.8],
])('functional suite, %s', (lang, floor) => {
  const lines = load(lang);
  const scored = lines.map((l) => ({ ...l, score: classify(l.text).hostility.score }));

  it('holds both classes and every functionality', () => {
    expect(scored.filter((l) => l.label === 'hostile').length).toBe(100);
    expect(new Set(scored.map((l) => l.functionality)).size).toBeGreaterThanOrEqual(26);
  });

  it(`ranks hostile lines above neutral ones (ROC AUC >= ${floor})`, () => {
    const auc = rocAuc(scored.map((l) => ({ positive: l.label === 'hostile', score: l.score })))!;
    expect(auc).toBeGreaterThanOrEqual(floor);
  });

  it('flags at most one in ten untargeted profanities, complaints or ordinary comments at the balanced sensitivity', () => {
    for (const f of ['profanity_untargeted', 'complaint', 'ordinary']) {
      const of = scored.filter((l) => l.functionality === f);
      expect(of.filter((l) => classify(l.text).hostility.flagged).length, f).toBeLessThanOrEqual(of.length / 10);
    }
  });
});
