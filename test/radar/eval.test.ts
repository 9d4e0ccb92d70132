import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../scripts/eval/radar';
import { RUMOUR_WAVE_START, SURGE_START } from './fixture-specs';
import { minutesBetween } from './generators';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => path.join(root, 'test/fixtures/radar', name);

interface Summary {
  task: string;
  n: number;
  firstAlertAt: string | null;
  maxLevel: string;
  minutesAtLevel: Record<'calm' | 'watch' | 'alert' | 'crisis', number>;
}

/** Runs the task in-process and returns its printed lines, parsed. */
async function evalLines(file: string): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s: unknown) => void lines.push(String(s)));
  try {
    await run(new Map<string, string | true>([['task', 'radar'], ['data', file]]));
  } finally {
    log.mockRestore();
  }
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('npm run eval -- --task radar', () => {
  it('prints each level change, then the summary, on a surge', () => {
    const res = spawnSync('npx', ['tsx', 'scripts/eval.ts', '--task', 'radar', '--data', fixture('surge.jsonl')], { cwd: root, encoding: 'utf8' });
    expect(res.status).toBe(0);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const summary = lines.pop() as Summary;
    expect(Object.keys(summary)).toEqual(['task', 'n', 'firstAlertAt', 'maxLevel', 'minutesAtLevel']);
    expect(summary.task).toBe('radar');
    expect(summary.n).toBe(1152);
    const lag = minutesBetween(SURGE_START, summary.firstAlertAt) as number;
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThanOrEqual(30);
    expect(['alert', 'crisis']).toContain(summary.maxLevel);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['at', 'level', 'reason']);
      expect(typeof l.reason).toBe('string');
    }
    expect(lines.find((l) => l.level === 'alert' || l.level === 'crisis')?.at).toBe(summary.firstAlertAt);
  }, 60_000);

  it('stays below alert on four days of ordinary traffic', async () => {
    const lines = await evalLines(fixture('ordinary-4days.jsonl'));
    const summary = lines.pop() as unknown as Summary;
    expect(summary.firstAlertAt).toBeNull();
    expect(['calm', 'watch']).toContain(summary.maxLevel);
    expect(summary.minutesAtLevel.alert + summary.minutesAtLevel.crisis).toBe(0);
    // Four days plus the trailing window, all accounted for.
    const total = Object.values(summary.minutesAtLevel).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(4 * 24 * 60 - 60);
  });

  it('stays calm on steady high traffic and on three comments', async () => {
    for (const name of ['steady-high.jsonl', 'sparse.jsonl']) {
      const lines = await evalLines(fixture(name));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ task: 'radar', firstAlertAt: null, maxLevel: 'calm' });
    }
  });

  it('alerts on a rumour wave and says the claim is repeated', async () => {
    const lines = await evalLines(fixture('rumour-wave.jsonl'));
    const summary = lines.pop() as unknown as Summary;
    expect(minutesBetween(RUMOUR_WAVE_START, summary.firstAlertAt)).toBeLessThanOrEqual(30);
    const alert = lines.find((l) => l.at === summary.firstAlertAt);
    expect(alert?.reason).toMatch(/rumour share .*the same claim \d+ times/);
  });

  it('exits with code 2 naming the malformed line', () => {
    const res = spawnSync('npx', ['tsx', 'scripts/eval.ts', '--task', 'radar', '--data', fixture('malformed.jsonl')], { cwd: root, encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/line 3: "verdict" must be one of hostile, rumour, ok \(got "angry"\)/);
    expect(res.stdout).toBe('');
  }, 60_000);

  it('refuses a missing --data, an unknown option and a bad time', async () => {
    await expect(run(new Map([['task', 'radar']]))).rejects.toThrow(/--data/);
    await expect(run(new Map<string, string | true>([['task', 'radar'], ['data', fixture('sparse.jsonl')], ['window', '30']]))).rejects.toThrow(/unknown option --window/);
    await expect(run(new Map([['task', 'radar'], ['data', fixture('missing.jsonl')]]))).rejects.toThrow(/cannot read/);
  });
});
