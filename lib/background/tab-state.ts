/**
 * What Vigie found on each tab and the comment the moderator selected there, kept in session
 * storage so that the popup and the in-page card agree, and so that a restarted service worker
 * still knows (session storage outlives the worker, not the browser).
 */
import { browser } from 'wxt/browser';
import { PageSummarySchema, SelectedCommentSchema, type PageSummary, type SelectedComment } from '../messages';

const summaryKey = (tabId: number) => `tab:${tabId}:summary`;
const selectedKey = (tabId: number) => `tab:${tabId}:selected`;

async function read<T>(key: string, parse: (v: unknown) => T | null): Promise<T | null> {
  const got = await browser.storage.session.get(key);
  return got[key] === undefined ? null : parse(got[key]);
}

export async function setSummary(tabId: number, summary: PageSummary): Promise<void> {
  await browser.storage.session.set({ [summaryKey(tabId)]: summary });
}

export function getSummary(tabId: number): Promise<PageSummary | null> {
  return read(summaryKey(tabId), (v) => PageSummarySchema.safeParse(v).data ?? null);
}

export async function setSelected(tabId: number, selected: SelectedComment): Promise<void> {
  await browser.storage.session.set({ [selectedKey(tabId)]: selected });
}

export function getSelected(tabId: number): Promise<SelectedComment | null> {
  return read(selectedKey(tabId), (v) => SelectedCommentSchema.safeParse(v).data ?? null);
}

const screenshotKey = (tabId: number) => `tab:${tabId}:screenshot`;
/** A screenshot is attached to an escalation started within this long after it was taken. */
const SCREENSHOT_TTL_MS = 5 * 60_000;

export async function setPendingScreenshot(tabId: number, dataUrl: string, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [screenshotKey(tabId)]: { dataUrl, at: now } });
}

/** Takes (and forgets) the screenshot waiting for this tab's next escalation, if still fresh. */
export async function takePendingScreenshot(tabId: number, now = Date.now()): Promise<string | null> {
  const key = screenshotKey(tabId);
  const got = (await browser.storage.session.get(key))[key] as { dataUrl?: unknown; at?: unknown } | undefined;
  await browser.storage.session.remove(key);
  if (!got || typeof got.dataUrl !== 'string' || typeof got.at !== 'number') return null;
  return now - got.at <= SCREENSHOT_TTL_MS ? got.dataUrl : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([summaryKey(tabId), selectedKey(tabId), screenshotKey(tabId)]);
}

/** Unhandled flags: flagged, not dismissed. */
export function unhandledCount(summary: PageSummary | null): number {
  return summary ? summary.flags.filter((f) => f.verdict !== 'ok' && !f.dismissed).length : 0;
}
