import { describe, expect, it } from 'vitest';
import { approveReply, updateReply } from '../../lib/replies/edit';
import {
  applyImportPlan, exportCsv, exportJson, IMPORT_LIMITS, ImportApplyError, parseImportCsv, parseImportJson, type ImportResult,
} from '../../lib/replies/io';
import type { Reply } from '../../lib/replies/schema';
import { makeReply, T0 } from './helpers';

const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function library(): Reply[] {
  const edited = updateReply(
    makeReply({ id: 'refund', title: 'Refund', body: 'Sorry, {author}.', categories: ['complaint'], tags: ['refund', 'dm'] }),
    { body: 'We are sorry, {author}, "truly". Send us a private message,\nplease.' },
    { now: later(1), editor: 'Léa' },
  );
  return [
    approveReply(edited, 'Camille', later(2), { expiresAt: '2026-01-01T00:00:00.000Z' }),
    makeReply({ id: 'fr-merci', lang: 'fr', title: 'Merci !', body: 'Merci beaucoup, {author} ! 😊', categories: ['praise'], platforms: ['instagram', 'facebook'], useCount: 7, lastUsedAt: later(3).toISOString() }),
    makeReply({ id: 'formula', title: '=SUM(A1)', body: '@{author} +33 1 23 45 67 89 -- =1+1', categories: ['other'], claimIds: ['claim-1', 'claim-2'], status: 'draft', approvedBy: null, approvedAt: null }),
  ];
}

function expectErrors(result: ImportResult) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

function expectPlan(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a plan, got: ${result.errors.map((e) => e.message).join(' / ')}`);
  return result.plan;
}

describe('export and import round trip', () => {
  it('JSON brings back every reply exactly', () => {
    const replies = library();
    const plan = expectPlan(parseImportJson(exportJson(replies, T0), []));
    expect(plan.added).toEqual(replies);
    expect(plan).toMatchObject({ updated: [], conflicts: [], unchanged: 0 });
  });

  it('CSV brings back every reply exactly, history, quotes, new lines and emoji included', () => {
    const replies = library();
    const plan = expectPlan(parseImportCsv(exportCsv(replies), []));
    expect(plan.added).toEqual(replies);
  });

  it('re-importing an export into the same library changes nothing', () => {
    const replies = library();
    expect(expectPlan(parseImportJson(exportJson(replies), replies))).toEqual({ added: [], updated: [], unchanged: 3, conflicts: [] });
    expect(expectPlan(parseImportCsv(exportCsv(replies), replies))).toEqual({ added: [], updated: [], unchanged: 3, conflicts: [] });
  });

  it('writes CSV that spreadsheets open safely: UTF-8 mark, formulas neutralised', () => {
    const csv = exportCsv(library());
    expect(csv.startsWith('\uFEFFid,title,body,lang,categories')).toBe(true);
    expect(csv).toContain(`"'=SUM(A1)"`);
    expect(csv).toContain(`'@{author}`);
    expect(csv).toContain('claim-1|claim-2');
  });

  it('accepts a hand-made spreadsheet with only the required columns', () => {
    const csv = 'id,title,body,lang,categories,status\nhello,Hello,"Hi {author}, welcome",en,question|other,draft\n';
    const plan = expectPlan(parseImportCsv(csv, [], { now: T0 }));
    expect(plan.added[0]).toMatchObject({
      id: 'hello', body: 'Hi {author}, welcome', categories: ['question', 'other'], version: 1, history: [], createdAt: T0.toISOString(),
    });
  });

  it('reads a spreadsheet saved with semicolons (French Excel)', () => {
    const csv = 'id;title;body;lang;categories;status\r\nbonjour;Bonjour;"Bonjour {author}, bienvenue !";fr;question;draft\r\n';
    const plan = expectPlan(parseImportCsv(csv, [], { now: T0 }));
    expect(plan.added[0]).toMatchObject({ id: 'bonjour', body: 'Bonjour {author}, bienvenue !', lang: 'fr' });
  });

  it('accepts a bare JSON array', () => {
    const replies = library();
    expect(expectPlan(parseImportJson(JSON.stringify(replies), [])).added).toHaveLength(3);
  });
});

