/**
 * Starts Chromium with the demo extension loaded, serves the scenario's pages at their real URLs
 * (context.route) and aborts every other request: nothing is fetched from the network. With
 * `headless`, Chromium's new headless mode (Playwright's own headless cannot load extensions);
 * without it, a normal window the person can use.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { assetFor } from './assets';

export function chromiumPath(): string {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export interface DemoBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  headless: boolean;
  /** Builds a page for a URL of the scenario (fresh at each request), or null. */
  pageFor(url: string): string | null;
  /** The loopback receiver's origin, let through to the real server. */
  receiverOrigin: string;
}

export async function launchDemoBrowser(opts: LaunchOptions): Promise<DemoBrowser> {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}. Install it (sudo apt-get install -y chromium fonts-noto-color-emoji) or set CHROMIUM to a Chromium binary.`,
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'vigie-demo-'));
  const dir = opts.extensionDir;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: false, // --headless=new is passed below when asked: Playwright's headless mode cannot load extensions
    viewport: opts.headless ? { width: 1280, height: 900 } : null,
    args: [
      ...(opts.headless ? ['--headless=new', '--disable-gpu'] : ['--window-size=1320,960']),
      '--no-sandbox', '--disable-quic', '--no-first-run', '--no-default-browser-check',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (url.startsWith(opts.receiverOrigin)) return route.continue();
    const page = opts.pageFor(url.split('#')[0]);
    if (page !== null) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    const asset = assetFor(url);
    if (asset) return route.fulfill({ status: 200, contentType: asset.contentType, body: asset.body });
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  let closed = false;
  return {
    context,
    worker,
    extensionId,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
