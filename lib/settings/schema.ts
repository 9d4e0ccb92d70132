import { z } from 'zod';
import { SENSITIVITIES } from '../types';

/**
 * The moderator's settings. One record, stored by the background in Dexie and pushed to open
 * content scripts when it changes (they cannot open the database themselves).
 */
export const SettingsSchema = z.object({
  /** Interface language: 'auto' follows the browser. */
  locale: z.enum(['auto', 'en', 'fr']).default('auto'),
  sensitivity: z.enum(SENSITIVITIES).default('balanced'),
  /** Scan every comment thread of the supported sites, or only the listed pages/accounts. */
  scanScope: z.enum(['all', 'listed']).default('all'),
  /** URL prefixes or @handles scanned when scanScope is 'listed'. */
  scanList: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
  /** Names that fill {brand} and {agent} in replies. */
  brandName: z.string().max(100).default(''),
  agentName: z.string().max(100).default(''),
  crisisMode: z.boolean().default(false),
  /** Screenshots attached to escalations started from the popup or the shortcut. */
  escalationScreenshots: z.boolean().default(true),
  notifications: z.boolean().default(true),
  /** Observations older than this are purged (days). */
  retentionDays: z.number().int().min(1).max(365).default(30),
  radarWindowMinutes: z.number().int().min(10).max(24 * 60).default(60),
  radarBaselineMinutes: z.number().int().min(30).max(7 * 24 * 60).default(720),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** A partial change from the options page, checked field by field. */
export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** True when the page at `url` is in the moderator's scanning scope. */
export function inScanScope(settings: Settings, url: string): boolean {
  if (settings.scanScope === 'all') return true;
  const u = url.toLowerCase();
  return settings.scanList.some((entry) => {
    const e = entry.toLowerCase();
    if (e.startsWith('@')) {
      const handle = e.slice(1);
      return new RegExp(`^https://[^/]+/${escapeRegExp(handle)}(?:[/?#]|$)`).test(u);
    }
    return u.startsWith(e);
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
