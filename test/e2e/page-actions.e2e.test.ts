/**
 * The moderator's actions on a live-like X status page: dismiss a flag (kept), comments that
 * arrive later (infinite scroll) and rows X recycles for other posts, and SPA navigation.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appendReplies, generateXStatusPage, renderReplyArticle, renderRows, X_FIXTURE_HELPERS_JS } from '../../scripts/lib/generate-x-page';
import { launchWithExtension, waitForContentScript, type Harness } from './harness';

const URL_A = 'https://x.com/cacaoandco/status/1858000000000000001';
const URL_B = 'https://x.com/cacaoandco/status/1858000000000000999';

function withHelpers(html: string): string {
  return html.replace('</body>', `<script>${X_FIXTURE_HELPERS_JS}</script></body>`);
}

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
  h.serve([{ url: URL_A, body: withHelpers(generateXStatusPage({ replies: 40, seed: 11 })) }]);
});
afterAll(() => h?.close());

const marked = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-vigie-verdict]')).map((el) => ({
      id: el.getAttribute('data-vigie-id')!,
      verdict: el.getAttribute('data-vigie-verdict')!,
      dismissed: el.hasAttribute('data-vigie-dismissed'),
    })),
  );

async function openScanned(url: string): Promise<Page> {
  const page = await h.openPage(url);
  await waitForContentScript(page, 'x');
  await expect.poll(async () => (await marked(page)).length, { timeout: 30_000 }).toBeGreaterThan(30);
  return page;
}

const HOSTILE_ID = '1858000000000066666';
const hostileRow = (id = HOSTILE_ID) =>
  renderRows(
    [
      { kind: 'separator' },
      { kind: 'post', post: { id, handle: 'troll_99', name: 'Troll', text: 'Shut up, you lying crooks. Worst company ever, bunch of idiots.', postedAt: new Date(Date.now() - 600_000).toISOString() } },
    ],
    0,
  ).join('');

/** A hostile reply arrives on an open page; resolves with its comment once flagged and its badge drawn. */
async function appendFlaggedHostile(page: Page, id: string): Promise<Locator> {
  await page.evaluate((html) => (window as any).vigieFixture.appendReplies(html), hostileRow(id));
  const comment = page.locator(`[data-vigie-id="${id}"]`);
  await expect.poll(() => comment.getAttribute('data-vigie-verdict')).toBe('hostile');
  await comment.scrollIntoViewIfNeeded();
  await expect.poll(() => comment.locator('[data-vigie-ui="badge"]').count()).toBe(1);
  return comment;
}

test('dismissing a flag turns the comment ok, and it stays dismissed after a reload', async () => {
  // The generated page is ordinary chatter; a hostile reply arrives.
  h.serve([{ url: URL_A, body: withHelpers(generateXStatusPage({ replies: 40, seed: 11 })) }]);
  const page = await openScanned(URL_A);
  expect((await marked(page)).every((m) => m.verdict === 'ok'), 'ordinary chatter is not flagged').toBe(true);
  await page.evaluate((html) => (window as any).vigieFixture.appendReplies(html), hostileRow());
  await expect.poll(() => page.locator(`[data-vigie-id="${HOSTILE_ID}"]`).getAttribute('data-vigie-verdict')).toBe('hostile');
  const first = { id: HOSTILE_ID };
  const article = page.locator(`[data-vigie-id="${first.id}"]`);
  await article.scrollIntoViewIfNeeded();
  // With the keyboard, as a moderator working fast would: focus opens the badge's reasons and actions.
  // (The generated page stacks rows at fixed offsets, so a pointer may land on a neighbour.)
  await article.locator('[data-vigie-ui="badge"] button[aria-expanded]').press('Enter');
  await article.getByRole('button', { name: 'Not a problem' }).press('Enter');
  await expect.poll(() => article.getAttribute('data-vigie-verdict')).toBe('ok');
  expect(await article.getAttribute('data-vigie-dismissed')).toBe('true');
  await expect.poll(() => article.locator('[data-vigie-ui="badge"]').count()).toBe(0);

  await page.reload();
  await waitForContentScript(page, 'x');
  await page.evaluate((html) => (window as any).vigieFixture.appendReplies(html), hostileRow());
  await expect.poll(() => page.locator(`[data-vigie-id="${first!.id}"]`).getAttribute('data-vigie-dismissed'), { timeout: 15_000 }).toBe('true');
  expect(await page.locator(`[data-vigie-id="${first!.id}"]`).getAttribute('data-vigie-verdict')).toBe('ok');
  await page.close();
});

