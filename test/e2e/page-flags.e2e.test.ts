/**
 * A saved page in, the right comments flagged out: each platform's fixture served at its real URL,
 * the built extension's content script scans it, and every expected comment carries the expected
 * page hooks (data-vigie-id, data-vigie-verdict). Then the moderator's actions on the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, REPO, waitForContentScript, type Harness } from './harness';

interface ExpectedComment { id: string; verdict: 'hostile' | 'rumour' | 'ok'; parentId: string | null }
interface ExpectedFixture { file: string; url: string; wholePage?: boolean; comments: ExpectedComment[] }

function fixturesOf(platform: string): ExpectedFixture[] {
  const dir = path.join(REPO, 'test/fixtures', platform);
  const data = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { fixtures: ExpectedFixture[] };
  return data.fixtures.filter((f) => f.wholePage !== false && f.url);
}

function body(platform: string, f: ExpectedFixture): string {
  return readFileSync(path.join(REPO, 'test/fixtures', platform, f.file), 'utf8');
}

async function verdicts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('[data-vigie-id]'))
        .filter((el) => el.hasAttribute('data-vigie-verdict'))
        .map((el) => [el.getAttribute('data-vigie-id')!, el.getAttribute('data-vigie-verdict')!]),
    ),
  );
}

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
  for (const platform of ['x', 'facebook', 'instagram']) h.serve(fixturesOf(platform).map((f) => ({ url: f.url, body: body(platform, f) })));
});
afterAll(() => h?.close());

for (const platform of ['x', 'facebook', 'instagram'] as const) {
  describe(`${platform}: saved pages in, the right comments flagged`, () => {
    for (const f of fixturesOf(platform)) {
      test(f.file, async () => {
        const page = await h.openPage(f.url);
        await waitForContentScript(page, platform);
        await expect.poll(async () => Object.keys(await verdicts(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(f.comments.length);
        const got = await verdicts(page);
        // Verdicts are asserted on the pages whose comments were written for these tests (the brand's
        // threads); on real saved markup of other accounts (x.com/arscontexta) the test checks that
        // every comment is found and classified, not what a news headline should be called.
        const authored = f.file.startsWith('cacaoandco');
        if (!authored) {
          expect(f.comments.every((c) => c.id in got)).toBe(true);
          await page.close();
          return;
        }
        const want = Object.fromEntries(f.comments.map((c) => [c.id, c.verdict]));
        const mismatches = Object.entries(want).filter(([id, v]) => got[id] !== v).map(([id, v]) => `${id}: expected ${v}, got ${got[id]}`);
        expect(mismatches).toEqual([]);
        // Every flagged comment shows its badge once it is on screen (badges are drawn near the
        // viewport; the page hooks above are set for every comment at once), and no ordinary one does.
        for (const [id, v] of Object.entries(want)) {
          const el = page.locator(`[data-vigie-id="${id}"]`);
          await el.scrollIntoViewIfNeeded();
          // Its own badge (a Facebook reply sits inside its parent's article, with its own badge).
          await expect.poll(() => el.locator(':scope > [data-vigie-ui="badge"]').count()).toBe(v === 'ok' ? 0 : 1);
        }
        await expect.poll(() => page.locator('[data-vigie-ui="panel"]').count()).toBe(1);
        await h.shot(page, `flags-${platform}-${f.file.replace(/\.html$/, '')}`);
        await page.close();
      });
    }
  });
}
