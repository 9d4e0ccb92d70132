import { radarReasonText, formatDuration } from './messages';
import { betaBinomialUpperTail, binomialUpperTail, surprise } from './stats';
import { buildIndex, countRange, rangeIndices, type ObservationIndex } from './series';
import {
  DEFAULT_RADAR_SETTINGS,
  levelRank,
  type Counts,
  type Observation,
  type RadarLevel,
  type RadarSettings,
  type RadarSignal,
  type RadarState,
  type ShareKind,
} from './types';

const MINUTE = 60_000;

/**
 * The page's level now, from the comments posted up to `now` (later ones are ignored). Deduplicates
 * by comment id. Stateless: use `trackLevel` (lib/radar/hold.ts) to hold a level through a lull.
 */
export function assessRadar(observations: Observation[], now: Date, settings: RadarSettings = DEFAULT_RADAR_SETTINGS): RadarState {
  checkSettings(settings);
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError('assessRadar: invalid date');
  return assessIndex(buildIndex(observations), t, settings);
}

/** Throws on settings that would make the comparison meaningless (a zero-length window, shares outside (0,1)). */
export function checkSettings(s: RadarSettings): void {
  const positive: Array<keyof RadarSettings> = ['windowMinutes', 'baselineMinutes', 'shortWindowMinutes', 'priorWeight', 'shareConcentration'];
  for (const k of positive) if (!(s[k] > 0)) throw new RangeError(`radar settings: ${k} must be > 0 (got ${s[k]})`);
  for (const k of ['priorHostileShare', 'priorRumourShare'] as const) {
    if (!(s[k] > 0 && s[k] < 1)) throw new RangeError(`radar settings: ${k} must be between 0 and 1 (got ${s[k]})`);
  }
  if (!(s.priorHostileShare + s.priorRumourShare < 1)) throw new RangeError('radar settings: prior shares must add up to less than 1');
}

function countOf(c: Counts, kind: ShareKind): number {
  return kind === 'hostile' ? c.hostile : kind === 'rumour' ? c.rumour : c.hostile + c.rumour;
}

const pct = (x: number) => Math.round(x * 100);
const ratio1 = (x: number) => Math.round(x * 10) / 10;

/** The assessment itself, on a prepared index (replay calls this once per step). */
export function assessIndex(index: ObservationIndex, now: number, s: RadarSettings): RadarState {
  const W = s.windowMinutes * MINUTE;
  const S = Math.min(s.shortWindowMinutes, s.windowMinutes) * MINUTE;
  const B = s.baselineMinutes * MINUTE;
  const recent = countRange(index, now - W, now);
  const short = countRange(index, now - S, now);
  const baseCounts = countRange(index, now - W - B, now - W);
  const first = index.times.length > 0 ? index.times[0] : NaN;
  // The baseline only counts from the first comment seen: before it, nobody was watching.
  const baseFrom = Number.isNaN(first) ? now - W : Math.max(now - W - B, first);
  const baseMinutes = Math.max(0, (now - W - baseFrom) / MINUTE);

  const w = s.priorWeight;
  const baseShare: Record<ShareKind, number> = {
    hostile: (baseCounts.hostile + s.priorHostileShare * w) / (baseCounts.total + w),
    rumour: (baseCounts.rumour + s.priorRumourShare * w) / (baseCounts.total + w),
    flagged: (baseCounts.hostile + baseCounts.rumour + (s.priorHostileShare + s.priorRumourShare) * w) / (baseCounts.total + w),
  };

  // Volume: a look's count against the baseline rate over the same length of time.
  const ratePerMinute = baseMinutes >= s.minBaselineMinutes ? baseCounts.total / baseMinutes : null;
  const perWindow = ratePerMinute === null ? null : ratePerMinute * s.windowMinutes;
  const volumeRatio = perWindow === null ? null : recent.total / Math.max(perWindow, 1);

  const topClaim = topRecentClaim(index, now - W, now);
  const signals: RadarSignal[] = [];
  // The whole window, its second half and the short window: a surge that started twenty minutes
  // ago is diluted in the hour but plain in the last fifteen or thirty minutes.
  const looks: Array<{ c: Counts; minutes: number }> = [{ c: recent, minutes: s.windowMinutes }];
  const half = W / 2;
  if (half > S) looks.push({ c: countRange(index, now - half, now), minutes: half / MINUTE });
  if (S < W) looks.push({ c: short, minutes: S / MINUTE });
  for (const { c, minutes } of looks) {
    const volume = volumeLook(c.total, minutes, ratePerMinute, baseCounts.total, baseMinutes, s);
    if (volume && minutes === s.windowMinutes) signals.push(volume.signal);
    if (c.total < s.minComments) continue;
    for (const kind of ['hostile', 'rumour', 'flagged'] as const) {
      const sig = shareSignal(kind, c, minutes, baseShare[kind], volume?.ratio ?? null, topClaim, s);
      if (sig) signals.push(sig);
    }
  }
  signals.sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.surprise - a.surprise);

  const top = signals[0];
  let reasonKey: string;
  let reasonParams: Record<string, string | number>;
  if (top) {
    reasonKey = top.key;
    reasonParams = top.params;
  } else if (index.times.length === 0 || countRange(index, -Infinity, now).total === 0) {
    reasonKey = 'radar.reason.none';
    reasonParams = {};
  } else if (recent.total < s.minComments) {
    reasonKey = 'radar.reason.quiet';
    reasonParams = { total: recent.total, window: formatDuration(s.windowMinutes) };
  } else {
    reasonKey = 'radar.reason.steady';
    reasonParams = {
      total: recent.total,
      hostile: recent.hostile,
      rumour: recent.rumour,
      window: formatDuration(s.windowMinutes),
      baseline: formatDuration(baseMinutes),
    };
  }
  const level: RadarLevel = top ? top.level : 'calm';
  return {
    level,
    reason: radarReasonText(reasonKey, reasonParams, 'en'),
    reasonKey,
    reasonParams,
    at: new Date(now).toISOString(),
    recent,
    short: { ...short, minutes: S / MINUTE },
    baseline: {
      ...baseCounts,
      minutes: Math.round(baseMinutes * 10) / 10,
      perWindow,
      hostileShare: baseShare.hostile,
      rumourShare: baseShare.rumour,
    },
    hostileShare: recent.total > 0 ? recent.hostile / recent.total : null,
    rumourShare: recent.total > 0 ? recent.rumour / recent.total : null,
    velocity: (short.total * 60) / (S / MINUTE),
    volumeRatio,
    signals,
    topClaim,
  };
}