test('comments added later are flagged, and a recycled row carries its new post, never the old verdict', async () => {
  const page = await openScanned(URL_A);
  const before = (await marked(page)).length;
  await page.evaluate((html) => (window as any).vigieFixture.appendReplies(html), appendReplies({ count: 20, after: 40, seed: 5 }));
  await expect.poll(async () => (await marked(page)).length).toBeGreaterThanOrEqual(before + 20);

  // X reuses a row for another post: a hostile reply lands in the row of an ordinary one.
  const ok = (await marked(page)).find((m) => m.verdict === 'ok' && m.id !== '1858000000000000001')!;
  const rowIndex = await page.evaluate(
    (id) => Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]')).findIndex((c) => c.querySelector(`[data-vigie-id="${id}"]`)),
    ok.id,
  );
  const hostile = renderReplyArticle({ id: '1858000000000077777', handle: 'angry_guy', name: 'Angry Guy', text: 'You are a bunch of lying idiots and your chocolate is garbage, shut up', postedAt: new Date(Date.now() - 180_000).toISOString() });
  await page.evaluate(([i, html]) => (window as any).vigieFixture.recycleRow(i, html), [rowIndex, hostile] as const);
  const row = page.locator('[data-testid="cellInnerDiv"]').nth(rowIndex);
  await expect.poll(() => row.locator('article').getAttribute('data-vigie-id')).toBe('1858000000000077777');
  await expect.poll(() => row.locator('article').getAttribute('data-vigie-verdict')).toBe('hostile');
  await row.scrollIntoViewIfNeeded();
  await expect.poll(() => row.locator('[data-vigie-ui="badge"]').count()).toBe(1);
  expect(await page.locator(`[data-vigie-id="${ok.id}"]`).count()).toBe(0);
  await h.shot(page, 'recycled-row');

  // And back: the flagged row is reused for an ordinary post; the hostile badge must not stay on it.
  const calm = renderReplyArticle({ id: '1858000000000088888', handle: 'calm_reader', name: 'Calm', text: 'Lovely packaging this year', postedAt: new Date(Date.now() - 120_000).toISOString() });
  await page.evaluate(([i, html]) => (window as any).vigieFixture.recycleRow(i, html), [rowIndex, calm] as const);
  await expect.poll(() => row.locator('article').getAttribute('data-vigie-id')).toBe('1858000000000088888');
  await expect.poll(() => row.locator('article').getAttribute('data-vigie-verdict')).toBe('ok');
  await expect.poll(() => row.locator('[data-vigie-ui="badge"]').count()).toBe(0);
  await page.close();
});

test('an edited comment is classified again: its verdict and badge follow its new text', async () => {
  const id = '1858000000000066668';
  const page = await openScanned(URL_A);
  const comment = await appendFlaggedHostile(page, id);
  // The author edits the reply in place (same post, same row, new text).
  await page.evaluate((postId) => {
    const text = document.querySelector(`[data-vigie-id="${postId}"] [data-testid="tweetText"]`)!;
    text.textContent = 'Sorry, I was angry earlier. Thanks for the quick refund.';
  }, id);
  await expect.poll(() => comment.getAttribute('data-vigie-verdict')).toBe('ok');
  await expect.poll(() => comment.locator('[data-vigie-ui="badge"]').count()).toBe(0);
  await page.close();
});

test('navigating to another post rescans', async () => {
  const next = generateXStatusPage({ replies: 35, seed: 99 }).replaceAll('1858000000000000001', '1858000000000000999');
  h.serve([{ url: URL_B, body: withHelpers(next) }]);
  const page = await openScanned(URL_A);
  // An SPA navigation: the URL changes and the timeline is replaced without a page load.
  await page.evaluate(([url, html]) => {
    history.pushState({}, '', url);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.querySelector('main')!.replaceWith(doc.querySelector('main')!);
  }, [URL_B, next] as const);
  await expect.poll(async () => (await marked(page)).some((m) => m.id === '1858000000000000999'), { timeout: 15_000 }).toBe(true);
  await page.close();
});

test('changing the sensitivity re-labels what is on screen, without a reload', async () => {
  const PROFANITY_ID = '1858000000000055555';
  const page = await openScanned(URL_A);
  const swearing = renderRows(
    [
      { kind: 'separator' },
      // Profanity aimed at no one: a complaint, flagged only at the high sensitivity.
      { kind: 'post', post: { id: PROFANITY_ID, handle: 'fed_up', name: 'Fed up', text: "Merde, l'appli a encore planté pendant ma commande", postedAt: new Date(Date.now() - 300_000).toISOString() } },
    ],
    0,
  ).join('');
  await page.evaluate((html) => (window as any).vigieFixture.appendReplies(html), swearing);
  const comment = page.locator(`[data-vigie-id="${PROFANITY_ID}"]`);
  await expect.poll(() => comment.getAttribute('data-vigie-verdict')).toBe('ok');
  const options = await h.openExtensionPage('options.html');
  await options.getByTestId('setting-sensitivity-high').check();
  await expect.poll(() => comment.getAttribute('data-vigie-verdict')).toBe('hostile');
  await options.getByTestId('setting-sensitivity-balanced').check();
  await expect.poll(() => comment.getAttribute('data-vigie-verdict')).toBe('ok');
  await options.close();
  await page.close();
});

test('the keyboard shortcut opens the suggestion card for the comment under focus', async () => {
  // Another hostile reply than the one the first test dismissed (dismissals are kept in this profile).
  const id = '1858000000000066667';
  const page = await openScanned(URL_A);
  const comment = await appendFlaggedHostile(page, id);
  // Keyboard focus inside the comment (here on its badge, reached with Tab).
  await comment.locator('[data-vigie-ui="badge"] button[aria-expanded]').focus();
  // What the browser does when the moderator presses Alt+Shift+R (commands.onCommand → the tab).
  await h.worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ url: 'https://x.com/*' });
    await c.tabs.sendMessage(tab.id, { type: 'bg:command', payload: { name: 'suggest' } });
  });
  await expect.poll(() => page.locator('[data-vigie-ui="card"]').count()).toBe(1);
  await expect.poll(() => page.locator('[data-vigie-ui="card"]').getByText('Suggested replies').count()).toBe(1);
  await page.close();
});
