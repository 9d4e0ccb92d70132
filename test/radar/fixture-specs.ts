/** The series behind test/fixtures/radar/*.jsonl, with the facts the tests check them against. */
import type { Observation } from '../../lib/radar';
import { ordinaryTraffic, surge } from './generators';

const dayNight = { peakPerHour: 40, troughPerHour: 3, sharpness: 1.5, hostileShare: 0.05, rumourShare: 0.01, weekendFactor: 0.7 };

export const SURGE_START = '2024-03-05T14:00:00.000Z';
export const RUMOUR_WAVE_START = '2024-03-05T10:00:00.000Z';

export const FIXTURES: Record<string, { build: () => Observation[] }> = {
  /** Thursday to Sunday of ordinary traffic: must stay below alert. */
  'ordinary-4days': { build: () => ordinaryTraffic({ seed: 11, start: '2024-03-07T00:00:00.000Z', days: 4, ...dayNight }) },
  /** Two days of the same page with a hostile surge at SURGE_START (about ×5 the volume, 45% hostile). */
  surge: {
    build: () => [
      ...ordinaryTraffic({ seed: 12, start: '2024-03-04T00:00:00.000Z', days: 2, ...dayNight }),
      ...surge({ seed: 13, start: SURGE_START, minutes: 90, perHour: 160, hostileShare: 0.45, rumourShare: 0.05 }),
    ],
  },
  /** A busy page, 150 comments an hour all day, nothing unusual. */
  'steady-high': {
    build: () =>
      ordinaryTraffic({ seed: 14, start: '2024-03-04T06:00:00.000Z', days: 0.5, peakPerHour: 150, troughPerHour: 150, hostileShare: 0.06, rumourShare: 0.01 }),
  },
  /** Three comments, all hostile: too few to say anything. */
  sparse: {
    build: () =>
      ['2024-03-04T10:00:00Z', '2024-03-04T10:05:00Z', '2024-03-04T10:07:00Z'].map((t, i) => ({
        commentId: `sparse-${i}`,
        postedAt: new Date(t).toISOString(),
        verdict: 'hostile' as const,
        threadId: 't1',
      })),
  },
  /** A day and a half, then the same claim repeated by many (rumour share ~40%, volume ×4). */
  'rumour-wave': {
    build: () => [
      ...ordinaryTraffic({ seed: 15, start: '2024-03-04T00:00:00.000Z', days: 1.5, ...dayNight }),
      ...surge({ seed: 16, start: RUMOUR_WAVE_START, minutes: 90, perHour: 100, hostileShare: 0.05, rumourShare: 0.5, claimId: 'claim-recall' }),
    ],
  },
};
