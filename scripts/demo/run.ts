/**
 * `npm run demo`: Vigie at work on a fictional brand's crisis, without any social-media account.
 * Builds the demo extension if needed, starts the local escalation receiver, starts Chromium with
 * the extension, and serves the scenario's pages at their real URLs. With --headless it drives the
 * scenario itself, saves a screenshot per step and prints a summary; otherwise it opens a window the
 * person uses, until Ctrl+C.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchDemoBrowser, type DemoBrowser } from './browser';
import { ensureDemoBuild } from './build';
import { buildPage, bundlePageScripts, facebookIds, xIds, type PageScripts } from './pages';
import { startReceiver, type Receiver } from './receiver';
import { arrivalDelays, loadScenario, receiverUrl, type Scenario, type ScenarioPage } from './scenario';
import * as steps from './steps';
import { agreementOf, formatSummary, peakOf, problemsOf, summaryLine, type DemoSummary, type PageCounts, type RadarLevelName } from './summary';

export interface DemoOptions {
  repo: string;
  headless: boolean;
  /** Arrivals within ~8 s instead of ~3 minutes (for the test). */
  fast: boolean;
  /** Also copy the screenshots to docs/ (for the README). */
  docs: boolean;
  outDir: string;
  log(line: string): void;
}

const FAST_LAST_ARRIVAL_MS = 8_000;
const SEED_TIMEOUT_MS = 20_000;

interface Served {
  scenario: Scenario;
  scripts: PageScripts;
  delays: Map<string, Map<string, number>>;
  autoStart: boolean;
}

function pageServer(served: Served): (url: string) => string | null {
  const byUrl = new Map(served.scenario.pages.map((p) => [p.url, p]));
  return (url) => {
    const page = byUrl.get(url);
    if (!page) return null;
    return buildPage(page, { now: new Date(), delays: served.delays.get(page.id)!, autoStart: served.autoStart, scripts: served.scripts });
  };
}

async function waitForSeed(browser: DemoBrowser): Promise<unknown> {
  const deadline = Date.now() + SEED_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const seed = await browser.worker
      .evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
        return (await api.storage.local.get('demo:seeded'))['demo:seeded'] ?? null;
      })
      .catch(() => null);
    if (seed) return seed;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    'the demo extension did not seed its data (no "demo:seeded" in its storage): is demoFeature registered in lib/background/features.ts for MODE === "demo"?',
  );
}

function written(page: ScenarioPage): { hostile: number; rumour: number } {
  return {
    hostile: page.comments.filter((c) => c.kind === 'hostile').length,
    rumour: page.comments.filter((c) => c.kind === 'rumour').length,
  };
}

export async function runDemo(opts: DemoOptions): Promise<DemoSummary> {
  const { scenario } = loadScenario();
  const extensionDir = ensureDemoBuild(opts.repo, opts.log);
  const scripts = await bundlePageScripts();
  const delays = new Map(scenario.pages.map((p) => [p.id, arrivalDelays(p, opts.fast ? { lastAtMs: FAST_LAST_ARRIVAL_MS } : {})]));
  const receiver = await startReceiver({ port: scenario.receiver.port, path: scenario.receiver.path, log: opts.log });
  let browser: DemoBrowser | null = null;
  try {
    browser = await launchDemoBrowser({
      extensionDir,
      headless: opts.headless,
      pageFor: pageServer({ scenario, scripts, delays, autoStart: !opts.headless }),
      receiverOrigin: new URL(receiverUrl(scenario)).origin,
    });
    const seed = await waitForSeed(browser);
    opts.log(`Demo data seeded: ${JSON.stringify(seed)}`);
    if (opts.headless) return await headless(browser, receiver, scenario, opts);
    return await windowed(browser, receiver, scenario, opts);
  } finally {
    await browser?.close();
    await receiver.close();
  }
}

// ─── with a window ──────────────────────────────────────────────────────────────────────────────

