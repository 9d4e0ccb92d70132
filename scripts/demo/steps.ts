/**
 * The headless demo's steps, driving Vigie's in-page UI the way a person would: the badge's
 * buttons, the suggestion card, the escalation form, all inside Vigie's open shadow roots (normal
 * Playwright locators pierce them). Hooks relied on: data-vigie-id / data-vigie-verdict /
 * data-vigie-flags on comments; .vg-badge[data-vigie-comment-id], [data-action=suggest|escalate|insert],
 * .vg-card[data-comment-id], [role=option], [data-preview], .vg-status[data-status],
 * [data-testid=vigie-escalate-send], .vg-radar[data-level], [data-banner=crisis-offer].
 */
import type { Page } from 'playwright-core';
import type { RadarLevelName } from './summary';

export interface DemoPageHooks {
  start(): void;
  arrived(): number;
  pending(): number;
  composers(): Array<{ where: string; text: string }>;
  posted: boolean;
  errors: string[];
}

type DemoWindow = Window & { __demo: DemoPageHooks };

export async function waitForVigie(page: Page, platform: string, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction((p) => document.documentElement.dataset.vigie === p, platform, { timeout: timeoutMs });
}

export async function waitForFlags(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[data-vigie-flags*="hostile"], [data-vigie-flags*="rumour"]').length > 0, undefined, { timeout: timeoutMs });
}

export async function startArrivals(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as DemoWindow).__demo.start());
}

export async function pendingArrivals(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as DemoWindow).__demo.pending());
}

export async function composers(page: Page): Promise<Array<{ where: string; text: string }>> {
  return page.evaluate(() => (window as unknown as DemoWindow).__demo.composers());
}

export async function pageErrors(page: Page): Promise<{ posted: boolean; errors: string[] }> {
  return page.evaluate(() => ({ posted: (window as unknown as DemoWindow).__demo.posted, errors: (window as unknown as DemoWindow).__demo.errors }));
}

export async function radarLevel(page: Page): Promise<RadarLevelName | null> {
  const radar = page.locator('.vg-radar').first();
  if ((await radar.count()) === 0) return null;
  return (await radar.getAttribute('data-level')) as RadarLevelName | null;
}

export interface PageCountsRaw {
  seen: number;
  hostile: number;
  rumour: number;
  matched: number;
}

export async function countFlags(page: Page): Promise<PageCountsRaw> {
  // No named helper inside: tsx would wrap it in a __name() call that does not exist in the page.
  const dom = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('[data-vigie-id]'));
    return {
      seen: new Set(all.map((el) => el.getAttribute('data-vigie-id'))).size,
      hostile: all.filter((el) => (el.getAttribute('data-vigie-flags') ?? '').split(' ').includes('hostile')).length,
      rumour: all.filter((el) => (el.getAttribute('data-vigie-flags') ?? '').split(' ').includes('rumour')).length,
    };
  });
  const matched = await page.locator('.vg-badge__claim').count();
  return { ...dom, matched };
}

/** Every comment the page marked, by id, with its flags (data-vigie-flags), and the sensitivity in force. */
export async function flagsById(page: Page): Promise<{ flags: Record<string, string[]>; sensitivity: string | null }> {
  return page.evaluate(() => {
    const flags: Record<string, string[]> = {};
    for (const el of Array.from(document.querySelectorAll('[data-vigie-id]'))) {
      const list = (el.getAttribute('data-vigie-flags') ?? '').split(' ').filter(Boolean);
      flags[el.getAttribute('data-vigie-id') ?? ''] = list;
    }
    return { flags, sensitivity: document.documentElement.getAttribute('data-vigie-sensitivity') };
  });
}

/** Ids of comments flagged as `kind`, in page order. */
export async function flaggedIds(page: Page, kind: 'hostile' | 'rumour'): Promise<string[]> {
  return page.evaluate(
    (k) => Array.from(document.querySelectorAll(`[data-vigie-flags~="${k}"]`)).map((el) => el.getAttribute('data-vigie-id') ?? ''),
    kind,
  );
}

