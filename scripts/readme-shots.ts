/**
 * Screenshots for the README's install section: the extension loaded in Chromium's extensions
 * page, the popup on a scanned page, and the options page. `npx tsx scripts/readme-shots.ts`
 * (after `npm run build:e2e`); writes docs/install-*.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, REPO, waitForContentScript } from '../test/e2e/harness';

const fixture = JSON.parse(readFileSync(path.join(REPO, 'test/fixtures/x/expected.json'), 'utf8')).fixtures[0] as { file: string; url: string };

const h = await launchWithExtension();
try {
  const ext = await h.context.newPage();
  await ext.setViewportSize({ width: 1100, height: 640 });
  await ext.goto('chrome://extensions/');
  await ext.waitForTimeout(800);
  await ext.screenshot({ path: path.join(REPO, 'docs/install-extensions-page.png') });

  h.serve([{ url: fixture.url, body: readFileSync(path.join(REPO, 'test/fixtures/x', fixture.file), 'utf8') }]);
  const site = await h.openPage(fixture.url);
  await waitForContentScript(site, 'x');
  await site.waitForTimeout(2500);
  await site.screenshot({ path: path.join(REPO, 'docs/install-x-page.png') });
  const tabId = await h.worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ url: 'https://x.com/*' }))[0].id);
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 460, height: 420 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="popup-summary"]');
  await popup.screenshot({ path: path.join(REPO, 'docs/install-popup.png') });
  const options = await h.openExtensionPage('options.html');
  await options.waitForSelector('h1');
  await options.screenshot({ path: path.join(REPO, 'docs/install-options.png') });
} finally {
  await h.close();
}
