/**
 * The content script's life on a page, shared by the three platforms: fetch the settings, follow
 * their changes, and (with the adapter) scan and flag comments. Runs in the isolated world; never
 * opens the database.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createRouter } from '../messaging';
import { send } from '../messaging';
import type { Settings } from '../settings/schema';
import type { Platform } from '../types';

export interface PageRuntime {
  platform: Platform;
  settings: Settings;
}

export async function runOnPage(ctx: ContentScriptContext, platform: Platform): Promise<PageRuntime> {
  const runtime: PageRuntime = { platform, settings: await send('cs:get-settings', {}) };
  const root = document.documentElement;
  const showSettings = () => {
    // Page hooks for integration tests and for the moderator's own tooling.
    root.dataset.vigie = platform;
    root.dataset.vigieSensitivity = runtime.settings.sensitivity;
  };
  showSettings();
  const listener = createRouter(
    {
      'bg:settings-changed': (settings) => {
        runtime.settings = settings;
        showSettings();
        return { ok: true as const };
      },
    },
    { context: 'content' },
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  return runtime;
}
