/**
 * The radar in the background: stores what the pages saw (deduplicated), assesses each page
 * against its own baseline, holds levels through short lulls, colours the toolbar badge, and
 * notifies (rate-limited) when a page's level rises.
 */
import { browser } from 'wxt/browser';
import { appendAudit, getSettings, listObservations, pageKeyOf, purgeObservations, recordObservations } from '../../db';
import { saveAndBroadcast } from '../settings-sync';
import { assessRadar, DEFAULT_RADAR_SETTINGS, shouldNotify, trackLevel, type RadarLevel, type RadarTrack } from '../../radar';
import { radarReasonText } from '../../radar';
import { resolveLocale } from '../../i18n';
import type { Settings } from '../../settings/schema';
import type { BackgroundFeature } from '../feature';

export const LEVEL_COLOURS: Record<RadarLevel, string> = {
  calm: '#2e7d32',
  watch: '#b26a00',
  alert: '#d84315',
  crisis: '#b71c1c',
};

const trackKey = (pageKey: string) => `radar:${pageKey}`;
const NOTIFIED_KEY = 'radar:lastNotifiedAt';
const PURGE_ALARM = 'vigie-purge-observations';

function radarSettings(s: Settings) {
  return { ...DEFAULT_RADAR_SETTINGS, windowMinutes: s.radarWindowMinutes, baselineMinutes: s.radarBaselineMinutes };
}

export const radarFeature: BackgroundFeature = {
  name: 'radar',
  handlers: {
    'cs:observe': async ({ platform, pageUrl, items }, sender) => {
      const settings = await getSettings();
      const rs = radarSettings(settings);
      await recordObservations(items.map((i) => ({ ...i, platform, pageUrl })));
      const now = new Date();
      const since = new Date(now.getTime() - (rs.windowMinutes + rs.baselineMinutes) * 60_000);
      const observations = await listObservations(pageUrl, since);
      const state = assessRadar(observations, now, rs);
      const key = trackKey(pageKeyOf(pageUrl));
      const stored = (await browser.storage.session.get(key))[key] as RadarTrack | undefined;
      const prevLevel = stored?.level ?? 'calm';
      const tracked = trackLevel(stored ?? null, state, rs);
      await browser.storage.session.set({ [key]: tracked.track });

      const tabId = sender.tab?.id;
      if (typeof tabId === 'number') {
        await browser.action.setBadgeBackgroundColor({ tabId, color: LEVEL_COLOURS[tracked.level] });
      }
      const locale = resolveLocale(settings.locale, browser.i18n.getUILanguage());
      const reason = radarReasonText(tracked.track.reasonKey, tracked.track.reasonParams, locale);
      if (settings.notifications) {
        const last = ((await browser.storage.session.get(NOTIFIED_KEY))[NOTIFIED_KEY] as number | undefined) ?? null;
        if (shouldNotify(prevLevel, tracked.level, last, now.getTime())) {
          await browser.storage.session.set({ [NOTIFIED_KEY]: now.getTime() });
          await browser.notifications.create(`vigie-radar-${now.getTime()}`, {
            type: 'basic',
            iconUrl: browser.runtime.getURL('/icon/128.png'),
            title: `Vigie: ${tracked.level.toUpperCase()} (${platform})`,
            message: reason,
          });
        }
      }
      return {
        level: tracked.level,
        reason,
        reasonKey: tracked.track.reasonKey,
        reasonParams: tracked.track.reasonParams,
        crisisMode: settings.crisisMode,
      };
    },
    'cs:set-crisis-mode': async ({ on }) => {
      await saveAndBroadcast({ crisisMode: on });
      await appendAudit({ kind: 'crisis-mode', detail: on ? 'on' : 'off' });
      return { ok: true as const };
    },
  },
  start() {
    // Retention: purge old observations once a day (alarms survive the worker stopping).
    browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    browser.alarms.onAlarm.addListener(async (alarm) => {
      if (alarm.name !== PURGE_ALARM) return;
      const { retentionDays } = await getSettings();
      await purgeObservations(retentionDays);
    });
  },
};
