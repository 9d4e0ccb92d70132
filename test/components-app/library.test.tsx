import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { LibrarySection } from '../../components/app/options/LibrarySection';
import { listAudit, replies } from '../../lib/db';
import { createReply } from '../../lib/replies/edit';
import { exportCsv } from '../../lib/replies/io';
import type { Reply } from '../../lib/replies/schema';
import { check, choose, click, freshDatabase, mount, must, pickFile, settingsWith, text, typeInto, until, $, type Mounted } from './helpers';

const NOW = new Date('2026-03-01T10:00:00Z');

function reply(id: string, title: string, body: string): Reply {
  return createReply({ title, body, lang: 'en', categories: ['complaint'] }, { now: NOW, id });
}

let view: Mounted | null = null;

beforeEach(() => {
  freshDatabase();
});

afterEach(() => {
  view?.unmount();
  view = null;
});

async function openLibrary(): Promise<HTMLElement> {
  view = await mount(<LibrarySection settings={settingsWith({ agentName: 'Camille', brandName: 'Acme' })} />);
  return until(() => $(view!.container, 'library'), 'library shown');
}

describe('the reply library', () => {
  test('lists the saved replies and narrows them by search and filters', async () => {
    await replies.saveMany([reply('r-refund', 'Refund delay', 'Sorry {author}, your refund is on its way.'), reply('r-hours', 'Opening hours', 'We open at 9.')]);
    const lib = await openLibrary();
    await until(() => text(must(lib, 'library-count')) === '2 of 2 replies', 'two replies listed');
    await typeInto(must(lib, 'library-search'), 'REFUND');
    await until(() => text(must(lib, 'library-count')) === '1 of 2 replies', 'search narrows');
    expect($(lib, 'reply-r-refund')).not.toBeNull();
    expect($(lib, 'reply-r-hours')).toBeNull();
    await typeInto(must(lib, 'library-search'), '');
    await choose(must(lib, 'library-filter-status'), 'approved');
    await until(() => text(must(lib, 'library-count')) === '0 of 2 replies', 'no approved reply yet');
  });

  test('approving asks for the approver and records who approved and when', async () => {
    await replies.save(reply('r-1', 'Thanks', 'Thank you {author}!'));
    const lib = await openLibrary();
    const item = await until(() => $(lib, 'reply-r-1'), 'reply shown');
    await click(must(item, 'reply-approve'));
    const name = must(item, 'reply-approver') as HTMLInputElement;
    expect(name.value).toBe('Camille'); // prefilled with the moderator's name from the settings
    await typeInto(name, 'Dominique Martin');
    await click(must(item, 'reply-approve-confirm'));
    const stored = await until(() => $(lib, 'reply-approval'), 'approval shown');
    expect(text(stored)).toContain('Approved by Dominique Martin');
    const record = (await replies.get('r-1'))!;
    expect(record.status).toBe('approved');
    expect(record.approvedBy).toBe('Dominique Martin');
    expect(record.approvedAt).not.toBeNull();
  });

  test('an approval without a name is refused with a message', async () => {
    await replies.save(reply('r-1', 'Thanks', 'Thank you!'));
    const lib = await openLibrary();
    const item = await until(() => $(lib, 'reply-r-1'), 'reply shown');
    await click(must(item, 'reply-approve'));
    await typeInto(must(item, 'reply-approver'), '   ');
    await click(must(item, 'reply-approve-confirm'));
    await until(() => item.querySelector('[role="alert"]'), 'error shown');
    expect((await replies.get('r-1'))!.status).toBe('draft');
  });

  test('the X preview counts 280 at most and says clearly when the text is too long', async () => {
    const lib = await openLibrary();
    await click(must(lib, 'library-new'));
    const editor = must(lib, 'reply-editor');
    await check(must(editor, 'reply-platform-x'));
    await typeInto(must(editor, 'reply-body'), 'a'.repeat(120));
    expect(text(must(editor, 'reply-counter-x'))).toBe('120 / 280');
    expect(must(editor, 'reply-preview-x').classList.contains('over')).toBe(false);
    expect($(editor, 'reply-over-x')).toBeNull();

    await typeInto(must(editor, 'reply-body'), 'a'.repeat(300));
    expect(text(must(editor, 'reply-counter-x'))).toBe('300 / 280');
    expect(must(editor, 'reply-preview-x').classList.contains('over')).toBe(true);
    expect(text(must(editor, 'reply-over-x'))).toBe('Too long for X: 20 characters over the limit of 280. Shorten the text.');
    // Only the checked platform is previewed.
    expect($(editor, 'reply-preview-facebook')).toBeNull();
  });

  test('writing a reply then editing it keeps the first wording in the history', async () => {
    const lib = await openLibrary();
    await click(must(lib, 'library-new'));
    let editor = must(lib, 'reply-editor');
    await typeInto(must(editor, 'reply-title'), 'Late delivery');
    await typeInto(must(editor, 'reply-body'), 'Hello {author}, we are checking your order.');
    await check(must(editor, 'reply-category-complaint'));
    await click(must(editor, 'reply-save'));
    const item = await until(() => lib.querySelector('.reply-item'), 'new reply listed');
    const [created] = await replies.list();
    expect(created).toMatchObject({ title: 'Late delivery', version: 1, status: 'draft', updatedBy: 'Camille' });

    await click(must(item, 'reply-edit'));
    editor = must(lib, 'reply-editor');
    await typeInto(must(editor, 'reply-body'), 'Hello {author}, your order ships today.');
    await click(must(editor, 'reply-save'));
    await until(() => !$(lib, 'reply-editor'), 'editor closed');
    const r = await until(async () => {
      const stored = await replies.get(created.id);
      return stored && stored.version === 2 ? stored : null;
    }, 'version 2 saved');
    expect(r.body).toBe('Hello {author}, your order ships today.');
    expect(r.history).toEqual([expect.objectContaining({ version: 1, body: 'Hello {author}, we are checking your order.' })]);
  });

  test('a reply the schema refuses is not saved and the field is named', async () => {
    const lib = await openLibrary();
    await click(must(lib, 'library-new'));
    const editor = must(lib, 'reply-editor');
    await typeInto(must(editor, 'reply-title'), 'Typo');
    await typeInto(must(editor, 'reply-body'), 'Hello {Author}');
    await check(must(editor, 'reply-category-other'));
    await click(must(editor, 'reply-save'));
    const error = await until(() => $(editor, 'reply-editor-error'), 'error shown');
    expect(text(error)).toContain('body');
    expect(text(error)).toContain('{Author}');
    expect(await replies.list()).toEqual([]);
  });
});

