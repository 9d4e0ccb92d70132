import { browser } from 'wxt/browser';
import { saveSettings } from '../db';
import { sendToTab } from '../messaging';
import type { Settings, SettingsPatch } from '../settings/schema';

/** Saves a settings change and pushes the result to every open tab: no reload needed. */
export async function saveAndBroadcast(patch: SettingsPatch): Promise<Settings> {
  const next = await saveSettings(patch);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((t) => typeof t.id === 'number')
      .map((t) => sendToTab(t.id!, 'bg:settings-changed', next).catch(() => undefined /* no content script there */)),
  );
  return next;
}