/** The latest comment matching the register claim that most comments on the page match, or null. */
export async function mostRepeatedClaimComment(page: Page): Promise<string | null> {
  const claims = page.locator('.vg-badge__claim');
  const byClaim = new Map<string, string[]>();
  for (let i = 0; i < (await claims.count()); i += 1) {
    const claim = claims.nth(i);
    const claimId = (await claim.getAttribute('data-claim-id')) ?? '';
    const commentId = await claim.evaluate((el) => el.closest('.vg-badge')?.getAttribute('data-vigie-comment-id') ?? null);
    if (commentId) byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), commentId]);
  }
  const best = [...byClaim.values()].sort((a, b) => b.length - a.length)[0];
  return best ? best[best.length - 1] : null;
}

function badge(page: Page, id: string) {
  return page.locator(`.vg-badge[data-vigie-comment-id="${id}"]`);
}

/** Opens the badge's explanation (pinned, as a click does) and presses one of its actions. */
export async function pressBadgeAction(page: Page, id: string, action: 'suggest' | 'escalate' | 'dismiss'): Promise<void> {
  const b = badge(page, id);
  await b.scrollIntoViewIfNeeded();
  const toggle = b.locator('.vg-badge__toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await b.locator(`[data-action="${action}"]`).click();
}

export interface InsertOutcome {
  status: string;
  preview: string;
  replyTitle: string;
}

/** Suggest → the first reply → fills what is missing → Insert; returns the card's status. */
export async function suggestAndInsert(page: Page, id: string, shot: (name: string) => Promise<void>): Promise<InsertOutcome> {
  await pressBadgeAction(page, id, 'suggest');
  const card = page.locator(`.vg-card[data-comment-id="${id}"]`);
  const first = card.locator('[role=option]').first();
  await first.waitFor({ state: 'visible', timeout: 15_000 });
  await card.scrollIntoViewIfNeeded();
  await shot('suggestion-card');
  const replyTitle = ((await first.locator('.vg-option__title').textContent()) ?? '').replace(/^\d+\.\s*/, '');
  await first.click();
  const form = card.locator('form.vg-reply');
  await form.waitFor({ state: 'visible', timeout: 5_000 });
  // Fields Vigie could not prefill (an order number…): what the moderator would type.
  const empty = form.locator('input[data-empty="true"]');
  for (let i = await empty.count(); i > 0; i -= 1) {
    const input = empty.first();
    const name = (await input.getAttribute('name')) ?? '';
    await input.fill(name.includes('link') ? 'https://cacao-and-co.example/facts' : 'see our message');
  }
  const preview = ((await form.locator('[data-preview="true"]').textContent()) ?? '').trim();
  await form.locator('[data-action="insert"]').click();
  const status = form.locator('.vg-status');
  await page.waitForFunction(
    (sel) => {
      const hosts = Array.from(document.querySelectorAll('[data-vigie-ui="card"]'));
      for (const h of hosts) {
        const s = h.shadowRoot?.querySelector(sel)?.getAttribute('data-status');
        if (s && s !== 'idle' && s !== 'inserting') return true;
      }
      return false;
    },
    'form.vg-reply .vg-status',
    { timeout: 15_000 },
  );
  return { status: (await status.getAttribute('data-status')) ?? 'unknown', preview, replyTitle };
}

/** Whitespace-insensitive comparison: Draft.js joins blocks with one newline, Lexical paragraphs with two. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b) && norm(a).length > 0;
}

/** Escalate → a note → Send; returns the form's status. */
export async function escalate(page: Page, id: string, note: string): Promise<string> {
  await pressBadgeAction(page, id, 'escalate');
  const form = page.locator(`[data-vigie-ui="escalate"] form, [data-vigie-ui="escalate"] .vg-card`).first();
  await form.waitFor({ state: 'visible', timeout: 5_000 });
  const textarea = form.locator('textarea').first();
  if (await textarea.count()) await textarea.fill(note);
  await form.locator('[data-testid="vigie-escalate-send"]').click();
  const status = form.locator('.vg-status');
  await page.waitForFunction(
    () => {
      const host = document.querySelector('[data-vigie-ui="escalate"]');
      const s = host?.shadowRoot?.querySelector('.vg-status')?.getAttribute('data-status');
      return !!s && s !== 'idle' && s !== 'sending';
    },
    undefined,
    { timeout: 15_000 },
  );
  return (await status.getAttribute('data-status')) ?? 'unknown';
}

/** The escalation form's error text, as the moderator reads it. */
export async function escalateError(page: Page): Promise<string> {
  return ((await page.locator('[data-vigie-ui="escalate"] .vg-status').first().textContent()) ?? '').trim();
}
