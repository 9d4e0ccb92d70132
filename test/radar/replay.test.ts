import { DEFAULT_RADAR_SETTINGS, replayRadar, replayRadarDetailed, type Observation } from '../../lib/radar';
import { minutesBetween, ordinaryTraffic, prng, surge } from './generators';

const dayNight = { peakPerHour: 50, troughPerHour: 3, sharpness: 1.5, hostileShare: 0.05, rumourShare: 0.01, weekendFactor: 0.7 };

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  const rand = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('replayRadar', () => {
  const SURGE = '2024-03-05T13:00:00.000Z';
  const series: Observation[] = [
    ...ordinaryTraffic({ seed: 21, start: '2024-03-04T00:00:00.000Z', days: 2, ...dayNight }),
    ...surge({ seed: 22, start: SURGE, minutes: 60, perHour: 200, hostileShare: 0.4, rumourShare: 0.05 }),
  ];

  it('reports the first alert within 30 minutes of a surge and none before it', () => {
    const r = replayRadarDetailed(series);
    const first = r.changes.find((c) => c.level === 'alert' || c.level === 'crisis');
    expect(first).toBeDefined();
    const minutes = minutesBetween(SURGE, r.firstAlertAt) as number;
    expect(minutes).toBeGreaterThanOrEqual(0);
    expect(minutes).toBeLessThanOrEqual(30);
    expect(first?.at).toBe(r.firstAlertAt);
  });

  it('falls back to calm after the surge', () => {
    const changes = replayRadar(series);
    expect(changes[changes.length - 1].level).toBe('calm');
    for (let i = 1; i < changes.length; i++) expect(changes[i].level).not.toBe(changes[i - 1].level);
  });

  it('gives the same answer whatever the order of the rows', () => {
    expect(replayRadar(shuffled(series, 5))).toEqual(replayRadar(series));
  });

  it('accounts for every minute from the first comment to one window after the last', () => {
    const r = replayRadarDetailed(series);
    const total = Object.values(r.minutesAtLevel).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(minutesBetween(r.start as string, r.end as string) as number, 0);
    expect(r.maxLevel).toBe('crisis');
  });

  it('replays nothing from no comments', () => {
    const r = replayRadarDetailed([]);
    expect(r).toMatchObject({ changes: [], start: null, firstAlertAt: null, maxLevel: 'calm' });
  });

  it('refuses a step that would never end', () => {
    expect(() => replayRadar(series, DEFAULT_RADAR_SETTINGS, 0)).toThrow(RangeError);
  });
});