describe('bad import files: a clear error and nothing changed', () => {
  const existing = library();
  const snapshot = JSON.stringify(existing);

  it('malformed JSON', () => {
    const errors = expectErrors(parseImportJson('{"replies": [ {"id": "a", ', existing));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: null, field: null });
    expect(errors[0].message).toMatch(/^The file is not valid JSON/);
    expect(JSON.stringify(existing)).toBe(snapshot);
  });

  it('JSON that is not a list of replies', () => {
    expect(expectErrors(parseImportJson('{"hello": 1}', existing))[0]).toMatchObject({ field: 'replies' });
    expect(expectErrors(parseImportJson('{"format": "other-tool", "replies": []}', existing))[0].message).toMatch(/not a Vigie reply library/);
    expect(expectErrors(parseImportJson('[1]', existing))[0]).toMatchObject({ row: 1, message: 'Row 1: expected a reply object.' });
  });

  it('a wrong schema names every bad row and field', () => {
    const rows = JSON.parse(exportJson(existing)).replies;
    rows[1].lang = 'de';
    rows[2].categories = ['angry'];
    rows[2].titel = 'typo';
    rows[0].status = 'approved';
    rows[0].approvedBy = null;
    const errors = expectErrors(parseImportJson(JSON.stringify(rows), existing));
    const where = errors.map((e) => [e.row, e.field]);
    expect(where).toEqual([
      [1, 'approvedBy'],
      [2, 'lang'],
      [3, 'titel'],
      [3, 'categories.0'],
    ]);
    expect(errors[1].message).toMatch(/^Row 2, field "lang": /);
    expect(errors[2].message).toMatch(/unknown field "titel"/);
  });

  it('duplicate ids name both rows', () => {
    const rows = JSON.parse(exportJson(existing)).replies;
    rows.push({ ...rows[0], title: 'Another' });
    const errors = expectErrors(parseImportJson(JSON.stringify(rows), []));
    expect(errors).toEqual([{ row: 4, field: 'id', message: 'Row 4, field "id": id "refund" appears twice, in rows 1 and 4; each reply needs its own id.' }]);
  });

  it('a file over the size limit', () => {
    const huge = `[${'"x",'.repeat(Math.ceil(IMPORT_LIMITS.maxBytes / 4))}"x"]`;
    const errors = expectErrors(parseImportJson(huge, existing));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/too large \(5\.0 MB\); the limit is 5\.0 MB/);
    expect(expectErrors(parseImportCsv(huge, existing))[0].message).toMatch(/too large/);
  });

  it('a file with more replies than the limit', () => {
    const many = JSON.stringify(Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, () => ({})));
    expect(expectErrors(parseImportJson(many, existing))[0].message).toBe(
      `The file has ${IMPORT_LIMITS.maxRows + 1} replies; the limit is ${IMPORT_LIMITS.maxRows}. Split it into smaller files.`,
    );
  });

  it('caps a long error list with a count of the rest', () => {
    const errors = expectErrors(parseImportJson(JSON.stringify(Array.from({ length: 80 }, () => 'x')), []));
    expect(errors).toHaveLength(IMPORT_LIMITS.maxErrors + 1);
    expect(errors.at(-1)?.message).toBe('…and 30 more errors.');
  });

  it('CSV with a missing or unknown column, named on row 1', () => {
    const errors = expectErrors(parseImportCsv('id,title,body,langue,categories\na,T,B,en,other\n', existing));
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [1, 'langue'],
      [1, 'lang'],
      [1, 'status'],
    ]);
    expect(errors[2].message).toBe('Row 1, field "status": the required column "status" is missing.');
  });

  it('CSV rows with bad cells name the spreadsheet row and the column', () => {
    const csv = [
      'id,title,body,lang,categories,status,version',
      'ok,Fine,Body,en,other,draft,1',
      'bad-version,T,B,en,other,draft,two',
      'bad-lang,T,B,EN,other,draft,1',
      'bad-category,T,B,en,hostile|angry,draft,1',
    ].join('\n');
    const errors = expectErrors(parseImportCsv(csv, existing));
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'version'],
      [4, 'lang'],
      [5, 'categories.1'],
    ]);
    expect(errors[0].message).toBe('Row 3, field "version": expected a whole number, got "two".');
  });

  it('CSV that cannot be read', () => {
    const errors = expectErrors(parseImportCsv('id,title,body,lang,categories,status\na,"unclosed,b,en,other,draft\n', existing));
    expect(errors[0].message).toMatch(/the CSV cannot be read/);
    expect(expectErrors(parseImportCsv('', existing))[0].message).toMatch(/empty/);
  });
});

