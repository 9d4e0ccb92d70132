/**
 * `npm run demo -- --headless`, shortened (--fast: the live comments arrive within ~8 s): the demo
 * must finish on its own, exit 0, and its summary must show what the README promises: comments
 * flagged, a suggestion inserted into the real reply box and read back, an escalation delivered to
 * the local receiver, the radar rising to "alert" (crisis mode offered), and a screenshot per step.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSummary, type DemoSummary } from '../../scripts/demo/summary';
import { REPO } from './harness';

const OUT = path.join(REPO, 'test-results/demo');

function runDemo(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/demo.ts', '--headless', '--fast', '--out', OUT], { cwd: REPO, env: process.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('npm run demo -- --headless', () => {
  let run: { code: number | null; output: string };
  let summary: DemoSummary;

  beforeAll(async () => {
    run = await runDemo();
    summary = parseSummary(run.output);
  }, 300_000);

  it('finishes on its own with exit code 0', () => {
    expect(summary.problems, run.output).toEqual([]);
    expect(run.code, run.output).toBe(0);
    expect(summary.ok).toBe(true);
  });

  it('saw the comments of both pages and flagged hostile ones and rumours, some matching the register', () => {
    expect(summary.pages.map((p) => p.page).sort()).toEqual(['facebook', 'x']);
    for (const page of summary.pages) expect(page.seen, page.page).toBeGreaterThan(10);
    expect(summary.flagged.hostile).toBeGreaterThan(0);
    expect(summary.flagged.rumour).toBeGreaterThan(0);
    expect(summary.pages.reduce((n, p) => n + p.matched, 0)).toBeGreaterThan(0);
  });

  it('flagged every comment written hostile or as a rumour, and few of the ordinary ones, at the sensitivity crisis mode raised', () => {
    for (const page of summary.pages) {
      expect(page.sensitivity, page.page).toBe('high');
      expect(page.agreement.notSeen, page.page).toEqual([]);
      expect(page.agreement.missed, page.page).toEqual([]);
      expect(page.agreement.hostile.written, page.page).toBeGreaterThan(0);
      // Ordinary comments and complaints: a question or a compliment in the list costs a moderator
      // a look in the middle of a crisis (at most one in five of them flagged).
      expect(page.agreement.alsoFlagged.length, `${page.page}: ${page.agreement.alsoFlagged.join(', ')}`).toBeLessThanOrEqual(Math.floor(page.agreement.ordinary / 5));
    }
  });

  it('saw the radar rise to alert as the new comments arrived, and offered crisis mode', () => {
    const levels = summary.radar.map((r) => r.level);
    expect(levels.length).toBeGreaterThan(0);
    expect(['alert', 'crisis']).toContain(summary.radarPeak);
    expect(['calm', 'watch']).toContain(levels[0]);
    expect(summary.crisisModeOffered).toBe(true);
  });

  it('inserted a reply into the real reply box, read back from the editor', () => {
    expect(summary.repliesInserted).toBeGreaterThanOrEqual(1);
  });

  it('delivered an escalation of a rumour to the local receiver', () => {
    expect(summary.escalationsDelivered).toBeGreaterThanOrEqual(1);
    expect(run.output).toMatch(/\[receiver\] escalation #1 received/);
  });

  it('saved a screenshot of each step', () => {
    expect(summary.screenshots.length).toBeGreaterThanOrEqual(6);
    for (const file of summary.screenshots) expect(existsSync(file), file).toBe(true);
  });
});