describe('importing a library file', () => {
  test('the preview counts what changes, and Apply waits until every conflict has a choice', async () => {
    const kept = reply('r-same', 'Unchanged', 'Nothing changes here.');
    const mine = reply('r-clash', 'Shipping', 'Our version of the text.');
    await replies.saveMany([kept, mine]);
    const theirs = { ...mine, body: 'Their version of the text.' };
    const added = reply('r-new', 'Brand new', 'A reply from the other team.');
    const file = JSON.stringify({ format: 'vigie-replies', formatVersion: 1, replies: [kept, theirs, added] });

    const lib = await openLibrary();
    await pickFile(must(lib, 'library-import-file'), 'team.json', file);
    const preview = await until(() => $(lib, 'library-import-preview'), 'preview shown');
    expect(text(must(preview, 'import-count-added'))).toBe('1 new');
    expect(text(must(preview, 'import-count-updated'))).toBe('0 updated');
    expect(text(must(preview, 'import-count-unchanged'))).toBe('1 unchanged');
    expect(text(must(preview, 'import-count-conflicts'))).toBe('1 conflicts');
    const conflict = must(preview, 'import-conflict-r-clash');
    expect(text(conflict)).toContain('Our version of the text.');
    expect(text(conflict)).toContain('Their version of the text.');

    const apply = must(preview, 'library-import-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    expect(text(must(preview, 'library-import-unresolved'))).toContain('1 conflicts');
    // Nothing is written by the preview.
    expect((await replies.list()).map((r) => r.id).sort()).toEqual(['r-clash', 'r-same']);

    await click(must(conflict, 'import-resolve-r-clash-replace'));
    expect(apply.disabled).toBe(false);
    await click(apply);
    await until(() => !$(lib, 'library-import-preview'), 'preview closed after apply');
    expect(text(must(lib, 'library-status'))).toContain('Imported: 1 new');
    expect((await replies.get('r-clash'))!.body).toBe('Their version of the text.');
    expect(await replies.get('r-new')).toBeDefined();
    const [logged] = await listAudit({ kinds: ['import'] });
    expect(logged.detail).toBe('replies from team.json: 1 added, 0 updated, 1 unchanged, conflicts: 0 kept, 1 replaced, 0 kept both');
  });

  test('"keep both" keeps the library reply and adds the file one under a new id', async () => {
    const mine = reply('r-clash', 'Shipping', 'Ours.');
    await replies.save(mine);
    const lib = await openLibrary();
    await pickFile(must(lib, 'library-import-file'), 'team.json', JSON.stringify([{ ...mine, body: 'Theirs.' }]));
    await until(() => $(lib, 'library-import-preview'), 'preview shown');
    await click(must(lib, 'import-resolve-r-clash-keep-both'));
    await click(must(lib, 'library-import-apply'));
    await until(() => !$(lib, 'library-import-preview'), 'applied');
    const all = await replies.list();
    expect(all).toHaveLength(2);
    expect(all.find((r) => r.id === 'r-clash')!.body).toBe('Ours.');
    expect(all.find((r) => r.id !== 'r-clash')!.body).toBe('Theirs.');
  });

  test('a CSV with a bad row names the row and the field, and changes nothing', async () => {
    const existing = reply('r-1', 'Existing', 'Stays as it is.');
    await replies.save(existing);
    const before = await replies.list();
    const good = reply('r-2', 'Fine', 'A fine reply.');
    const bad = { ...reply('r-3', 'Broken', 'A reply in German?'), lang: 'de' } as unknown as Reply;
    const csv = exportCsv([good, bad]);

    const lib = await openLibrary();
    await pickFile(must(lib, 'library-import-file'), 'replies.csv', csv, 'text/csv');
    const errors = await until(() => $(lib, 'library-import-errors'), 'errors shown');
    expect(text(errors)).toContain('Nothing was imported');
    expect(text(errors)).toMatch(/Row 3, field "lang"/);
    expect($(lib, 'library-import-preview')).toBeNull();
    expect(await replies.list()).toEqual(before);
    expect(await listAudit({ kinds: ['import'] })).toEqual([]);
  });
});
