import { expect, test } from 'vitest';
import { useFreshDatabase } from '../fresh-db';
import { claims, listAudit } from '../../lib/db';
import { classifyFeature, forgetRegister } from '../../lib/background/features/classify';
import { registerFeature } from '../../lib/background/features/register';
import { unpackClassified } from '../../lib/classify-answer';
import { MESSAGES } from '../../lib/messages';
import type { Sender } from '../../lib/messaging';

useFreshDatabase('vigie-reg', forgetRegister);

const sender: Sender = { id: 'vigie', url: 'https://x.com/cacaoandco/status/1', tab: { id: 3 } as Sender['tab'] };
const h = registerFeature.handlers!;
const classifyOne = async (text: string) =>
  unpackClassified(MESSAGES['cs:classify'].response.parse(await classifyFeature.handlers!['cs:classify']!({ platform: 'x', sensitivity: 'balanced', items: [{ id: '1', text }] }, sender)))[0];

test('an emerging rumour added from a page becomes an unverified, active register entry that pages then match', async () => {
  // Compiled once before the entry exists: adding it must make the background compile it again.
  expect((await classifyOne('They say the Lyon factory is closing')).claim).toBeNull();
  const { id } = await h['cs:add-claim']!({ statement: 'They say the Lyon factory is closing', lang: 'en', variants: ['Heard the Lyon plant shuts down'] }, sender);
  const saved = await claims.get(id);
  expect(saved).toMatchObject({ status: 'unverified', active: true, lang: 'en', variants: ['Heard the Lyon plant shuts down'] });
  const matched = await classifyOne('heard the lyon plant shuts down next month');
  expect(matched.claim).toEqual({ id, statement: 'They say the Lyon factory is closing' });
  expect(matched.verdict.rumour.match?.claimId).toBe(id);
  expect((await listAudit()).map((a) => a.detail)).toEqual([expect.stringContaining(id)]);
});

test('inactive entries are not matched', async () => {
  const { id } = await h['cs:add-claim']!({ statement: 'The 85% bar contains palm oil', lang: 'en', variants: [] }, sender);
  expect((await classifyOne('the 85% bar contains palm oil!!')).claim?.id).toBe(id);
  await claims.save({ ...(await claims.get(id))!, active: false });
  forgetRegister();
  expect((await classifyOne('the 85% bar contains palm oil!!')).claim).toBeNull();
});
