import Dexie from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { claims, listAudit, useDatabaseForTests, VigieDatabase } from '../../lib/db';
import { registerFeature } from '../../lib/background/features/register';
import type { Sender } from '../../lib/messaging';

let name = '';
beforeEach(() => {
  name = `vigie-reg-${Math.random()}`;
  useDatabaseForTests(new VigieDatabase(name));
});
afterEach(async () => {
  useDatabaseForTests(null);
  await Dexie.delete(name);
});

const sender: Sender = { id: 'vigie', url: 'https://x.com/cacaoandco/status/1', tab: { id: 3 } as Sender['tab'] };
const h = registerFeature.handlers!;

test('an emerging rumour added from a page becomes an unverified, active register entry that pages then match', async () => {
  const { id } = await h['cs:add-claim']!({ statement: 'They say the Lyon factory is closing', lang: 'en', variants: ['Heard the Lyon plant shuts down'] }, sender);
  const saved = await claims.get(id);
  expect(saved).toMatchObject({ status: 'unverified', active: true, lang: 'en', variants: ['Heard the Lyon plant shuts down'] });
  const { claims: forPages } = await h['cs:get-register']!({}, sender);
  expect(forPages.map((c) => c.id)).toEqual([id]);
  expect((await listAudit()).map((a) => a.detail)).toEqual([expect.stringContaining(id)]);
});

test('inactive entries are not sent to pages', async () => {
  const { id } = await h['cs:add-claim']!({ statement: 'The 85% bar contains palm oil', lang: 'en', variants: [] }, sender);
  await claims.save({ ...(await claims.get(id))!, active: false });
  expect((await h['cs:get-register']!({}, sender)).claims).toEqual([]);
});
