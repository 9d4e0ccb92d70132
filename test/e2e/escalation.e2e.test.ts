/**
 * Escalating a rumour from a routed page to a local receiver that fails the first attempts: exactly
 * one delivery arrives, with the full packet; a packet pending when the browser stops is delivered
 * once after a restart; a bad endpoint URL is refused with a clear error.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, REPO, waitForContentScript, type Harness } from './harness';
import { startReceiver, type Receiver } from './receiver';

const fixture = JSON.parse(readFileSync(path.join(REPO, 'test/fixtures/x/expected.json'), 'utf8')).fixtures[0] as {
  file: string; url: string; comments: Array<{ id: string; verdict: string; text: string }>;
};
const page = { url: fixture.url, body: readFileSync(path.join(REPO, 'test/fixtures/x', fixture.file), 'utf8') };

async function addEndpoint(h: Harness, url: string): Promise<Page> {
  const options = await h.openExtensionPage('options.html#escalations');
  await options.getByTestId('endpoint-add').click();
  await options.getByTestId('endpoint-kind').selectOption('json');
  await options.getByTestId('endpoint-name').fill('Crisis cell');
  await options.getByTestId('endpoint-target').fill(url);
  await options.getByTestId('endpoint-save').click();
  return options;
}

async function escalateFirstRumour(h: Harness, note: string): Promise<string> {
  const site = await h.openPage(page.url);
  await waitForContentScript(site, 'x');
  await expect.poll(() => site.locator('[data-vigie-verdict="rumour"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const article = site.locator('[data-vigie-verdict="rumour"]').first();
  const id = (await article.getAttribute('data-vigie-id'))!;
  await article.scrollIntoViewIfNeeded(); // badges are drawn near the viewport
  await article.locator('[data-vigie-ui="badge"] button[aria-expanded]').press('Enter');
  await article.getByRole('button', { name: 'Escalate' }).press('Enter');
  const form = site.getByTestId('vigie-escalate-form');
  await form.locator('textarea').fill(note);
  await site.getByTestId('vigie-escalate-send').press('Enter');
  await expect.poll(() => form.getByRole('status').textContent()).toMatch(/Escalated/);
  await h.shot(site, 'escalation-form');
  await site.close();
  return id;
}

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver({ failFirst: 2 });
});
afterAll(() => receiver?.close());

test('a rumour escalated from the page reaches the receiver exactly once, with the full packet', async () => {
  const h = await launchWithExtension();
  try {
    h.serve([page]);
    const options = await addEndpoint(h, receiver.url);
    await expect.poll(() => options.getByTestId('endpoint-status').textContent()).toMatch(/Crisis cell/);
    const id = await escalateFirstRumour(h, 'Spreading fast, please check with legal');
    await expect.poll(() => receiver.delivered.length, { timeout: 30_000 }).toBe(1);
    expect(receiver.attempts).toBeGreaterThanOrEqual(3); // two refused, then accepted
    const packet = receiver.delivered[0].body as Record<string, any>;
    const sent = packet.packet ?? packet;
    expect(sent.comment.id).toBe(id);
    expect(sent.comment.text).toBe(fixture.comments.find((c) => c.id === id)!.text);
    expect(sent.pageUrl).toBe(page.url);
    expect(sent.note).toBe('Spreading fast, please check with legal');
    expect(sent.verdict.kinds).toContain('rumour');
    expect(sent.thread).toBeTruthy();
    // Nothing more arrives later: the outbox knows it was delivered.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(receiver.delivered).toHaveLength(1);

    // The queue in the options page shows it delivered, with its packet.
    await options.reload();
    const item = options.getByTestId(`escalation-${sent.id}`);
    await expect.poll(() => item.getByTestId('escalation-status').textContent(), { timeout: 10_000 }).toBe('Sent');
    await item.getByTestId('escalation-toggle').click();
    await expect.poll(() => item.getByTestId('escalation-comment').textContent()).toContain(sent.comment.text.slice(0, 20));
    await h.shot(options, 'escalation-queue');
  } finally {
    await h.close();
  }
});

test('a packet pending when the browser stops is delivered once after a restart', async () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'vigie-restart-'));
  const down = await startReceiver({ failFirst: 1_000 });
  const downUrl = down.url;
  try {
    let h = await launchWithExtension({ profileDir: profile });
    h.serve([page]);
    await addEndpoint(h, downUrl);
    await escalateFirstRumour(h, 'Sent while the receiver is down');
    await expect.poll(() => down.attempts, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(down.delivered).toHaveLength(0);
    await h.close();
    // The receiver comes back; the browser restarts with the same profile.
    down.failNext = 0;
    h = await launchWithExtension({ profileDir: profile });
    try {
      await expect.poll(() => down.delivered.length, { timeout: 45_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 3_000));
      expect(down.delivered).toHaveLength(1);
    } finally {
      await h.close();
    }
  } finally {
    await down.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('an endpoint that is not HTTPS is refused with a clear error', async () => {
  const h = await launchWithExtension();
  try {
    const options = await addEndpoint(h, 'http://hooks.example.com/vigie');
    await expect.poll(() => options.getByTestId('endpoint-error').textContent()).toMatch(/https/i);
    await expect.poll(() => options.getByTestId('endpoints-none').count()).toBe(1);
  } finally {
    await h.close();
  }
});
