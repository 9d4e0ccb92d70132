/**
 * Keyboard shortcuts: open the suggestion card, or the escalation form, for the comment under
 * focus or under the pointer. The shortcut grants activeTab, so the escalation shortcut takes a
 * screenshot of the visible tab right away (a click inside the page would grant nothing).
 */
import { browser } from 'wxt/browser';
import { getSettings } from '../../db';
import { sendToTab } from '../../messaging';
import type { BackgroundFeature } from '../feature';
import { setPendingScreenshot } from '../tab-state';

export const commandsFeature: BackgroundFeature = {
  name: 'commands',
  start() {
    browser.commands.onCommand.addListener(async (command, tab) => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (typeof target?.id !== 'number') return;
      const name = command === 'suggest-reply' ? 'suggest' : command === 'escalate-comment' ? 'escalate' : null;
      if (!name) return;
      if (name === 'escalate' && (await getSettings()).escalationScreenshots) {
        try {
          const dataUrl = await browser.tabs.captureVisibleTab(target.windowId!, { format: 'jpeg', quality: 70 });
          await setPendingScreenshot(target.id, dataUrl);
        } catch (e) {
          console.warn('[vigie] screenshot not taken', e);
        }
      }
      await sendToTab(target.id, 'bg:command', { name }).catch((e) => console.warn('[vigie] shortcut ignored:', (e as Error).message));
    });
  },
};
