/**
 * The in-page card asks the background for a reply's length (lib/background/features/replies.ts):
 * X's counting library is loaded there once, not in the content script of every page.
 */
import { expect, test } from 'vitest';
import { repliesFeature } from '../../lib/background/features/replies';
import { MESSAGES } from '../../lib/messages';
import type { Sender } from '../../lib/messaging';

const sender: Sender = { id: 'vigie', url: 'https://x.com/cacaoandco/status/1', tab: { id: 3 } as Sender['tab'] };
const measure = repliesFeature.handlers!['cs:measure-reply']!;

test('counts an X reply the way X does: a link 23 whatever its length, an emoji 2', async () => {
  const text = `Here are the facts: https://www.example-brand-newsroom.com/facts/2024/official-correction-about-the-recall 🙏`;
  const answer = await measure({ platform: 'x', text }, sender);
  expect(MESSAGES['cs:measure-reply'].response.parse(answer)).toEqual({ length: 20 + 23 + 1 + 2, limit: 280, over: false });
});

test('says when a reply is over the platform limit, and counts Facebook in code points', async () => {
  expect(await measure({ platform: 'x', text: 'a'.repeat(281) }, sender)).toEqual({ length: 281, limit: 280, over: true });
  expect(await measure({ platform: 'facebook', text: '🙏'.repeat(10) }, sender)).toEqual({ length: 10, limit: 8000, over: false });
});

test('its request is checked where it is received: an unknown platform or an overlong text is refused', () => {
  const request = MESSAGES['cs:measure-reply'].request;
  expect(request.safeParse({ platform: 'tiktok', text: 'hi' }).success).toBe(false);
  expect(request.safeParse({ platform: 'x', text: 'a'.repeat(20_001) }).success).toBe(false);
  expect(request.safeParse({ platform: 'instagram', text: 'merci' }).success).toBe(true);
});
