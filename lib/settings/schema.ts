import { z } from 'zod';
import { SENSITIVITIES } from '../types';

/**
 * The moderator's settings. One record, stored by the background in Dexie and pushed to open
 * content scripts when it changes (they cannot open the database themselves).
 */
const SETTINGS_FIELDS = {
  /** Interface language: 'auto' follows the browser. */
  locale: z.enum(['auto', 'en', 'fr']),
  sensitivity: z.enum(SENSITIVITIES),
  /** Scan every comment thread of the supported sites, or only the listed pages/accounts. */
  scanScope: z.enum(['all', 'listed']),
  /** URL prefixes or @handles scanned when scanScope is 'listed'. */
  scanList: z.array(z.string().trim().min(1).max(300)).max(200),
  /** Names that fill {brand} and {agent} in replies. */
  brandName: z.string().max(100),
  agentName: z.string().max(100),
  crisisMode: z.boolean(),
  /** Screenshots attached to escalations started from the popup or the shortcut. */
  escalationScreenshots: z.boolean(),
  notifications: z.boolean(),
  /** Observations older than this are purged (days). */
  retentionDays: z.number().int().min(1).max(365),
  radarWindowMinutes: z.number().int().min(10).max(24 * 60),
  radarBaselineMinutes: z.number().int().min(30).max(7 * 24 * 60),
};

export const DEFAULT_SETTINGS = {
  locale: 'auto',
  sensitivity: 'balanced',
  scanScope: 'all',
  scanList: [],
  brandName: '',
  agentName: '',
  crisisMode: false,
  escalationScreenshots: true,
  notifications: true,
  retentionDays: 30,
  radarWindowMinutes: 60,
  radarBaselineMinutes: 720,
} as const satisfies z.input<z.ZodObject<typeof SETTINGS_FIELDS>>;

/**
 * The moderator's settings. One record, stored by the background in Dexie and pushed to open
 * content scripts when it changes (they cannot open the database themselves). A record saved by
 * an older version gets the defaults of the fields it lacks.
 */
export const SettingsSchema = z.preprocess(
  (v) => (v && typeof v === 'object' ? { ...DEFAULT_SETTINGS, ...v } : v),
  z.object(SETTINGS_FIELDS),
);
export type Settings = z.infer<typeof SettingsSchema>;

/** A partial change from the options page, checked field by field (no defaults filled in). */
export const SettingsPatchSchema = z.object(SETTINGS_FIELDS).partial().strict();
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
