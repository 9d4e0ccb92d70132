// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { matchFigures, run } from '../../scripts/eval/match';
import { InputError } from '../../scripts/lib/jsonl';

const dir = mkdtempSync(path.join(tmpdir(), 'vigie-match-eval-'));
const write = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const register = write('register.json', JSON.stringify([{ id: 'tap', lang: 'en', statement: 'Brisa is just bottled tap water', variants: ["L'eau Brisa n'est que de l'eau du robinet en bouteille"] }]));
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('figures: precision over matches made, recall over rows with a claim, false matches over the others', () => {
  expect(matchFigures([
    { truth: 'a', predicted: 'a' },
    { truth: 'a', predicted: 'b' },
    { truth: 'b', predicted: null },
    { truth: null, predicted: 'a' },
    { truth: null, predicted: null },
  ])).toEqual({ n: 5, precision: 0.3333, recall: 0.3333, f1: 0.3333, falseMatchRate: 0.5 });
  expect(matchFigures([{ truth: null, predicted: null }])).toEqual({ n: 1, precision: null, recall: null, f1: null, falseMatchRate: 0 });
});

test('the last line printed is the figures, overall and by language', async () => {
  const data = write('ok.jsonl', [
    JSON.stringify({ text: 'Brisa is bottled tap water lol', lang: 'en', claim: 'tap' }),
    JSON.stringify({ text: "Brisa c'est de l'eau du robinet en bouteille", lang: 'fr', claim: 'tap' }),
    JSON.stringify({ text: 'I drink Brisa every day', lang: 'en', claim: null }),
  ].join('\n'));
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  await run(new Map([['register', register], ['data', data]]));
  const last = JSON.parse(log.mock.calls.at(-1)![0] as string);
  expect(last).toMatchObject({ task: 'match', n: 3, precision: 1, recall: 1, falseMatchRate: 0 });
  expect(Object.keys(last.byLang)).toEqual(['en', 'fr']);
});

test('a malformed row is an input error naming its line', async () => {
  const bad = write('bad.jsonl', `${JSON.stringify({ text: 'x', lang: 'en', claim: null })}\n{not json\n`);
  await expect(run(new Map([['register', register], ['data', bad]]))).rejects.toThrow(/line 2/);
  const unknown = write('unknown.jsonl', JSON.stringify({ text: 'x', lang: 'en', claim: 'nope' }));
  await expect(run(new Map([['register', register], ['data', unknown]]))).rejects.toThrow(InputError);
  const badRegister = write('bad-register.json', JSON.stringify([{ id: 'x', lang: 'en' }]));
  await expect(run(new Map([['register', badRegister], ['data', unknown]]))).rejects.toThrow(/entry 1: "statement"/);
});
