import { describe, expect, it } from 'vitest';
import { pickThreshold } from '../../scripts/train/calibrate';

const curve = [0.70, 0.756, 0.755, 0.7545, 0.74, 0.755, 0.70].map((f1, i) => ({ t: 0.2 + i * 0.05, f1 }));

describe('balanced threshold choice', () => {
  it('takes the best mean F1 without a tolerance', () => {
    expect(pickThreshold(curve).t).toBeCloseTo(0.25);
  });
  it('takes the highest threshold within the tolerance of the best', () => {
    expect(pickThreshold(curve, 0.002).t).toBeCloseTo(0.45);
    expect(pickThreshold(curve, 0.0005).t).toBeCloseTo(0.25);
  });
  it('falls back to 0.5 when no threshold is allowed', () => {
    expect(pickThreshold([], 0.002)).toEqual({ t: 0.5, f1: -1 });
  });
});

describe('balanced threshold choice, tolerance', () => {
  it('is measured from the best F1, not from the last threshold taken', () => {
    const slope = [0.76, 0.759, 0.758, 0.757, 0.756].map((f1, i) => ({ t: 0.2 + i * 0.05, f1 }));
    expect(pickThreshold(slope, 0.0015).t).toBeCloseTo(0.25);
  });
});

describe('balanced threshold choice, centre of the near-best thresholds', () => {
  it('takes the middle of the thresholds within the tolerance (0.25, 0.3, 0.35, 0.45 -> 0.3)', () => {
    expect(pickThreshold(curve, 0.002, 'centre').t).toBeCloseTo(0.3);
  });
  it('moves less than the highest when the curve\'s far end wobbles', () => {
    const wobbled = curve.map((c) => (c.t > 0.44 && c.t < 0.46 ? { ...c, f1: 0.7 } : c));
    expect(pickThreshold(wobbled, 0.002, 'highest').t).toBeCloseTo(0.35);
    expect(pickThreshold(wobbled, 0.002, 'centre').t).toBeCloseTo(0.3);
  });
  it('falls back to 0.5 when no threshold is allowed', () => {
    expect(pickThreshold([], 0.002, 'centre')).toEqual({ t: 0.5, f1: -1 });
  });
});

describe('balanced threshold choice, lowest of the near-best thresholds', () => {
  it('takes the lowest threshold within the tolerance (0.25, 0.3, 0.35, 0.45 -> 0.25)', () => {
    const early = curve.map((c) => (c.t < 0.21 ? { ...c, f1: 0.7545 } : c));
    expect(pickThreshold(curve, 0.002, 'lowest').t).toBeCloseTo(0.25);
    expect(pickThreshold(early, 0.002, 'lowest').t).toBeCloseTo(0.2);
  });
  it('falls back to 0.5 when no threshold is allowed', () => {
    expect(pickThreshold([], 0.002, 'lowest')).toEqual({ t: 0.5, f1: -1 });
  });
});
