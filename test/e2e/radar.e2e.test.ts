/**
 * A surge on a routed X page: twelve calm hours, then a burst of hostile replies in the last
 * hour. The page panel, the toolbar badge (count and colour) and a browser notification follow,
 * and the dashboard renders what was observed.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderXStatusPage, type XPostSpec, type XRowSpec } from '../../scripts/lib/generate-x-page';
import { launchWithExtension, waitForContentScript, type Harness } from './harness';

const URL = 'https://x.com/cacaoandco/status/1858000000000004000';
const CALM = [
  'Love the new hazelnut bar, well done!',
  'When does the Lyon shop open on Sundays?',
  'Bought the gift box for my mum, she loved it',
  'Is the 85% bar vegan?',
  'Great service at the Nantes shop today, thanks',
  'Any chance of a sugar-free range?',
];
const HOSTILE = [
  'You are lying crooks and everyone knows it',
  'Shut up with your fake apologies, you pathetic clowns',
  'Bande de menteurs, vous êtes des escrocs',
  'Disgusting company run by idiots',
  'You people are scum, nobody believes your garbage',
];

function surgePage(now: number): string {
  const rows: XRowSpec[] = [];
  let n = 0;
  const post = (text: string, minutesAgo: number): XRowSpec => ({
    kind: 'post',
    post: { id: String(1858000000000005000n + BigInt(n++)), handle: `user_${n}`, name: `User ${n}`, text, postedAt: new Date(now - minutesAgo * 60_000).toISOString() },
  });
  // Twelve calm hours: three ordinary comments an hour.
  for (let m = 720; m > 60; m -= 20) rows.push(post(CALM[n % CALM.length], m), { kind: 'separator' });
  // The last 40 minutes: the volume jumps and most of it is hostile.
  for (let m = 40; m > 0; m -= 1) rows.push(post(m % 4 === 0 ? CALM[m % CALM.length] : HOSTILE[m % HOSTILE.length], m), { kind: 'separator' });
  const focused: XPostSpec = { id: '1858000000000004000', handle: 'cacaoandco', name: 'Cacao & Co', text: 'Our statement about this morning', postedAt: new Date(now - 800 * 60_000).toISOString() };
  return renderXStatusPage({ focused, rows });
}

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
  h.serve([{ url: URL, body: surgePage(Date.now()) }]);
});
afterAll(() => h?.close());

test('a surge raises the radar to alert: panel, toolbar badge and notification follow, and the dashboard shows it', async () => {
  const page = await h.openPage(URL);
  await waitForContentScript(page, 'x');
  const panel = page.locator('[data-vigie-ui="panel"]');
  await expect.poll(() => panel.getByText(/Page radar: (Alert|Crisis)/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await h.shot(page, 'radar-surge');

  const state = await h.worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ url: 'https://x.com/*' });
    return {
      text: await c.action.getBadgeText({ tabId: tab.id }),
      colour: await c.action.getBadgeBackgroundColor({ tabId: tab.id }),
      notifications: Object.keys(await c.notifications.getAll()),
    };
  });
  expect(Number(state.text)).toBeGreaterThanOrEqual(20);
  // Alert is orange-red (#d84315), crisis dark red (#b71c1c): never the calm green.
  expect([[216, 67, 21, 255], [183, 28, 28, 255]]).toContainEqual(state.colour);
  expect(state.notifications.length).toBeGreaterThanOrEqual(1);

  const dash = await h.openExtensionPage('dashboard.html');
  await expect.poll(() => dash.getByTestId('dash-chart').locator('canvas').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => dash.getByTestId('dash-thread').count()).toBeGreaterThan(0);
  await h.shot(dash, 'dashboard');
  await dash.close();
  await page.close();
});
