import { browser } from 'wxt/browser';
import { getSettings, saveSettings } from '../../db';
import { sendToTab } from '../../messaging';
import type { Settings } from '../../settings/schema';
import type { BackgroundFeature } from '../feature';

/** Pushes new settings to every open tab of the supported sites: no reload needed. */
async function broadcast(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((t) => typeof t.id === 'number')
      .map((t) => sendToTab(t.id!, 'bg:settings-changed', settings).catch(() => undefined /* no content script there */)),
  );
}

export const settingsFeature: BackgroundFeature = {
  name: 'settings',
  handlers: {
    'cs:get-settings': () => getSettings(),
    'ui:get-settings': () => getSettings(),
    'ui:save-settings': async (patch) => {
      const next = await saveSettings(patch);
      await broadcast(next);
      return next;
    },
  },
};
