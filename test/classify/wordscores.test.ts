import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTable, decodeWordScores, useWordScores, wordScore } from '../../lib/classify/wordscores';
import { analyse, DI, feats } from '../../lib/classify/features';
import { hashString } from '../../lib/classify/hash';
import { classify } from '../../lib/classify/index';
import type { ModelFile } from '../../lib/classify/model';

const rumourFile = JSON.parse(readFileSync(path.resolve(__dirname, '../../lib/classify/weights/rumour.json'), 'utf8')) as ModelFile;
const hostilityFile = JSON.parse(readFileSync(path.resolve(__dirname, '../../lib/classify/weights/hostility.json'), 'utf8')) as ModelFile;
const score = (w: string) => wordScore(hashString(w));

describe('learned word scores (rumour model, from word vectors)', () => {
  it('ship inside the rumour weights, as hashes and int8 scores, and decode', () => {
    expect(rumourFile.wordScores).toBeDefined();
    expect(hostilityFile.wordScores).toBeUndefined();
    const t = decodeWordScores(rumourFile.wordScores!);
    const filled = t.keys.reduce((n, k) => n + (k !== 0 ? 1 : 0), 0);
    expect(filled).toBeGreaterThan(10_000);
    // int8: no score beyond 127 steps (the decoded values are float32: allow its rounding).
    for (const v of t.values) expect(Math.abs(v)).toBeLessThanOrEqual(127 * rumourFile.wordScores!.scale * (1 + 1e-6));
  });

  it('a table returns the scores it was built with, and 0 for any other word', () => {
    const t = buildTable([hashString('alpha'), hashString('beta')], [1.5, -2]);
    useWordScores(t);
    expect(score('alpha')).toBe(1.5);
    expect(score('beta')).toBe(-2);
    expect(score('gamma')).toBe(0);
    useWordScores(decodeWordScores(rumourFile.wordScores!));
  });

  it('the rumour model weighs them, the hostility model does not', () => {
    const w = (f: ModelFile, n: string) => f.dense[f.denseNames.indexOf(n)] ?? 0;
    expect(w(rumourFile, 'embed_max')).toBeGreaterThan(0);
    expect(hostilityFile.denseNames).not.toContain('embed_max');
  });

  it('words of breaking news score above words of customer conversation', () => {
    classify('warm up');
    for (const news of ['hostage', 'killed', 'reportedly', 'suspect']) {
      for (const chat of ['thanks', 'lol', 'order', 'delivery']) expect(score(news)).toBeGreaterThan(score(chat));
    }
  });

  it('are read from English content words only: French text, mentions and negated words get 0', () => {
    classify('warm up');
    analyse('BREAKING: hostage situation, police say two gunmen killed');
    expect(feats.dense[DI.embed_max]).toBeGreaterThan(0);
    expect(feats.dense[DI.embed_mean]).toBeGreaterThan(0);
    analyse("Il paraît que la marque va fermer toutes ses usines, des otages ont été tués");
    expect(feats.dense[DI.embed_max]).toBe(0);
    expect(feats.dense[DI.embed_mean]).toBe(0);
    analyse('@hostage not killed');
    expect(feats.dense[DI.embed_max]).toBe(0);
  });
});
