/**
 * Escalations: a packet built from what the page knows (thread, reasons, matched claim), stored
 * with its outbox entries, and delivered to the team's endpoints with retries and backoff driven
 * by alarms. The outbox survives the service worker stopping and the browser restarting; an entry
 * is delivered at most once (its state is saved before anything else happens, and the receiver
 * gets an Idempotency-Key for the rare case of a worker stopped mid-request).
 */
import { browser } from 'wxt/browser';
import { appendAudit, claims, createEscalation, dueOutbox, getSettings, recordDelivery } from '../../db';
import { buildPacket, deliver, type OutboxEntry } from '../../escalation';
import type { EscalationContext } from '../../messages';
import { sendToTab } from '../../messaging';
import type { BackgroundFeature } from '../feature';
import { getSelected, takePendingScreenshot } from '../tab-state';

const OUTBOX_ALARM = 'vigie-outbox';
/** The e2e and demo builds retry after about a second instead of thirty (their receivers are local). */
const BACKOFF_BASE_MS = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'demo' ? 1_000 : undefined;
/** While the worker is alive, a timer wakes it for the next due entry (alarms fire at most every 30 s). */
let wakeUp: ReturnType<typeof setTimeout> | null = null;

async function escalate(ctx: EscalationContext, note: string, severity: 'low' | 'medium' | 'high' | 'critical', screenshot: string | null): Promise<{ id: string }> {
  const v = ctx.verdict;
  const claimId = v.rumour.match?.claimId;
  const claim = claimId ? await claims.get(claimId) : undefined;
  const packet = buildPacket({
    platform: ctx.comment.platform,
    pageUrl: ctx.pageUrl,
    comment: { id: ctx.comment.id, text: ctx.comment.text, author: ctx.comment.author, permalink: ctx.comment.permalink, postedAt: ctx.comment.postedAt },
    thread: ctx.thread,
    verdict: {
      kinds: [...(v.hostility.flagged ? (['hostile'] as const) : []), ...(v.rumour.flagged || v.rumour.match ? (['rumour'] as const) : [])],
      hostilityScore: v.hostility.score,
      rumourScore: v.rumour.score,
      labels: v.hostility.labels,
      reasons: ctx.reasons,
    },
    matchedClaim: claim ? { id: claim.id, statement: claim.statement, status: claim.status, correctionLink: claim.correctionLink || undefined } : null,
    note,
    severity,
    screenshot,
  });
  await createEscalation(packet);
  await appendAudit({ kind: 'escalate', platform: packet.platform, commentId: packet.comment.id, escalationId: packet.id, detail: severity });
  void processOutbox();
  return { id: packet.id };
}

let running: Promise<void> | null = null;

/** Attempts every due entry, one at a time (one worker, one pass at a time). */
export function processOutbox(): Promise<void> {
  running ??= (async () => {
    try {
      for (const entry of await dueOutbox()) {
        const next: OutboxEntry = await deliver(entry, (url, init) => fetch(url, init), { baseMs: BACKOFF_BASE_MS });
        await recordDelivery(next);
        if (next.state !== 'pending' || next.attempts !== entry.attempts) {
          await appendAudit({ kind: 'delivery', escalationId: entry.escalationId, detail: `${next.state} ${next.lastError ?? ''}`.trim() });
        }
      }
    } finally {
      running = null;
    }
    await scheduleWakeUp();
  })();
  return running;
}

async function scheduleWakeUp(): Promise<void> {
  const pending = await dueOutbox(new Date(8.64e15));
  const next = Math.min(...pending.map((e) => Date.parse(e.nextAttemptAt ?? '')).filter(Number.isFinite));
  if (wakeUp) clearTimeout(wakeUp);
  wakeUp = Number.isFinite(next) ? setTimeout(() => void processOutbox(), Math.max(0, Math.min(next - Date.now(), 30_000))) : null;
}

export const escalationFeature: BackgroundFeature = {
  name: 'escalation',
  handlers: {
    'cs:escalate': async ({ note, severity, ...ctx }, sender) => escalate(ctx, note, severity, await takePendingScreenshot(sender.tab!.id!)),
    'ui:escalate': async ({ tabId, note, severity }) => {
      const selected = await getSelected(tabId);
      if (!selected) throw new Error('no comment is selected on this tab');
      const ctx = await sendToTab(tabId, 'bg:escalation-context', { commentId: selected.comment.id });
      let screenshot: string | null = null;
      if ((await getSettings()).escalationScreenshots) {
        // The popup was opened by a click on the toolbar button: activeTab is granted for this tab.
        const tab = await browser.tabs.get(tabId);
        screenshot = await browser.tabs.captureVisibleTab(tab.windowId!, { format: 'jpeg', quality: 70 }).catch(() => null);
      }
      return escalate(ctx, note, severity, screenshot);
    },
  },
  start() {
    browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 0.5 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === OUTBOX_ALARM) void processOutbox();
    });
    // A restarted browser or worker picks up what was waiting.
    void processOutbox();
  },
};
