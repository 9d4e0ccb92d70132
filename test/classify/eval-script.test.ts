/**
 * `npm run eval -- --task hostility|rumour` behaviour on small temp files: the last line is one
 * JSON object, null figures when they cannot be computed, line-numbered errors with exit code 2,
 * and relative paths resolved against the directory the command was started from (INIT_CWD).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');

function runEval(args: string[], cwd: string) {
  const r = spawnSync(tsx, [path.join(repo, 'scripts/eval.ts'), ...args], {
    cwd: repo,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: 'utf8',
  });
  const lines = r.stdout.trim().split('\n');
  return { code: r.status, stderr: r.stderr, last: lines[lines.length - 1] };
}

const dir = mkdtempSync(path.join(tmpdir(), 'vigie-eval-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rows = [
  { text: 'you are a stupid idiot', lang: 'en', label: 'hostile' },
  { text: 'thanks, the parcel arrived', lang: 'en', label: 'neutral' },
  { text: 'ferme ta gueule connard', lang: 'fr', label: 'hostile' },
  { text: 'merci pour votre aide', lang: 'fr', label: 'neutral' },
  { text: 'this row has another label', lang: 'en', label: 'spam' },
];
writeFileSync(path.join(dir, 'small.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(path.join(dir, 'neutral-only.jsonl'), JSON.stringify({ text: 'hello there', lang: 'en', label: 'neutral' }) + '\n');
writeFileSync(path.join(dir, 'broken.jsonl'), JSON.stringify(rows[0]) + '\n{"text": "oops",\n');

describe('npm run eval -- --task hostility', () => {
  it('prints the figures as one JSON object on the last line, grouped by the file language', () => {
    const r = runEval(['--task', 'hostility', '--data', 'small.jsonl'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.last);
    expect(Object.keys(out)).toEqual(['task', 'n', 'precision', 'recall', 'f1', 'auc', 'fpr', 'byLang']);
    expect(out.task).toBe('hostility');
    expect(out.n).toBe(4); // the 'spam' row is skipped
    expect(Object.keys(out.byLang).sort()).toEqual(['en', 'fr']);
    expect(Object.keys(out.byLang.en)).toEqual(['n', 'precision', 'recall', 'f1', 'fpr', 'auc']);
    expect(out.byLang.en.n).toBe(2);
    expect(out.recall).toBe(1);
    expect(out.fpr).toBe(0);
  }, 60000);

  it('gives null for figures that cannot be computed', () => {
    const r = runEval(['--task', 'hostility', '--data', 'neutral-only.jsonl'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.last);
    expect(out.recall).toBeNull();
    expect(out.auc).toBeNull();
    expect(out.fpr).toBe(0);
  }, 60000);

  it('names the line of a malformed row and exits with code 2', () => {
    const r = runEval(['--task', 'hostility', '--data', path.join(dir, 'broken.jsonl')], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 2');
  }, 60000);

  it('rejects a bad sensitivity with code 2', () => {
    const r = runEval(['--task', 'rumour', '--data', 'small.jsonl', '--sensitivity', 'extreme'], dir);
    expect(r.code).toBe(2);
  }, 60000);

  it('reads rumour files with the rumour labels', () => {
    writeFileSync(path.join(dir, 'rumour.jsonl'), [
      { text: "Il paraît que l'usine ferme, partagez avant que ce soit supprimé", lang: 'fr', label: 'rumour' },
      { text: 'merci pour la réponse', lang: 'fr', label: 'non_rumour' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const out = JSON.parse(runEval(['--task', 'rumour', '--data', 'rumour.jsonl', '--sensitivity', 'high'], dir).last);
    expect(out.task).toBe('rumour');
    expect(out.n).toBe(2);
    expect(out.auc).toBe(1);
  }, 60000);

  it('counts neutral rows (customer messages) as non-rumours, so brand traffic measures false rumours', () => {
    writeFileSync(path.join(dir, 'customers.jsonl'), [
      { text: 'Do you ship to Canada?', lang: 'en', label: 'neutral' },
      { text: 'My parcel is late, can you check my order?', lang: 'en', label: 'neutral' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const out = JSON.parse(runEval(['--task', 'rumour', '--data', 'customers.jsonl'], dir).last);
    expect(out.n).toBe(2);
    expect(out.fpr).toBe(0);
  }, 60000);
});
