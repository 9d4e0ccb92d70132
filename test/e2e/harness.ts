/**
 * Loads the built extension into Debian's Chromium with Playwright, serves fixture pages at their
 * real URLs (context.route; every other request is aborted) and keeps screenshots under
 * test-results/ (git-ignored). See ../shared/e2e-notes.md for the flags.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** The e2e build (wxt build --mode e2e): production code plus a loopback host permission for the escalation receiver. */
export const EXTENSION_DIR = path.join(REPO, '.output/chrome-mv3-e2e');
export const SHOTS_DIR = path.join(REPO, 'test-results/screenshots');

export function chromiumPath(): string {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export interface Routed {
  /** Full URL, e.g. https://x.com/cacaoandco/status/1. */
  url: string;
  body: string;
  contentType?: string;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serve these pages at their real URLs (replaces earlier routes of the same URL). */
  serve(pages: Routed[]): void;
  openPage(url: string): Promise<Page>;
  openExtensionPage(file: string): Promise<Page>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { extensionDir?: string; profileDir?: string } = {}): Promise<Harness> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run npm run build:e2e`);
  const profile = opts.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-'));
  const ownsProfile = !opts.profileDir;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // we pass --headless=new ourselves: Playwright's own headless mode cannot load extensions
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
    ],
  });
  const pages = new Map<string, Routed>();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const hit = pages.get(url) ?? pages.get(url.split('#')[0]);
    if (hit) return route.fulfill({ status: 200, contentType: hit.contentType ?? 'text/html; charset=utf-8', body: hit.body });
    // Loopback receivers started by a test are real servers: let them through.
    if (/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) return route.continue();
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(SHOTS_DIR, { recursive: true });
  return {
    context,
    worker,
    extensionId,
    serve(list) {
      for (const p of list) pages.set(p.url, p);
    },
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async shot(page, name) {
      const file = path.join(SHOTS_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      if (ownsProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function fixture(relative: string): string {
  return readFileSync(path.join(REPO, 'test/fixtures', relative), 'utf8');
}

/** Waits until the page's content script has marked the document (it sets data-vigie). */
export async function waitForContentScript(page: Page, platform: string): Promise<void> {
  await page.waitForFunction((p) => document.documentElement.dataset.vigie === p, platform, { timeout: 15_000 });
}
