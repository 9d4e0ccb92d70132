import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, waitForContentScript, type Harness } from './harness';

let h: Harness;
const STATUS_URL = 'https://x.com/cacaoandco/status/1858000000000000001';

beforeAll(async () => {
  h = await launchWithExtension();
  h.serve([
    {
      url: STATUS_URL,
      body: '<!doctype html><html lang="en"><head><title>Cacao &amp; Co on X</title></head><body><main role="main"><p>Post</p></main></body></html>',
    },
  ]);
});
afterAll(() => h?.close());

test('the content script runs on a routed https://x.com/ page', async () => {
  const page = await h.openPage(STATUS_URL);
  await waitForContentScript(page, 'x');
  expect(await page.evaluate(() => document.documentElement.dataset.vigieSensitivity)).toBe('balanced');
  // The page panel shows with the first report, even on a thread with no comment yet: its "load
  // all comments" action is what such a page needs.
  const panel = page.locator('[data-vigie-ui="panel"]');
  await expect.poll(() => panel.count()).toBe(1);
  await expect.poll(() => panel.locator('[data-empty="true"]').count()).toBe(1);
  expect(await panel.locator('[data-action="load-all"]').count()).toBe(1);
  await page.close();
});

test('the popup renders and speaks of the tab it was opened for', async () => {
  const site = await h.openPage(STATUS_URL);
  await waitForContentScript(site, 'x');
  const tabId = await h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://x.com/*' });
    return tab.id;
  });
  const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
  await expect.poll(() => popup.getByTestId('popup-platform').textContent()).toBe('On X');
  await h.shot(popup, 'popup');
  await popup.close();
  await site.close();
});

test('the popup of a page of no supported site says so', async () => {
  const popup = await h.openExtensionPage('popup.html');
  // The active tab is the popup itself: not a supported site.
  await expect.poll(() => popup.getByTestId('popup-empty').textContent()).toMatch(/Facebook, X and Instagram/);
  await popup.close();
});

test('the options page saves the sensitivity and an open page follows it without a reload', async () => {
  const site = await h.openPage(STATUS_URL);
  await waitForContentScript(site, 'x');
  const options = await h.openExtensionPage('options.html');
  await options.getByTestId('setting-sensitivity-high').check();
  await expect.poll(() => options.getByTestId('settings-status').textContent()).toBe('Saved');
  await site.waitForFunction(() => document.documentElement.dataset.vigieSensitivity === 'high');
  await h.shot(options, 'options');

  // Switching the interface to French takes effect at once.
  await options.getByTestId('setting-locale').selectOption('fr');
  await expect.poll(() => options.locator('h1').textContent()).toBe('Réglages de Vigie');
  await options.reload();
  await expect.poll(() => options.locator('h1').textContent()).toBe('Réglages de Vigie');
  await expect.poll(() => options.getByTestId('setting-sensitivity-high').isChecked()).toBe(true);
  await options.getByTestId('setting-locale').selectOption('auto');
  await options.getByTestId('setting-sensitivity-balanced').check();
  await options.close();
  await site.close();
});
