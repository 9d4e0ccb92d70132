import { liveQuery, type Observable } from 'dexie';
import { SettingsPatchSchema, SettingsSchema, type Settings, type SettingsPatch } from '../settings/schema';
import { validate } from './collection';
import { db } from './database';

const KEY = 'settings';

/** The settings, with defaults for anything never saved (or saved by an older version). */
export async function getSettings(): Promise<Settings> {
  const row = await db().settings.get(KEY);
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** Applies a validated partial change and returns the new settings. */
export async function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const clean = validate(SettingsPatchSchema, patch, 'settings');
  return db().transaction('rw', db().settings, async () => {
    const next = validate(SettingsSchema, { ...(await getSettings()), ...clean }, 'settings');
    await db().settings.put({ key: KEY, value: next });
    return next;
  });
}

export function watchSettings(): Observable<Settings> {
  return liveQuery(getSettings);
}

