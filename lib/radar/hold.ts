import { radarReasonText } from './messages';
import { DEFAULT_RADAR_SETTINGS, RADAR_LEVELS, levelRank, type RadarLevel, type RadarSettings, type RadarState } from './types';

/**
 * What the watcher remembers between assessments, so that a level rises at once but falls only
 * after `coolDownMinutes` without any signal at that level: the badge does not flap with each
 * comment, and a crisis is not declared over during a two-minute lull. Plain data: the background
 * can keep it in storage.
 */
export interface RadarTrack {
  level: RadarLevel;
  /** ISO time the current level was entered. */
  since: string;
  /** Last time (ms) each level was supported by an assessment. */
  lastSeen: Record<RadarLevel, number | null>;
  /** The reason given when the level was last supported (kept while the level is held). */
  reason: string;
  reasonKey: string;
  reasonParams: Record<string, string | number>;
}

export interface TrackedRadar {
  track: RadarTrack;
  /** The level to show: the assessed one, or a higher one still held. */
  level: RadarLevel;
  /** True when the level shown is higher than the assessment (cooling down). */
  held: boolean;
  /** True when the level shown differs from the previous one. */
  changed: boolean;
}

export function trackLevel(prev: RadarTrack | null, state: RadarState, settings: RadarSettings = DEFAULT_RADAR_SETTINGS): TrackedRadar {
  const now = Date.parse(state.at);
  const lastSeen: Record<RadarLevel, number | null> = prev ? { ...prev.lastSeen } : { calm: null, watch: null, alert: null, crisis: null };
  for (const l of RADAR_LEVELS) if (levelRank(l) <= levelRank(state.level)) lastSeen[l] = now;
  const reasonOf = { reason: state.reason, reasonKey: state.reasonKey, reasonParams: state.reasonParams };

  const prevLevel = prev?.level ?? 'calm';
  if (levelRank(state.level) >= levelRank(prevLevel)) {
    const changed = state.level !== prevLevel;
    return {
      track: { level: state.level, since: changed || !prev ? state.at : prev.since, lastSeen, ...reasonOf },
      level: state.level,
      held: false,
      changed,
    };
  }
  // Falling: keep the highest level seen within the cool-down, at least the assessed one.
  const coolMs = settings.coolDownMinutes * 60_000;
  let level: RadarLevel = state.level;
  for (let r = levelRank(prevLevel); r > levelRank(state.level); r--) {
    const l = RADAR_LEVELS[r];
    const seen = lastSeen[l];
    if (seen !== null && now - seen < coolMs) {
      level = l;
      break;
    }
  }
  const changed = level !== prevLevel;
  const held = level !== state.level;
  let keep = reasonOf;
  if (held && prev && !changed) {
    // Still held at the same level: the reason is the one that last supported it.
    keep = { reason: prev.reason, reasonKey: prev.reasonKey, reasonParams: prev.reasonParams };
  } else if (held) {
    // Stepped down but still above the assessment: say that it is easing, and since when.
    const lastSign = lastSeen[prevLevel] ?? now;
    const reasonParams = { minutes: Math.round((now - lastSign) / 60_000) };
    keep = { reason: radarReasonText('radar.reason.easing', reasonParams, 'en'), reasonKey: 'radar.reason.easing', reasonParams };
  }
  return {
    track: { level, since: changed ? state.at : (prev as RadarTrack).since, lastSeen, ...keep },
    level,
    held,
    changed,
  };
}
