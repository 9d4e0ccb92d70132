import { assessIndex, checkSettings } from './assess';
import { trackLevel, type RadarTrack } from './hold';
import { buildIndex } from './series';
import { DEFAULT_RADAR_SETTINGS, levelRank, type Observation, type RadarLevel, type RadarSettings } from './types';

export interface RadarChange {
  at: string;
  level: RadarLevel;
  reason: string;
  reasonKey: string;
  reasonParams: Record<string, string | number>;
}

export interface RadarReplay {
  /** Level changes from the initial 'calm', in time order. */
  changes: RadarChange[];
  /** ISO times the replay covered: the first comment to the last one plus one window; null without comments. */
  start: string | null;
  end: string | null;
  firstAlertAt: string | null;
  maxLevel: RadarLevel;
  minutesAtLevel: Record<RadarLevel, number>;
}

const MINUTE = 60_000;

/**
 * Replays the radar as if the moderator had watched the page from the first comment on: it is
 * assessed at each comment's posting time and at every step in between (so that levels also fall
 * when nothing is posted), seeing only comments posted so far, with the level held through lulls
 * as the live radar does.
 */
export function replayRadarDetailed(
  observations: Observation[],
  settings: RadarSettings = DEFAULT_RADAR_SETTINGS,
  stepMinutes = 1,
): RadarReplay {
  checkSettings(settings);
  if (!(stepMinutes > 0)) throw new RangeError(`replayRadar: stepMinutes must be > 0 (got ${stepMinutes})`);
  const minutesAtLevel: Record<RadarLevel, number> = { calm: 0, watch: 0, alert: 0, crisis: 0 };
  const index = buildIndex(observations);
  const n = index.times.length;
  if (n === 0) return { changes: [], start: null, end: null, firstAlertAt: null, maxLevel: 'calm', minutesAtLevel };

  const start = index.times[0];
  const end = index.times[n - 1] + settings.windowMinutes * MINUTE;
  const step = stepMinutes * MINUTE;
  const changes: RadarChange[] = [];
  let track: RadarTrack | null = null;
  let level: RadarLevel = 'calm';
  let maxLevel: RadarLevel = 'calm';
  let firstAlertAt: string | null = null;
  let lastT = start;

  // Merge the comment times with the clock ticks (every step, on whole minutes).
  let i = 0;
  let tick = Math.ceil(start / MINUTE) * MINUTE;
  while (i < n || tick <= end) {
    let t: number;
    if (i < n && index.times[i] <= tick) {
      t = index.times[i];
      while (i < n && index.times[i] === t) i++;
      if (tick === t) tick += step;
    } else {
      t = tick;
      tick += step;
    }
    if (t > end) break;
    minutesAtLevel[level] += (t - lastT) / MINUTE;
    lastT = t;
    const state = assessIndex(index, t, settings);
    const tracked = trackLevel(track, state, settings);
    track = tracked.track;
    if (tracked.level !== level) {
      level = tracked.level;
      changes.push({ at: state.at, level, reason: track.reason, reasonKey: track.reasonKey, reasonParams: track.reasonParams });
      if (levelRank(level) > levelRank(maxLevel)) maxLevel = level;
      if (firstAlertAt === null && levelRank(level) >= levelRank('alert')) firstAlertAt = state.at;
    }
  }
  minutesAtLevel[level] += (end - lastT) / MINUTE;
  for (const l of Object.keys(minutesAtLevel) as RadarLevel[]) minutesAtLevel[l] = Math.round(minutesAtLevel[l] * 10) / 10;
  return {
    changes,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    firstAlertAt,
    maxLevel,
    minutesAtLevel,
  };
}

/** Level changes only: `{ at, level, reason }` (English reason). */
export function replayRadar(
  observations: Observation[],
  settings: RadarSettings = DEFAULT_RADAR_SETTINGS,
  stepMinutes = 1,
): Array<{ at: string; level: RadarLevel; reason: string }> {
  return replayRadarDetailed(observations, settings, stepMinutes).changes.map(({ at, level, reason }) => ({ at, level, reason }));
}