async function windowed(browser: DemoBrowser, receiver: Receiver, scenario: Scenario, opts: DemoOptions): Promise<DemoSummary> {
  const pages: Array<{ page: Page; spec: ScenarioPage }> = [];
  for (const spec of scenario.pages) {
    const page = browser.context.pages().find((pg) => pg.url() === 'about:blank') ?? (await browser.context.newPage());
    await page.goto(spec.url);
    pages.push({ page, spec });
  }
  await pages[0].page.bringToFront();
  opts.log(
    [
      '',
      `Vigie demo: ${scenario.title}`,
      `  Pages (served from this computer): ${scenario.pages.map((p) => p.url).join('  ')}`,
      '  New comments arrive over the next three minutes; watch the panel (bottom left) and the radar.',
      '  Point at a badge: Suggest a reply → pick one → Insert (Vigie never sends); Escalate → Send.',
      `  Escalations go to the local receiver at ${receiver.url}; each one is printed here.`,
      '',
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    browser.context.once('close', stop);
  });
  opts.log('Stopping the demo…');
  return collect(pages, receiver, [], [], false, opts, 0, false);
}

// ─── headless ───────────────────────────────────────────────────────────────────────────────────

async function headless(browser: DemoBrowser, receiver: Receiver, scenario: Scenario, opts: DemoOptions): Promise<DemoSummary> {
  rmSync(opts.outDir, { recursive: true, force: true });
  mkdirSync(opts.outDir, { recursive: true });
  const shots: string[] = [];
  const problems: string[] = [];
  let n = 0;
  const shot = async (page: Page, name: string, fullPage = false) => {
    n += 1;
    const file = path.join(opts.outDir, `demo-${n}-${name}.png`);
    await page.screenshot({ path: file, fullPage });
    shots.push(file);
    opts.log(`  screenshot ${path.relative(opts.repo, file)}`);
  };
  // Screenshots of a step that did not work are kept in outDir but never copied to docs/.
  const failedShots = new Set<string>();
  const step = async (title: string, run: () => Promise<void>) => {
    opts.log(`Step: ${title}`);
    const began = Date.now();
    const shotsBefore = shots.length;
    try {
      await run();
      opts.log(`  done in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    } catch (e) {
      for (const file of shots.slice(shotsBefore)) failedShots.add(file);
      const message = `${title}: ${(e as Error).message.split('\n')[0]}`;
      problems.push(message);
      opts.log(`  did not work: ${message}`);
    }
  };

  const radar: Array<{ atSeconds: number; level: RadarLevelName }> = [];
  let inserted = 0;
  let crisisOffered = false;
  const pages: Array<{ page: Page; spec: ScenarioPage }> = [];
  const xSpec = scenario.pages.find((p) => p.platform === 'x');
  const fbSpec = scenario.pages.find((p) => p.platform === 'facebook');
  if (!xSpec || !fbSpec) throw new Error('the scenario needs an X page and a Facebook page');

  const x = browser.context.pages()[0] ?? (await browser.context.newPage());
  pages.push({ page: x, spec: xSpec });
  const opened = Date.now();
  const trackRadar = async () => {
    const level = await steps.radarLevel(x).catch(() => null);
    if (level && radar[radar.length - 1]?.level !== level) radar.push({ atSeconds: Math.round((Date.now() - opened) / 1000), level });
  };

  await step('the X page opens and Vigie flags its comments', async () => {
    await x.goto(xSpec.url);
    await steps.waitForVigie(x, 'x');
    await steps.waitForFlags(x);
    await x.waitForTimeout(1_000); // the panel and the first radar answer follow the first report
    await trackRadar();
    await shot(x, 'x-flagged');
  });

  // The Facebook post opens now in a second tab, so that its comments arrive with X's.
  const fb = await browser.context.newPage();
  pages.push({ page: fb, spec: fbSpec });
  await step('the Facebook post opens in a second tab', async () => {
    await fb.goto(fbSpec.url);
    await steps.waitForVigie(fb, 'facebook');
    await steps.waitForFlags(fb);
    await x.bringToFront();
  });

  await step('new comments arrive; the radar rises; crisis mode is offered', async () => {
    await steps.startArrivals(x);
    await steps.startArrivals(fb).catch(() => undefined);
    const last = Math.max(0, ...delaysOf(xSpec, opts));
    const deadline = Date.now() + last + 30_000;
    while (Date.now() < deadline) {
      await trackRadar();
      const pending = await steps.pendingArrivals(x);
      const level = radar[radar.length - 1]?.level;
      if (pending === 0 && (level === 'alert' || level === 'crisis')) break;
      await x.waitForTimeout(1_000);
    }
    await x.waitForTimeout(1_000);
    await trackRadar();
    const offer = x.locator('[data-banner="crisis-offer"]');
    crisisOffered = (await offer.count()) > 0;
    await x.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await shot(x, 'x-radar-alert');
    if (!crisisOffered) throw new Error(`crisis mode was not offered (radar: ${radar[radar.length - 1]?.level ?? 'not shown'})`);
    // The moderator accepts: replies for a crisis rank first from now on.
    await offer.locator('button').click();
    await x.locator('[data-banner="crisis-on"]').waitFor({ timeout: 5_000 });
  });

  await step('a suggestion for a hostile comment, inserted into the real reply box', async () => {
    // The latest comment flagged hostile only (a hostile rumour is better escalated than answered).
    const hostile = await steps.flaggedIds(x, 'hostile');
    const rumours = new Set(await steps.flaggedIds(x, 'rumour'));
    const id = hostile.filter((h) => !rumours.has(h)).pop() ?? hostile[hostile.length - 1];
    if (!id) throw new Error('no hostile comment flagged on the X page');
    const outcome = await steps.suggestAndInsert(x, id, (name) => shot(x, name));
    const boxes = await steps.composers(x);
    const match = boxes.find((b) => steps.sameText(b.text, outcome.preview));
    if (outcome.status !== 'inserted' || !match) {
      throw new Error(`insert status "${outcome.status}"; editors hold ${JSON.stringify(boxes.map((b) => `${b.where}: ${b.text.slice(0, 60)}`))}`);
    }
    inserted += 1;
    opts.log(`  "${outcome.replyTitle}" inserted into the ${match.where} composer (read back from the Draft.js state)`);
    await shot(x, 'x-reply-inserted');
    const { posted } = await steps.pageErrors(x);
    if (posted) throw new Error('the page recorded a send: Vigie must never send');
    await x.locator('[role=dialog] [data-testid="app-bar-close"]').click().catch(() => undefined);
  });

  await step('a rumour escalated to the crisis cell (the local receiver)', async () => {
    // The rumour of the claim repeated most often: what the crisis cell needs to hear about first.
    let id = await steps.mostRepeatedClaimComment(x);
    if (!id) id = (await steps.flaggedIds(x, 'rumour'))[0] ?? null;
    if (!id) throw new Error('no rumour flagged on the X page');
    const before = receiver.deliveries.length;
    const status = await steps.escalate(x, id, 'Same claim repeated several times in the last hour. Correction needed from the crisis cell.');
    // Delivery goes through the outbox (retried): give it time, unless the form already failed.
    const delivery = status === 'error' ? null : await receiver.waitForDelivery(before, 20_000);
    await shot(x, 'x-escalated');
    if (!delivery) throw new Error(`the form said "${status}"${status === 'error' ? ` (${await steps.escalateError(x)})` : ''} and nothing reached the receiver`);
  });

  await step('the Facebook post: flags, and a thread that heats up', async () => {
    await fb.bringToFront();
    const deadline = Date.now() + Math.max(0, ...delaysOf(fbSpec, opts)) + 20_000;
    while (Date.now() < deadline && (await steps.pendingArrivals(fb)) > 0) await fb.waitForTimeout(500);
    await fb.waitForTimeout(1_500);
    const heated = fb.locator('[data-vigie-ui="heat"]').first();
    if (await heated.count()) await heated.scrollIntoViewIfNeeded();
    await shot(fb, 'facebook-flagged');
  });

  await step('the popup and the dashboard', async () => {
    // The popup speaks of the X tab (?tabId=, as the toolbar button would for the active tab).
    const tabId = await browser.worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } } }).chrome;
      return (await api.tabs.query({ url }))[0]?.id ?? null;
    }, `${xSpec.url}*`);
    for (const file of ['popup.html', 'dashboard.html']) {
      const page = await browser.context.newPage();
      const query = file === 'popup.html' && tabId !== null ? `?tabId=${tabId}` : '';
      // An extension page has no network response (goto gives null): only a thrown error means it is missing.
      const missing = await page.goto(`chrome-extension://${browser.extensionId}/${file}${query}`).then(() => false, () => true);
      if (missing && file === 'dashboard.html') {
        await page.close();
        continue;
      }
      if (file === 'popup.html') await page.setViewportSize({ width: 480, height: 720 });
      await page.waitForTimeout(1_000);
      await shot(page, file.replace('.html', ''));
      await page.close();
    }
  });

  const summary = await collect(pages, receiver, shots, problems, crisisOffered, opts, inserted, true, radar);
  if (opts.docs) {
    const docs = path.join(opts.repo, 'docs');
    const good = shots.filter((f) => !failedShots.has(f));
    for (const file of good) copyFileSync(file, path.join(docs, path.basename(file)));
    opts.log(`${good.length} screenshots copied to ${docs}${failedShots.size ? ` (not those of the steps that did not work: ${[...failedShots].map((f) => path.basename(f)).join(', ')})` : ''}`);
  }
  return summary;
}

