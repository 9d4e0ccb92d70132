import { expect, test } from 'vitest';
import { useFreshDatabase } from '../fresh-db';
import {
  saveSettings, getSettings, recordObservations, listObservations,
  purgeObservations, claims, saveDismissal, dismissedAmong, appendAudit, listAudit, RecordError,
} from '../../lib/db';

useFreshDatabase('vigie-test');

test('settings start balanced and keep a saved change', async () => {
  expect((await getSettings()).sensitivity).toBe('balanced');
  await saveSettings({ sensitivity: 'low' });
  expect((await getSettings()).sensitivity).toBe('low');
  expect((await getSettings()).locale).toBe('auto');
  // Changing one setting leaves the others as they were.
  await saveSettings({ locale: 'fr' });
  expect(await getSettings()).toMatchObject({ sensitivity: 'low', locale: 'fr' });
});

test('an invalid setting is refused with the field named, and nothing changes', async () => {
  await saveSettings({ sensitivity: 'high' });
  await expect(saveSettings({ sensitivity: 'paranoid' as never })).rejects.toThrow(/sensitivity/);
  expect((await getSettings()).sensitivity).toBe('high');
});

test('observations are deduplicated by comment and keep when they were first seen', async () => {
  const base = { platform: 'x' as const, threadId: '9', pageUrl: 'https://x.com/a/status/9', postedAt: '2026-11-23T10:00:00.000Z', claimId: null };
  expect(await recordObservations([{ ...base, commentId: '1', verdict: 'ok' }], new Date('2026-11-23T10:00:00Z'))).toBe(1);
  expect(await recordObservations([{ ...base, commentId: '1', verdict: 'hostile' }, { ...base, commentId: '2', verdict: 'ok' }], new Date('2026-11-23T11:00:00Z'))).toBe(1);
  const rows = await listObservations('https://x.com/a/status/9?s=1');
  expect(rows).toHaveLength(2);
  const one = rows.find((r) => r.commentId === '1')!;
  expect(one.verdict).toBe('hostile');
  expect(one.seenAt).toBe('2026-11-23T10:00:00.000Z');
  expect(await purgeObservations(1, new Date('2026-11-24T10:30:00Z'))).toBe(1);
  expect((await listObservations()).map((r) => r.commentId)).toEqual(['2']);
});

test('a register entry with a bad link is refused; a batch is all-or-nothing', async () => {
  const ok = { id: 'c1', statement: 'The factory is closing', lang: 'en', status: 'false', createdAt: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T10:00:00Z' };
  await claims.save(ok as never);
  await expect(claims.save({ ...ok, id: 'c2', correctionLink: 'not a url' } as never)).rejects.toThrow(RecordError);
  await expect(claims.saveMany([{ ...ok, id: 'c3' }, { ...ok, id: 'c4', status: 'maybe' }] as never)).rejects.toThrow(/#2.*status/);
  expect((await claims.list()).map((c) => c.id)).toEqual(['c1']);
});

test('dismissals are remembered per platform and comment', async () => {
  await saveDismissal({ platform: 'x', commentId: '7', verdictKinds: ['hostile'], hostilityScore: 0.8, rumourScore: 0.1, lang: 'en', text: 'whatever' });
  expect(await dismissedAmong('x', ['6', '7'])).toEqual(['7']);
  expect(await dismissedAmong('facebook', ['7'])).toEqual([]);
});

test('audit entries filter by kind and period', async () => {
  await appendAudit({ at: '2026-11-23T10:00:00.000Z', kind: 'insert', platform: 'x', commentId: '1', replyId: 'r', replyVersion: 2 });
  await appendAudit({ at: '2026-11-23T12:00:00.000Z', kind: 'dismiss', platform: 'x', commentId: '2' });
  expect((await listAudit({ kinds: ['insert'] })).map((a) => a.commentId)).toEqual(['1']);
  expect((await listAudit({ from: '2026-11-23T11:00:00.000Z' })).map((a) => a.kind)).toEqual(['dismiss']);
});

test('a register import is all-or-nothing and names the bad entry and field', async () => {
  const { applyClaimImport } = await import('../../lib/db');
  const good = { id: 'c1', statement: 'Cacao & Co is closing its factory', lang: 'en', status: 'false' };
  await expect(applyClaimImport(JSON.stringify([good, { ...good, id: 'c2', status: 'rumoured' }]))).rejects.toThrow(/entry 2: status/);
  await expect(applyClaimImport(JSON.stringify([good, good]))).rejects.toThrow(/entry 2: id "c1" is already used by entry 1/);
  await expect(applyClaimImport('{not json')).rejects.toThrow(/not valid JSON/);
  expect(await claims.list()).toEqual([]);
  await expect(applyClaimImport(JSON.stringify([good]))).resolves.toEqual({ added: 1, updated: 0 });
  await expect(applyClaimImport(JSON.stringify([{ ...good, statement: 'Cacao & Co closes the Lyon factory' }]))).resolves.toEqual({ added: 0, updated: 1 });
});

test('a correction link must be a web link', async () => {
  const base = { id: 'c9', statement: 'The bars contain palm oil', lang: 'en', status: 'false', createdAt: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T10:00:00Z' };
  await expect(claims.save({ ...base, correctionLink: 'javascript:alert(1)' } as never)).rejects.toThrow(/correctionLink/);
  await expect(claims.save({ ...base, correctionLink: 'https://cacao.example/facts' } as never)).resolves.toMatchObject({ id: 'c9' });
});
