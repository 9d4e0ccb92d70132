import { chromium } from 'playwright-core';
import { generateXStatusPage } from '/work/main/scripts/lib/generate-x-page.ts';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const page = await browser.newPage();
for (const n of [500, 2000, 5000]) {
  const html = generateXStatusPage({ replies: n, seed: 1 });
  await page.route('https://x.com/**', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('https://x.com/cacaoandco/status/1858000000000000001');
  await page.addScriptTag({ content: readFileSync('/tmp/measure.js', 'utf8') });
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await page.evaluate(() => (window as any).measure()));
  console.log(n, runs.map((r) => `${r.ms.toFixed(1)}ms/${r.n}`).join(' '));
  await page.unroute('https://x.com/**');
}
await browser.close();
