import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/classify/features';
import { ruleScore, ruleScoreInOrder } from '../../lib/classify/rules/index';
import { models } from '../../lib/classify/models';

/**
 * ruleScore asks the lists only as far as their answer can change the score (rules/index.ts); it
 * must answer what asking every list in order answers, for every comment and every score.
 */
describe('the rules asked lazily answer as the rules asked in order', () => {
  const texts = ['en', 'fr'].flatMap((lang) =>
    readFileSync(path.join(__dirname, `../fixtures/functional/functional-${lang}.jsonl`), 'utf8')
      .trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text));

  it('on the functional suites, at every score from 0 to 1', () => {
    const { thresholds, profanityCap } = models.hostility.file;
    const cap = profanityCap!;
    const differ: string[] = [];
    for (const text of texts) {
      for (let p = 0; p <= 1.0001; p += 0.01) {
        // A fresh analysis each time, so that neither path reads the other's memo.
        analyse(text);
        const lazy = ruleScore(p, cap, thresholds.high, thresholds.balanced);
        analyse(text);
        const inOrder = ruleScoreInOrder(p, cap, thresholds.high, thresholds.balanced);
        if (lazy !== inOrder) differ.push(`${p.toFixed(2)} ${text}`);
      }
    }
    expect(texts.length).toBeGreaterThan(300);
    expect(differ).toEqual([]);
  });
});
