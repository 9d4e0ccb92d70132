import { betaBinomialUpperTail, binomialUpperTail, logGamma } from '../../lib/radar/stats';

function bruteBinomialTail(k: number, n: number, p: number): number {
  let s = 0;
  for (let i = k; i <= n; i++) {
    let c = 1;
    for (let j = 0; j < i; j++) c = (c * (n - j)) / (j + 1);
    s += c * p ** i * (1 - p) ** (n - i);
  }
  return s;
}

describe('radar statistics', () => {
  it('logGamma matches factorials', () => {
    for (const n of [1, 2, 5, 10, 20]) {
      let f = 1;
      for (let i = 2; i < n; i++) f *= i;
      expect(logGamma(n)).toBeCloseTo(Math.log(f), 9);
    }
  });

  it('the binomial tail matches a direct sum', () => {
    for (const [k, n, p] of [
      [0, 10, 0.1],
      [3, 10, 0.1],
      [7, 8, 0.085],
      [12, 47, 0.064],
      [40, 40, 0.5],
    ]) {
      expect(binomialUpperTail(k, n, p)).toBeCloseTo(bruteBinomialTail(k, n, p), 12);
    }
  });

  it('impossible and certain tails are exact', () => {
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(0, 0, 0.3)).toBe(1);
    expect(binomialUpperTail(1, 0, 0.3)).toBe(0);
  });

  it('the beta-binomial tail is heavier than the binomial and tends to it as the share steadies', () => {
    const plain = binomialUpperTail(15, 60, 0.05);
    expect(betaBinomialUpperTail(15, 60, 0.05, 150)).toBeGreaterThan(plain);
    expect(betaBinomialUpperTail(15, 60, 0.05, 1e7)).toBeCloseTo(plain, 8);
  });

  it('refuses meaningless parameters', () => {
    expect(() => binomialUpperTail(1, 10, 1.5)).toThrow(RangeError);
    expect(() => betaBinomialUpperTail(1, 10, 0, 100)).toThrow(RangeError);
  });
});