/**
 * Is this share of flagged comments out of the ordinary? Weighs the share against the baseline's
 * (exact binomial tail) and asks for a minimum number of extra flagged comments and a minimum lift,
 * so that neither a handful of comments at night nor a slightly rough hour on a busy page alarms.
 */
function shareSignal(
  kind: ShareKind,
  c: Counts,
  minutes: number,
  p0: number,
  /** The look's volume over the baseline rate when volume is significantly up, else null. */
  volumeUp: number | null,
  topClaim: { claimId: string; count: number } | null,
  s: RadarSettings,
): RadarSignal | null {
  const n = c.total;
  const k = countOf(c, kind);
  const share = k / n;
  const excess = k - n * p0;
  const lift = share - p0;
  if (excess < s.watchMinExcess || lift < s.watchMinLift) return null;
  const p = betaBinomialUpperTail(k, n, p0, s.shareConcentration);
  if (p >= s.watchPValue) return null;

  const alertShare = p < s.alertPValue && excess >= s.alertMinExcess && share >= Math.max(p0 + s.alertMinLift, p0 * s.alertMinFactor);
  // More comments than usual AND a rising share together are what a surge looks like: the share
  // then needs less evidence than on its own.
  const surgeShare =
    volumeUp !== null && p < s.surgePValue && excess >= s.surgeMinExcess && share >= Math.max(p0 + s.surgeMinLift, p0 * s.surgeMinFactor);
  let level: RadarLevel = 'watch';
  if (alertShare || surgeShare) {
    const crisis = excess >= s.crisisMinExcess && (lift >= s.crisisMinLift || (volumeUp !== null && volumeUp >= s.crisisVolumeRatio));
    level = crisis ? 'crisis' : 'alert';
  }
  const withClaim = kind === 'rumour' && topClaim !== null && topClaim.count >= 3;
  const family = volumeUp !== null ? 'surge' : 'share';
  const key = `radar.reason.${family}.${kind}${withClaim ? 'Claim' : ''}`;
  const params: Record<string, string | number> = {
    share: pct(share),
    baseShare: pct(p0),
    count: k,
    total: n,
    window: formatDuration(minutes),
  };
  if (volumeUp !== null) params.ratio = ratio1(volumeUp);
  if (withClaim) params.claimCount = (topClaim as { count: number }).count;
  return { level, key, params, surprise: surprise(p) };
}

/**
 * Is the volume of a look (the last `minutes`) well above the baseline rate? Tested conditionally
 * on the total of look and baseline (so a thin baseline is not taken for a certain one). The
 * minimum count scales with the look's length.
 */
function volumeLook(
  total: number,
  minutes: number,
  ratePerMinute: number | null,
  baseTotal: number,
  baseMinutes: number,
  s: RadarSettings,
): { ratio: number; signal: RadarSignal } | null {
  if (ratePerMinute === null) return null;
  const expected = ratePerMinute * minutes;
  const ratio = total / Math.max(expected, minutes / s.windowMinutes);
  if (ratio < s.watchVolumeRatio || total < (s.watchMinVolume * minutes) / s.windowMinutes) return null;
  const p = binomialUpperTail(total, total + baseTotal, minutes / (minutes + baseMinutes));
  if (p >= s.watchPValue) return null;
  return {
    ratio,
    signal: {
      level: 'watch',
      key: 'radar.reason.volume',
      params: {
        total,
        window: formatDuration(minutes),
        ratio: ratio1(ratio),
        expected: ratio1(expected),
        baseline: formatDuration(baseMinutes),
      },
      surprise: surprise(p),
    },
  };
}

/** The register claim most repeated among the rumours posted in (from, to]. */
function topRecentClaim(index: ObservationIndex, from: number, to: number): { claimId: string; count: number } | null {
  const [a, b] = rangeIndices(index, from, to);
  const counts = new Map<string, number>();
  for (let i = a; i < b; i++) {
    const o = index.items[i];
    if (o.verdict === 'rumour' && o.claimId) counts.set(o.claimId, (counts.get(o.claimId) ?? 0) + 1);
  }
  let best: { claimId: string; count: number } | null = null;
  for (const [claimId, count] of counts) if (!best || count > best.count || (count === best.count && claimId < best.claimId)) best = { claimId, count };
  return best;
}
