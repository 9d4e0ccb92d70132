import { browser } from 'wxt/browser';
import { saveDismissal, appendAudit } from '../../db';
import type { BackgroundFeature } from '../feature';
import { forgetTab, getSelected, getSummary, setSelected, setSummary, unhandledCount } from '../tab-state';

function tabOf(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new Error('no tab');
  return id;
}

async function showCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}

/** What the content script found on each tab, the selected comment, and dismissals (kept as feedback). */
export const pageStateFeature: BackgroundFeature = {
  name: 'page-state',
  handlers: {
    'cs:page-summary': async (summary, sender) => {
      const tabId = tabOf(sender);
      await setSummary(tabId, summary);
      await showCount(tabId, unhandledCount(summary));
      return { ok: true as const };
    },
    'cs:select-comment': async (sel, sender) => {
      await setSelected(tabOf(sender), { ...sel, selectedAt: new Date().toISOString() });
      return { ok: true as const };
    },
    'cs:dismiss': async ({ comment, verdict }) => {
      const kinds = [
        ...(verdict.hostility.flagged ? (['hostile'] as const) : []),
        ...(verdict.rumour.flagged || verdict.rumour.match ? (['rumour'] as const) : []),
      ];
      await saveDismissal({
        platform: comment.platform,
        commentId: comment.id,
        verdictKinds: [...kinds],
        hostilityScore: verdict.hostility.score,
        rumourScore: verdict.rumour.score,
        lang: verdict.lang,
        text: comment.text,
      });
      await appendAudit({ kind: 'dismiss', platform: comment.platform, commentId: comment.id, detail: kinds.join(' ') });
      return { ok: true as const };
    },
    'ui:get-tab-state': async ({ tabId }) => ({ summary: await getSummary(tabId), selected: await getSelected(tabId) }),
  },
  start() {
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  },
};
