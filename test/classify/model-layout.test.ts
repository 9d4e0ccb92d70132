import { describe, expect, it } from 'vitest';
import { decodeModel, type ModelFile } from '../../lib/classify/model';
import { D, DENSE_NAMES } from '../../lib/classify/features';
import { encodeBase64 } from '../../lib/classify/base64';

const file = (names: string[]): ModelFile => ({
  format: 'vigie-linear-1', task: 'hostility', bits: 4, scale: 1, weights: encodeBase64(new Uint8Array(32)),
  denseNames: names, dense: names.map((_, i) => i + 1), calibration: { a: 1, b: 0 },
  thresholds: { low: 0.8, balanced: 0.5, high: 0.3 }, meta: {},
});

describe('dense feature layout of weight files', () => {
  it('weights trained before the last features were appended score them at 0', () => {
    const m = decodeModel(file(DENSE_NAMES.slice(0, D - 2)));
    expect(m.dense.length).toBe(D);
    expect(Array.from(m.dense.subarray(D - 2))).toEqual([0, 0]);
    expect(m.dense[0]).toBe(1);
  });
  it('any other layout is refused', () => {
    const swapped = [...DENSE_NAMES];
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    expect(() => decodeModel(file(swapped))).toThrow(/other dense features/);
    expect(() => decodeModel(file([...DENSE_NAMES, 'unknown']))).toThrow(/other dense features/);
  });
});
