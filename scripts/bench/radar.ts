/**
 * Radar speed: one assessment on a page's worth of observations (the content script and the
 * background run it on each new batch; it must stay far below a 50 ms long task) and the replay of
 * a week minute by minute (what the eval task and the after-action report do).
 */
import { assessRadar, replayRadarDetailed, threadHeat, type Observation } from '../../lib/radar';

/** A deterministic week of traffic (LCG), about 40 comments an hour by day, 5% hostile. */
function week(): Observation[] {
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const start = Date.parse('2024-03-04T00:00:00Z');
  const out: Observation[] = [];
  for (let m = 0; m < 7 * 24 * 60; m++) {
    const h = (m / 60) % 24;
    const rate = (3 + 37 * (0.5 + 0.5 * Math.cos((2 * Math.PI * (h - 14)) / 24))) / 60;
    if (rand() < rate) {
      const r = rand();
      out.push({
        commentId: `c${out.length}`,
        threadId: `t${Math.floor(rand() * 30)}`,
        postedAt: new Date(start + m * 60_000).toISOString(),
        verdict: r < 0.05 ? 'hostile' : r < 0.06 ? 'rumour' : 'ok',
      });
    }
  }
  return out;
}

function timeIt(fn: () => void, repeat: number): number {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - t0) / repeat;
}

export async function run(): Promise<object[]> {
  const obs = week();
  const now = new Date(Date.parse(obs[obs.length - 1].postedAt));
  const assessMs = timeIt(() => assessRadar(obs, now), 20);
  const heatMs = timeIt(() => threadHeat(obs), 20);
  const replayMs = timeIt(() => replayRadarDetailed(obs), 1);
  return [
    { bench: 'radar.assess', observations: obs.length, ms: Math.round(assessMs * 100) / 100 },
    { bench: 'radar.threadHeat', observations: obs.length, ms: Math.round(heatMs * 100) / 100 },
    { bench: 'radar.replayWeek', observations: obs.length, ms: Math.round(replayMs) },
  ];
}
