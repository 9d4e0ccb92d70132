/**
 * Small exact tests for counts. Exact tails rather than normal approximations because the radar
 * mostly sees small numbers (a few comments an hour at night), where approximations over-alarm.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function logBinomialPmf(k: number, n: number, p: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p): how surprising k or more flagged comments out of n are when the
 * usual share is p. Returns 1 for k ≤ 0, 0 for k > n.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!(n >= 0) || !(p >= 0 && p <= 1)) throw new RangeError(`binomialUpperTail: bad n=${n} or p=${p}`);
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  // Sum the pmf from k upward with the ratio recurrence; terms fall fast once past the mean.
  let term = Math.exp(logBinomialPmf(k, n, p));
  let sum = term;
  const odds = p / (1 - p);
  for (let i = k; i < n; i++) {
    term *= ((n - i) / (i + 1)) * odds;
    sum += term;
    if (i > n * p && term < sum * 1e-15) break;
  }
  return Math.min(1, sum);
}

/** -log10(p), capped so that certainties stay finite and comparable. */
export function surprise(p: number): number {
  return p <= 1e-300 ? 300 : -Math.log10(p);
}

/**
 * P(X ≥ k) for X ~ BetaBinomial(n, κp, κ(1-p)): like the binomial tail, but the share itself is
 * allowed to wander from hour to hour around p (an ordinary page has rougher and calmer hours). The
 * concentration κ says how much: the larger, the closer to a plain binomial. With many comments a
 * share must then be well above the usual one, not merely significantly above it, to surprise.
 */
export function betaBinomialUpperTail(k: number, n: number, p: number, concentration: number): number {
  if (!(n >= 0) || !(p > 0 && p < 1) || !(concentration > 0)) {
    throw new RangeError(`betaBinomialUpperTail: bad n=${n}, p=${p} or concentration=${concentration}`);
  }
  if (k <= 0) return 1;
  if (k > n) return 0;
  const a = concentration * p;
  const b = concentration * (1 - p);
  const logPmf =
    logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) +
    logGamma(k + a) + logGamma(n - k + b) - logGamma(n + a + b) -
    (logGamma(a) + logGamma(b) - logGamma(a + b));
  let term = Math.exp(logPmf);
  let sum = term;
  for (let i = k; i < n; i++) {
    term *= ((n - i) / (i + 1)) * ((i + a) / (n - i - 1 + b));
    sum += term;
    if (i > n * p && term < sum * 1e-15) break;
  }
  return Math.min(1, sum);
}
