/**
 * The radar on series it was not tuned on: several pages of different sizes (seeded, so the
 * outcome is fixed), days of ordinary traffic with a daily rhythm and weekends, and surges of
 * different sizes. Ordinary traffic must stay below alert; a surge must reach alert within 30
 * minutes of its start.
 */
import { replayRadarDetailed } from '../../lib/radar';
import { minutesBetween, ordinaryTraffic, surge } from './generators';

const START = '2024-03-06T00:00:00.000Z'; // a Wednesday: the four days include a weekend

describe('radar robustness', () => {
  const pages = [
    { name: 'a small page', seed: 101, peakPerHour: 12, troughPerHour: 0.5, sharpness: 1, hostileShare: 0.08, rumourShare: 0.01, weekendFactor: 0.5 },
    { name: 'a medium page', seed: 102, peakPerHour: 80, troughPerHour: 5, sharpness: 2, hostileShare: 0.03, rumourShare: 0.02, weekendFactor: 1.4 },
    { name: 'a big page', seed: 103, peakPerHour: 400, troughPerHour: 40, sharpness: 1.5, hostileShare: 0.06, rumourShare: 0.01, weekendFactor: 0.8 },
  ];
  for (const p of pages) {
    it(`stays below alert through four ordinary days on ${p.name}`, () => {
      const series = ordinaryTraffic({ start: START, days: 4, rateNoise: 0.3, shareNoise: 0.3, ...p });
      const r = replayRadarDetailed(series);
      expect(r.firstAlertAt).toBeNull();
      expect(['calm', 'watch']).toContain(r.maxLevel);
    }, 60_000);
  }

  const surges = [
    { name: '×10 at 20 comments an hour, 45% hostile', rate: 20, mult: 10, share: 0.45, at: '2024-03-07T11:00:00.000Z' },
    { name: '×3 at 50 comments an hour, 45% hostile', rate: 50, mult: 3, share: 0.45, at: '2024-03-07T15:30:00.000Z' },
    { name: '×5 at 100 comments an hour, 30% hostile', rate: 100, mult: 5, share: 0.3, at: '2024-03-07T19:00:00.000Z' },
  ];
  for (const [i, s] of surges.entries()) {
    it(`reaches alert within 30 minutes of a surge: ${s.name}`, () => {
      const page = ordinaryTraffic({ seed: 200 + i, start: START, days: 2, peakPerHour: s.rate, troughPerHour: s.rate, hostileShare: 0.05, rumourShare: 0.01 });
      // The surge comments' own share is set so that the page as a whole shows `share` during it.
      const extra = surge({ seed: 300 + i, start: s.at, minutes: 90, perHour: s.rate * (s.mult - 1), hostileShare: (s.share * s.mult - 0.05) / (s.mult - 1), rumourShare: 0.01 });
      const r = replayRadarDetailed([...page, ...extra]);
      const lag = minutesBetween(s.at, r.firstAlertAt);
      expect(lag).not.toBeNull();
      expect(lag as number).toBeGreaterThanOrEqual(0);
      expect(lag as number).toBeLessThanOrEqual(30);
    }, 60_000);
  }
});
