// @vitest-environment node
import { ESLint } from 'eslint';
import path from 'node:path';
import { expect, test } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: repo });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test('content-script code may not import the database', async () => {
  expect(await problems('lib/page/sneaky.ts', "import { db } from '../db';\nexport const x = db;\n")).toEqual([
    expect.stringMatching(/no-restricted-imports.*IndexedDB/),
  ]);
  expect(await problems('entrypoints/x.content/sneaky.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toHaveLength(1);
});

test("content-script code may not run the classifier: the background does, off the page's main thread", async () => {
  expect(await problems('lib/page/sneaky.ts', "import { classify } from '../classify';\nexport const x = classify;\n")).toEqual([
    expect.stringMatching(/no-restricted-imports.*background does/),
  ]);
  expect(await problems('components/page/Sneaky.ts', "import { checkReplyTone } from '../../lib/classify/index';\nexport const x = checkReplyTone;\n")).toHaveLength(1);
  // Grouping emerging rumours is light and stays on the page.
  expect(await problems('lib/page/ok.ts', "import { groupEmerging } from '../classify/emerging';\nexport const x = groupEmerging;\n")).toEqual([]);
});

test("content-script code may not load X's counting library: the background measures a reply (cs:measure-reply)", async () => {
  expect(await problems('lib/page/sneaky.ts', "import { measureLength } from '../replies/length';\nexport const x = measureLength;\n")).toEqual([
    expect.stringMatching(/no-restricted-imports.*cs:measure-reply/),
  ]);
  expect(await problems('components/page/Sneaky.ts', "import twttr from 'twitter-text';\nexport const x = twttr;\n")).toHaveLength(1);
  // Filling placeholders is light and stays on the page.
  expect(await problems('lib/page/ok.ts', "import { fillPlaceholders } from '../replies/placeholders';\nexport const x = fillPlaceholders;\n")).toEqual([]);
});

test('the background may use the database but not window', async () => {
  expect(await problems('lib/background/ok.ts', "import { db } from '../db';\nexport const x = db;\n")).toEqual([]);
  expect(await problems('lib/background/bad.ts', 'export const w = window.location;\n')).toEqual([expect.stringMatching(/no-restricted-globals/)]);
});

test('the classifier stays pure', async () => {
  expect(await problems('lib/classify/bad.ts', 'export const d = document.title;\n')).toEqual([expect.stringMatching(/no-restricted-globals/)]);
  expect(await problems('lib/classify/bad2.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;\n")).toHaveLength(1);
});

test('page text is never rendered as HTML', async () => {
  expect(await problems('components/page/Bad.tsx', 'export const B = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;\n')).toEqual([
    expect.stringMatching(/never as HTML/),
  ]);
  expect(await problems('lib/page/bad.ts', 'export function f(el: HTMLElement, t: string) { el.innerHTML = t; }\n')).toHaveLength(1);
});
