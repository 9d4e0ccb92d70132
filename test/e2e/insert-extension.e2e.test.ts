/**
 * Reply insertion through the built extension (its content script, in the isolated world) into the
 * real editors: Draft.js on an X status page and Lexical on a Facebook post (the demo's pages, built
 * on those libraries). The moderator selects a comment on the page ("Suggest a reply"), then the
 * popup's path inserts a two-paragraph reply; the text is read back from the editor's own state and
 * nothing is ever sent.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildPage, bundlePageScripts, type PageScripts } from '../../scripts/demo/pages';
import { loadScenario, type ScenarioPage } from '../../scripts/demo/scenario';
import { launchWithExtension, waitForContentScript, type Harness } from './harness';

const REPLY = 'Bonjour, nous comprenons votre colère 🙏\n\nNotre équipe vous répond en message privé aujourd’hui.';
const { scenario } = loadScenario();
let h: Harness;
let scripts: PageScripts;

beforeAll(async () => {
  scripts = await bundlePageScripts();
  h = await launchWithExtension();
  h.serve(
    scenario.pages.map((p) => ({ url: p.url, body: buildPage(p, { now: new Date(), delays: new Map(), autoStart: false, scripts }) })),
  );
});
afterAll(() => h?.close());

async function tabIdOf(urlPattern: string): Promise<number> {
  return h.worker.evaluate(async (pattern) => (await (globalThis as any).chrome.tabs.query({ url: pattern }))[0].id, urlPattern);
}

async function selectFlagged(page: Page): Promise<string> {
  await expect.poll(() => page.locator('[data-vigie-verdict="hostile"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  const comment = page.locator('[data-vigie-verdict="hostile"]').last();
  await comment.scrollIntoViewIfNeeded();
  await comment.locator('[data-vigie-ui="badge"] button[aria-expanded]').press('Enter');
  await comment.getByRole('button', { name: 'Suggest a reply' }).press('Enter');
  await expect.poll(() => page.locator('[data-vigie-ui="card"]').count()).toBe(1);
  return (await comment.getAttribute('data-vigie-id'))!;
}

async function insertFromPopup(tabId: number): Promise<{ ok: boolean; method: string; readBack: string; error?: string }> {
  const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
  const reply = await popup.evaluate(
    ([id, text]) => (globalThis as any).chrome.runtime.sendMessage({ type: 'ui:insert-reply', payload: { tabId: id, replyId: 'test-reply', version: 1, text } }),
    [tabId, REPLY] as const,
  );
  await popup.close();
  expect(reply.ok, JSON.stringify(reply)).toBe(true);
  return reply.data;
}

async function run(p: ScenarioPage, editorParagraphs: (lines: string[]) => string) {
  const page = await h.openPage(p.url);
  await waitForContentScript(page, p.platform);
  await selectFlagged(page);
  const result = await insertFromPopup(await tabIdOf(new URL(p.url).origin + '/*'));
  expect(result).toMatchObject({ ok: true, method: 'paste' });
  const composers = await page.evaluate(() => (window as any).__demo.composers() as Array<{ where: string; text: string }>);
  expect(composers.map((c) => c.text)).toContain(editorParagraphs(REPLY.split('\n')));
  expect(await page.evaluate(() => (window as any).__demo.posted)).toBe(false);
  await h.shot(page, `insert-extension-${p.platform}`);
  await page.close();
}

test('X: the reply lands in the Draft.js composer of the selected comment, one block per line', async () => {
  // Draft.js joins blocks with a newline.
  await run(scenario.pages.find((p) => p.platform === 'x')!, (lines) => lines.join('\n'));
});

test('Facebook: the reply lands in the Lexical reply box, one paragraph per line', async () => {
  // Lexical's getTextContent() puts two newlines between paragraphs.
  await run(scenario.pages.find((p) => p.platform === 'facebook')!, (lines) => lines.join('\n\n'));
});