describe('conflicts by id and version', () => {
  const base = library();
  const [refund, merci] = base;

  it('plans an edit made from our version as an update', () => {
    const edited = updateReply(merci, { body: 'Merci mille fois, {author} !' }, { now: later(10), editor: 'Léa' });
    const plan = expectPlan(parseImportJson(exportJson([edited]), base));
    expect(plan.updated).toEqual([{ before: merci, after: edited }]);
    expect(plan.conflicts).toEqual([]);
    expect(applyImportPlan(plan, base, {})).toEqual([refund, edited, base[2]]);
  });

  it('keeps the larger use count when updating', () => {
    const edited = { ...updateReply(merci, { title: 'Merci beaucoup' }, { now: later(10) }), useCount: 0, lastUsedAt: null };
    const plan = expectPlan(parseImportJson(exportJson([edited]), base));
    expect(plan.updated[0].after).toMatchObject({ useCount: 7, lastUsedAt: merci.lastUsedAt, title: 'Merci beaucoup' });
  });

  it('reports the same version with different content, an older version and diverged edits', () => {
    const sameVersion = { ...merci, title: 'Merci (edited elsewhere)' };
    const older = { ...refund, version: 1, history: [], body: 'Sorry, {author}.' };
    const diverged = updateReply({ ...base[2], body: 'Different text' }, { title: 'Changed' }, { now: later(5) });
    const plan = expectPlan(parseImportJson(exportJson([sameVersion, older, diverged]), base));
    expect(plan.conflicts.map((c) => [c.id, c.reason])).toEqual([
      ['fr-merci', 'same-version'],
      ['refund', 'older'],
      ['formula', 'diverged'],
    ]);
    expect(plan.conflicts[1].message).toMatch(/the file has version 1, older than the library's version 2/);
  });

  it('refuses to apply while a conflict is unresolved, changing nothing', () => {
    const plan = expectPlan(parseImportJson(exportJson([{ ...merci, title: 'Other' }, makeReply({ id: 'new' })]), base));
    expect(() => applyImportPlan(plan, base, {})).toThrow(ImportApplyError);
    try {
      applyImportPlan(plan, base, {});
    } catch (e) {
      expect((e as ImportApplyError).unresolved).toEqual(['fr-merci']);
      expect((e as Error).message).toBe('Choose what to do with this conflict before importing: fr-merci.');
    }
    expect(base).toEqual(library().map((r, i) => (i === 1 ? merci : r)));
  });

  it('applies keep, replace and keep-both as chosen', () => {
    const theirs = { ...merci, title: 'Merci (theirs)', useCount: 2 };
    const plan = expectPlan(parseImportJson(exportJson([theirs]), base));
    expect(applyImportPlan(plan, base, { 'fr-merci': 'keep' })).toEqual(base);

    const replaced = applyImportPlan(plan, base, { 'fr-merci': 'replace' });
    expect(replaced[1]).toMatchObject({ id: 'fr-merci', title: 'Merci (theirs)', useCount: 7 });
    expect(replaced).toHaveLength(3);

    const both = applyImportPlan(plan, base, { 'fr-merci': 'keep-both' }, { newId: () => 'fr-merci-2' });
    expect(both).toHaveLength(4);
    expect(both[1]).toEqual(merci);
    expect(both[3]).toMatchObject({ id: 'fr-merci-2', title: 'Merci (theirs) (imported)', body: merci.body });
  });

  it('refuses a plan made against a library that has changed since', () => {
    const plan = expectPlan(parseImportJson(exportJson([{ ...merci, title: 'Other' }]), base));
    const changed = [base[0], { ...merci, tags: ['edited-meanwhile'] }, base[2]];
    expect(() => applyImportPlan(plan, changed, { 'fr-merci': 'replace' })).toThrow(/changed since this import was previewed/);
  });
});
