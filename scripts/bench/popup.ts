/**
 * {"bench":"popup","firstRenderMs":N}: the popup's first render with content, in Chromium with the
 * built extension, for a tab on a scanned X page. Measured in the popup page itself: the time from
 * its navigation start (performance.timeOrigin) to the moment its summary is on screen, median of
 * several openings (the first one, with a cold service worker, is reported apart).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { generateXStatusPage } from '../lib/generate-x-page';
import { EXTENSION_DIR, launchWithExtension, REPO, waitForContentScript } from '../../test/e2e/harness';

const URL = 'https://x.com/cacaoandco/status/1858000000000000001';
const RUNS = 9;

export async function run(): Promise<object> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO, stdio: 'ignore' });
  const h = await launchWithExtension();
  try {
    h.serve([{ url: URL, body: generateXStatusPage({ replies: 200, seed: 3 }) }]);
    const site = await h.openPage(URL);
    await waitForContentScript(site, 'x');
    await site.waitForFunction(() => document.querySelectorAll('[data-vigie-verdict]').length > 150, undefined, { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1000)); // the summary reaches the background
    const tabId = await h.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome;
      return (await api.tabs.query({ url: 'https://x.com/*' }))[0].id;
    });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await h.context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid="popup-summary"]');
      times.push(await popup.evaluate(() => performance.now()));
      await popup.close();
    }
    const cold = times[0];
    const warm = times.slice(1).sort((a, b) => a - b);
    return { bench: 'popup', firstRenderMs: Math.round(warm[Math.floor(warm.length / 2)]), coldFirstRenderMs: Math.round(cold), runs: RUNS };
  } finally {
    await h.close();
  }
}
