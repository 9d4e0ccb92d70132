import { assessRadar, DEFAULT_RADAR_SETTINGS, radarReasonText, type Observation } from '../../lib/radar';
import { ordinaryTraffic, surge } from './generators';

const dayNight = { peakPerHour: 60, troughPerHour: 4, sharpness: 1.5, hostileShare: 0.05, rumourShare: 0.01, weekendFactor: 0.7 };
const at = (iso: string) => new Date(iso);
const plusMinutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000);

function obs(id: string, postedAt: string, verdict: Observation['verdict'], threadId = 't1'): Observation {
  return { commentId: id, postedAt, verdict, threadId };
}

describe('assessRadar', () => {
  const SURGE = '2024-03-05T15:00:00.000Z';
  const page = ordinaryTraffic({ seed: 3, start: '2024-03-04T00:00:00.000Z', days: 2, ...dayNight });
  const wave = surge({ seed: 4, start: SURGE, minutes: 60, perHour: 240, hostileShare: 0.45, rumourShare: 0.03 });
  const withSurge = [...page, ...wave];

  it('is calm on an ordinary afternoon', () => {
    const s = assessRadar(page, at('2024-03-05T15:30:00.000Z'));
    expect(s.level).toBe('calm');
    expect(s.reasonKey).toBe('radar.reason.steady');
    expect(s.baseline.minutes).toBe(720);
  });

  it('sees nothing of a surge before it starts, and alerts on it within half an hour', () => {
    expect(assessRadar(withSurge, plusMinutes(SURGE, -1)).level).toBe('calm');
    const after = assessRadar(withSurge, plusMinutes(SURGE, 30));
    expect(['alert', 'crisis']).toContain(after.level);
    expect(after.hostileShare).toBeGreaterThan(0.25);
    expect(after.reason).toMatch(/hostile( and rumour)? share \d+%.* vs \d+% before \(\d+ of \d+ comments/);
  });

  it('ignores comments posted after "now"', () => {
    const before = assessRadar(withSurge, plusMinutes(SURGE, -1));
    const onlyPast = assessRadar(page, plusMinutes(SURGE, -1));
    expect(before.recent).toEqual(onlyPast.recent);
  });

  it('counts a comment once however often it was observed', () => {
    const once = assessRadar(withSurge, plusMinutes(SURGE, 20));
    const twice = assessRadar([...withSurge, ...wave], plusMinutes(SURGE, 20));
    expect(twice.recent).toEqual(once.recent);
    expect(twice.level).toBe(once.level);
  });

  it('keeps the latest verdict of a re-classified comment', () => {
    const first = obs('a', '2024-03-04T10:00:00.000Z', 'ok');
    const again = { ...first, verdict: 'hostile' as const };
    expect(assessRadar([first, again], at('2024-03-04T10:10:00.000Z')).recent).toEqual({ total: 1, hostile: 1, rumour: 0 });
  });

  it('says nothing is seen yet without comments, and never divides by zero', () => {
    const s = assessRadar([], at('2024-03-04T10:00:00.000Z'));
    expect(s.level).toBe('calm');
    expect(s.reasonKey).toBe('radar.reason.none');
    expect(s.hostileShare).toBeNull();
    expect(s.volumeRatio).toBeNull();
    expect(s.baseline.perWindow).toBeNull();
    expect(Number.isFinite(s.velocity)).toBe(true);
  });

  it('does not alert on three hostile comments', () => {
    const three = ['10:00', '10:05', '10:07'].map((t, i) => obs(`h${i}`, `2024-03-04T${t}:00.000Z`, 'hostile'));
    const s = assessRadar(three, at('2024-03-04T10:08:00.000Z'));
    expect(s.level).toBe('calm');
    expect(s.reasonKey).toBe('radar.reason.quiet');
    expect(s.reason).toBe('3 comments in the last 1 h: too few to judge');
    expect(s.hostileShare).toBe(1);
  });

  it('stays calm on steady high traffic', () => {
    const busy = ordinaryTraffic({ seed: 5, start: '2024-03-04T00:00:00.000Z', days: 1, peakPerHour: 300, troughPerHour: 300, hostileShare: 0.06, rumourShare: 0.01 });
    for (const h of ['06', '12', '18', '23']) expect(assessRadar(busy, at(`2024-03-04T${h}:30:00.000Z`)).level).toBe('calm');
  });

  it('raises a volume-only jump to watch at most', () => {
    // Same page, then the volume multiplied by 6 with the usual 5% hostile share.
    const viral = surge({ seed: 6, start: SURGE, minutes: 60, perHour: 300, hostileShare: 0.05, rumourShare: 0.01 });
    const s = assessRadar([...page, ...viral], plusMinutes(SURGE, 45));
    expect(s.level).toBe('watch');
    expect(s.reasonKey).toBe('radar.reason.volume');
    expect(s.volumeRatio).toBeGreaterThan(4);
  });

  it('names the repeated claim in a rumour wave', () => {
    const rumours = surge({ seed: 7, start: SURGE, minutes: 60, perHour: 150, hostileShare: 0.02, rumourShare: 0.5, claimId: 'claim-recall' });
    const s = assessRadar([...page, ...rumours], plusMinutes(SURGE, 30));
    expect(['alert', 'crisis']).toContain(s.level);
    expect(s.topClaim?.claimId).toBe('claim-recall');
    expect(s.reasonKey).toMatch(/^radar\.reason\.(share|surge)\.rumourClaim$/);
    expect(s.reason).toMatch(/the same claim \d+ times/);
  });

  it('gives the reason in French from the same key and parameters', () => {
    const s = assessRadar(withSurge, plusMinutes(SURGE, 30));
    const fr = radarReasonText(s.reasonKey, s.reasonParams, 'fr');
    expect(fr).toMatch(/part (hostile|hostile ou rumeur) \d+ %/);
    expect(fr).not.toMatch(/\{\w+\}/);
  });

  it('uses a configurable window and baseline', () => {
    const s = assessRadar(page, at('2024-03-05T15:30:00.000Z'), { ...DEFAULT_RADAR_SETTINGS, windowMinutes: 30, baselineMinutes: 180 });
    expect(s.baseline.minutes).toBe(180);
    expect(s.reasonParams.window).toBe('30 min');
  });

  it('rejects settings that make no sense', () => {
    expect(() => assessRadar(page, at(SURGE), { ...DEFAULT_RADAR_SETTINGS, windowMinutes: 0 })).toThrow(/windowMinutes/);
    expect(() => assessRadar(page, at(SURGE), { ...DEFAULT_RADAR_SETTINGS, priorHostileShare: 1 })).toThrow(/priorHostileShare/);
    expect(() => assessRadar(page, new Date('nope'))).toThrow(RangeError);
  });
});
