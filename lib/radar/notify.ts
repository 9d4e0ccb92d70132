import { levelRank, type RadarLevel } from './types';

export const DEFAULT_NOTIFY_INTERVAL_MS = 15 * 60_000;
/** Even an alert or a crisis is not announced twice within this (a level that flaps). */
export const MIN_URGENT_INTERVAL_MS = 60_000;

/**
 * Should a browser notification announce this level? Only when the level rises (never when it
 * falls or stays), never for 'calm', and rate-limited: a rise to 'watch' waits `minIntervalMs`
 * since the last notification; a rise to 'alert' or 'crisis' is announced unless one was shown in
 * the last minute, because a moderator who was told "watch" ten minutes ago must still hear "alert".
 */
export function shouldNotify(
  prev: RadarLevel,
  next: RadarLevel,
  lastNotifiedAt: number | null,
  now: number,
  minIntervalMs: number = DEFAULT_NOTIFY_INTERVAL_MS,
): boolean {
  if (levelRank(next) <= levelRank(prev) || next === 'calm') return false;
  if (lastNotifiedAt === null) return true;
  const since = now - lastNotifiedAt;
  const gap = levelRank(next) >= levelRank('alert') ? Math.min(MIN_URGENT_INTERVAL_MS, minIntervalMs) : minIntervalMs;
  return since >= gap;
}
