import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { V1_STORES, VigieDatabase, useDatabaseForTests, listObservations, getSettings, activeClaims } from '../../lib/db';

// A database created by version 1 of Vigie, with a moderator's data in it, must come through the
// upgrade to the current version whole.
let name = '';
afterEach(async () => {
  useDatabaseForTests(null);
  if (name) await Dexie.delete(name);
});

test('an old version-1 database keeps its data when the current version opens it', async () => {
  name = `vigie-upgrade-${Math.random()}`;
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  await old.table('replies').put({ id: 'r1', title: 'Thanks', body: 'Merci {author}', status: 'approved', lang: 'fr', updatedAt: '2026-01-01T00:00:00Z' });
  await old.table('claims').put({
    id: 'c1', statement: 'Cacao & Co uses palm oil again', variants: [], keywords: [], lang: 'en', status: 'false',
    correctionText: 'We do not.', correctionLink: 'https://cacao.example/facts', replyIds: [], severity: 'high', owner: 'crisis team',
    active: true, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  });
  await old.table('observations').bulkPut([
    { key: 'x:1', platform: 'x', commentId: '1', threadId: '9', pageUrl: 'https://x.com/cacao/status/9?s=20', postedAt: '2026-01-01T10:00:00Z', verdict: 'hostile', seenAt: '2026-01-01T10:01:00Z' },
    { key: 'x:2', platform: 'x', commentId: '2', threadId: '9', pageUrl: 'https://x.com/cacao/status/9#reply', postedAt: '2026-01-01T10:05:00Z', verdict: 'ok', seenAt: '2026-01-01T10:06:00Z' },
  ]);
  await old.table('settings').put({ key: 'settings', value: { sensitivity: 'high', locale: 'fr' } });
  await old.table('audit').add({ at: '2026-01-01T10:02:00Z', kind: 'insert', commentId: '1', replyId: 'r1', replyVersion: 1 });
  old.close();

  const current = new VigieDatabase(name);
  useDatabaseForTests(current);
  await current.open();
  expect(current.verno).toBe(2);

  expect(await current.replies.get('r1')).toMatchObject({ body: 'Merci {author}' });
  expect((await activeClaims()).map((c) => c.id)).toEqual(['c1']);
  const settings = await getSettings();
  expect(settings.sensitivity).toBe('high');
  expect(settings.locale).toBe('fr');
  expect(await current.audit.count()).toBe(1);

  // Both observations now belong to one page, whatever their query string or fragment was.
  const onPage = await listObservations('https://x.com/cacao/status/9');
  expect(onPage.map((o) => o.commentId).sort()).toEqual(['1', '2']);
  expect(onPage.every((o) => o.claimId === null && !('pageUrl' in o))).toBe(true);
});
