/**
 * Crisis radar: the page's level (calm / watch / alert / crisis) from the comments' own timestamps
 * and verdicts, thread heat, replay of a series, notification policy and the dashboard timeline.
 * Pure functions of plain data: runs in the content script, the background, pages and Node.
 */
export type { RadarLevel, Observation, RadarSettings, RadarState, RadarSignal, Counts, ShareKind } from './types';
export { RADAR_LEVELS, DEFAULT_RADAR_SETTINGS, levelRank } from './types';
export { assessRadar, checkSettings } from './assess';
export { trackLevel, type RadarTrack, type TrackedRadar } from './hold';
export { replayRadar, replayRadarDetailed, type RadarChange, type RadarReplay } from './replay';
export { threadHeat, heatOf, type ThreadHeat, type ThreadHeatLevel, type ThreadHeatOptions } from './heat';
export { shouldNotify, DEFAULT_NOTIFY_INTERVAL_MS, MIN_URGENT_INTERVAL_MS } from './notify';
export { timeline, MAX_TIMELINE_BUCKETS, type TimelineBucket } from './timeline';
export { dedupObservations } from './series';
export { default as radarMessages, radarReasonText, formatDuration, RADAR_REASON_KEYS } from './messages';
