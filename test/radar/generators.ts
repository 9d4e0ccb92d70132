/**
 * Synthetic comment series for the radar's tests, from a seeded PRNG so that every run sees the
 * same comments. Traffic is an inhomogeneous Poisson process: a day-night rhythm, quieter (or
 * busier) weekends, hour-to-hour noise in both the rate and the shares of hostile and rumour
 * comments, the way a real brand page breathes.
 */
import type { Observation } from '../../lib/radar';
import type { VerdictKind } from '../../lib/types';

/** sfc32 seeded through splitmix32: small, fast, and free of the short-range patterns of simpler generators. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

function poisson(rand: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    // Normal approximation for big rates (Knuth's loop underflows).
    const g = gaussian(rand);
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * g));
  }
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface TrafficOptions {
  seed: number;
  /** ISO start. */
  start: string;
  days: number;
  /** Comments per hour at the daily peak and at the night trough. */
  peakPerHour: number;
  troughPerHour: number;
  /** UTC hour of the daily peak (default 14). */
  peakHour?: number;
  /** Exponent on the raised cosine: > 1 gives short busy days and long quiet nights, with steeper ramps. */
  sharpness?: number;
  hostileShare: number;
  rumourShare: number;
  /** Rate multiplier on Saturdays and Sundays (default 1). */
  weekendFactor?: number;
  /** Standard deviation of the hourly log-normal noise on the rate (default 0.25) and on the shares (default 0.4). */
  rateNoise?: number;
  shareNoise?: number;
  idPrefix?: string;
  threads?: number;
}

/** Days of ordinary traffic with a daily rhythm. */
export function ordinaryTraffic(o: TrafficOptions): Observation[] {
  const rand = prng(o.seed);
  const t0 = Date.parse(o.start);
  const peakHour = o.peakHour ?? 14;
  const sharp = o.sharpness ?? 1;
  const out: Observation[] = [];
  let hourRate = 1;
  let hourShare = 1;
  let rumourShare = 1;
  for (let m = 0; m < o.days * 24 * 60; m++) {
    const t = t0 + m * MINUTE;
    if (m % 60 === 0) {
      hourRate = Math.exp((o.rateNoise ?? 0.25) * gaussian(rand));
      hourShare = Math.exp((o.shareNoise ?? 0.4) * gaussian(rand));
      rumourShare = Math.exp((o.shareNoise ?? 0.4) * gaussian(rand));
    }
    const d = new Date(t);
    const h = d.getUTCHours() + d.getUTCMinutes() / 60;
    const cyc = Math.pow(0.5 + 0.5 * Math.cos((2 * Math.PI * (h - peakHour)) / 24), sharp);
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6 ? (o.weekendFactor ?? 1) : 1;
    const rate = (o.troughPerHour + (o.peakPerHour - o.troughPerHour) * cyc) * weekend * hourRate;
    const k = poisson(rand, rate / 60);
    for (let j = 0; j < k; j++) {
      const r = rand();
      const ph = Math.min(0.9, o.hostileShare * hourShare);
      const pr = Math.min(0.9 - ph, o.rumourShare * rumourShare);
      const verdict: VerdictKind = r < ph ? 'hostile' : r < ph + pr ? 'rumour' : 'ok';
      out.push(obs(out.length, o.idPrefix ?? 'c', t + Math.floor(rand() * MINUTE), verdict, rand, o.threads ?? 20));
    }
  }
  return out;
}

export interface SurgeOptions {
  seed: number;
  start: string;
  minutes: number;
  /** Extra comments per hour during the surge (on top of ordinary traffic). */
  perHour: number;
  hostileShare: number;
  rumourShare: number;
  /** Register claim repeated by the rumours (a rumour wave). */
  claimId?: string;
  /** The surge's thread (default: one thread gets everything). */
  threadId?: string;
  idPrefix?: string;
}

/** Extra comments of a surge, to be added to ordinary traffic. */
export function surge(o: SurgeOptions): Observation[] {
  const rand = prng(o.seed);
  const t0 = Date.parse(o.start);
  const out: Observation[] = [];
  for (let m = 0; m < o.minutes; m++) {
    const k = poisson(rand, o.perHour / 60);
    for (let j = 0; j < k; j++) {
      const r = rand();
      const verdict: VerdictKind = r < o.hostileShare ? 'hostile' : r < o.hostileShare + o.rumourShare ? 'rumour' : 'ok';
      const ob = obs(out.length, o.idPrefix ?? 's', t0 + m * MINUTE + Math.floor(rand() * MINUTE), verdict, rand, 1);
      ob.threadId = o.threadId ?? 'surge-thread';
      if (verdict === 'rumour' && o.claimId) ob.claimId = o.claimId;
      out.push(ob);
    }
  }
  return out;
}

/** Average ordinary rate (comments per hour) of a series over the hour before `at`. */
export function rateBefore(series: Observation[], at: string): number {
  const t = Date.parse(at);
  return series.filter((o) => {
    const p = Date.parse(o.postedAt);
    return p > t - HOUR && p <= t;
  }).length;
}

function obs(i: number, prefix: string, t: number, verdict: VerdictKind, rand: () => number, threads: number): Observation {
  return { commentId: `${prefix}${i}`, threadId: `t${Math.floor(rand() * threads)}`, postedAt: new Date(t).toISOString(), verdict };
}

/** Minutes from `from` to `to` (ISO), or null when `to` is null. */
export function minutesBetween(from: string, to: string | null): number | null {
  return to === null ? null : (Date.parse(to) - Date.parse(from)) / MINUTE;
}
