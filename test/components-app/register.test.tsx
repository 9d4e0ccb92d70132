import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { claimIdFrom } from '../../components/app/options/RegisterEditor';
import { RegisterSection } from '../../components/app/options/RegisterSection';
import { claims } from '../../lib/db';
import { choose, click, freshDatabase, mount, must, pickFile, settingsWith, text, typeInto, until, $, type Mounted } from './helpers';

let view: Mounted | null = null;

beforeEach(() => {
  freshDatabase();
});

afterEach(() => {
  view?.unmount();
  view = null;
});

const entry = (id: string, statement: string) => ({ id, statement, lang: 'en', status: 'false' });

async function openRegister(): Promise<HTMLElement> {
  view = await mount(<RegisterSection settings={settingsWith()} />);
  return until(() => $(view!.container, 'register'), 'register shown');
}

describe('the rumour register', () => {
  test('a new entry gets an id from its statement and every field it was given', async () => {
    const reg = await openRegister();
    await click(must(reg, 'register-new'));
    const form = must(reg, 'claim-editor');
    await typeInto(must(form, 'claim-statement'), 'The factory in Lyon is closing');
    await typeInto(must(form, 'claim-variants'), 'Lyon plant shuts down\n\nthey are closing Lyon');
    await typeInto(must(form, 'claim-keywords'), 'lyon, closing, lyon');
    await choose(must(form, 'claim-status'), 'misleading');
    await choose(must(form, 'claim-severity'), 'high');
    await typeInto(must(form, 'claim-link'), 'https://example.com/facts/lyon');
    await click(must(form, 'claim-save'));
    await until(() => $(reg, 'claim-claim-the-factory-in-lyon-is-closing'), 'entry listed');
    const saved = (await claims.get('claim-the-factory-in-lyon-is-closing'))!;
    expect(saved).toMatchObject({
      statement: 'The factory in Lyon is closing',
      variants: ['Lyon plant shuts down', 'they are closing Lyon'],
      keywords: ['lyon', 'closing'],
      status: 'misleading',
      severity: 'high',
      correctionLink: 'https://example.com/facts/lyon',
      active: true,
    });
  });

  test('an entry the schema refuses is not saved, and the field is named', async () => {
    const reg = await openRegister();
    await click(must(reg, 'register-new'));
    const form = must(reg, 'claim-editor');
    await typeInto(must(form, 'claim-statement'), 'no');
    await click(must(form, 'claim-save'));
    const error = await until(() => $(form, 'claim-editor-error'), 'error shown');
    expect(text(error)).toContain('statement');
    expect(await claims.list()).toEqual([]);
  });

  test('importing a register file is all-or-nothing: one bad entry and nothing is saved', async () => {
    const reg = await openRegister();
    await pickFile(must(reg, 'register-import'), 'register.json', JSON.stringify([entry('c-1', 'The CEO resigned'), { ...entry('c-2', 'Recall'), status: 'maybe' }]));
    const error = await until(() => $(reg, 'register-error'), 'error shown');
    expect(text(error)).toMatch(/^Nothing was imported: entry 2: status/);
    expect(await claims.list()).toEqual([]);

    await pickFile(must(reg, 'register-import'), 'register.json', JSON.stringify([entry('c-1', 'The CEO resigned'), entry('c-2', 'A recall is coming')]));
    await until(() => text(must(reg, 'register-status')) === 'Imported: 2 new, 0 updated.', 'imported');
    expect((await claims.list()).map((c) => c.id).sort()).toEqual(['c-1', 'c-2']);
    expect($(reg, 'register-error')).toBeNull();
  });

  test('a register file with a correction link that is not a web address is refused whole', async () => {
    const reg = await openRegister();
    await pickFile(must(reg, 'register-import'), 'r.json', JSON.stringify([{ ...entry('c-1', 'The CEO resigned'), correctionLink: 'javascript:alert(1)' }]));
    await until(() => /correctionLink/.test(text(reg)), 'error shown');
    expect(await claims.list()).toEqual([]);
  });

  test('deactivating an entry keeps it in the register', async () => {
    const reg = await openRegister();
    await pickFile(must(reg, 'register-import'), 'r.json', JSON.stringify([entry('c-1', 'The CEO resigned')]));
    const item = await until(() => $(reg, 'claim-c-1'), 'listed');
    const toggle = [...item.querySelectorAll('button')].find((b) => text(b) === 'Deactivate')!;
    await click(toggle);
    await until(async () => (await claims.get('c-1'))?.active === false, 'deactivated');
  });

  test('ids from statements are readable and unique', () => {
    expect(claimIdFrom('Le PDG a démissionné !', new Set())).toBe('claim-le-pdg-a-demissionne');
    expect(claimIdFrom('Le PDG a démissionné', new Set(['claim-le-pdg-a-demissionne']))).toBe('claim-le-pdg-a-demissionne-2');
    expect(claimIdFrom('!!!', new Set())).toBe('claim-entry');
  });
});