function delaysOf(page: ScenarioPage, opts: DemoOptions): number[] {
  return [...arrivalDelays(page, opts.fast ? { lastAtMs: FAST_LAST_ARRIVAL_MS } : {}).values()];
}

async function collect(
  pages: Array<{ page: Page; spec: ScenarioPage }>,
  receiver: Receiver,
  shots: string[],
  problems: string[],
  crisisOffered: boolean,
  opts: DemoOptions,
  inserted: number,
  isHeadless: boolean,
  radar: Array<{ atSeconds: number; level: RadarLevelName }> = [],
): Promise<DemoSummary> {
  const counts: PageCounts[] = [];
  for (const { page, spec } of pages) {
    const c = await steps.countFlags(page).catch((e: Error) => {
      opts.log(`  could not count the flags on the ${spec.id} page: ${e.message.split('\n')[0]}`);
      return { seen: 0, hostile: 0, rumour: 0, matched: 0 };
    });
    const marked = await steps.flagsById(page).catch(() => ({ flags: {}, sensitivity: null }));
    const ids = spec.platform === 'x' ? xIds(spec) : facebookIds(spec);
    counts.push({ page: spec.id, ...c, written: written(spec), sensitivity: marked.sensitivity, agreement: agreementOf(spec.comments, ids, marked.flags) });
  }
  const base = {
    mode: isHeadless ? ('headless' as const) : ('window' as const),
    fast: opts.fast,
    commentsSeen: counts.reduce((n, c) => n + c.seen, 0),
    flagged: { hostile: counts.reduce((n, c) => n + c.hostile, 0), rumour: counts.reduce((n, c) => n + c.rumour, 0) },
    pages: counts,
    radar,
    radarPeak: peakOf(radar),
    crisisModeOffered: crisisOffered,
    repliesInserted: inserted,
    escalationsDelivered: receiver.deliveries.length,
    screenshots: shots,
  };
  const all = [...problems, ...(isHeadless ? problemsOf(base).filter((p) => !problems.some((q) => q.includes(p))) : [])];
  return { ...base, ok: isHeadless ? problemsOf(base).length === 0 : true, problems: all };
}

export { formatSummary, summaryLine };
