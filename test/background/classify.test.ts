import { expect, test } from 'vitest';
import { useFreshDatabase } from '../fresh-db';
import { classify } from '../../lib/classify';
import { claims, saveDismissal } from '../../lib/db';
import { classifyFeature, forgetRegister } from '../../lib/background/features/classify';
import { unpackClassified } from '../../lib/classify-answer';
import { MESSAGES } from '../../lib/messages';
import type { Sender } from '../../lib/messaging';

useFreshDatabase('vigie-cls', forgetRegister);

const sender: Sender = { id: 'vigie', url: 'https://x.com/cacaoandco/status/1', tab: { id: 3 } as Sender['tab'] };
const handleAnswer = classifyFeature.handlers!['cs:classify']!;
/** The answer as the page reads it, in the order asked. */
async function handle(...args: Parameters<typeof handleAnswer>) {
  // Parsed and checked as the page does it.
  const results = unpackClassified(MESSAGES['cs:classify'].response.parse(await handleAnswer(...args)));
  return { results: args[0].items.map((item) => results.find((r) => r.id === item.id)!) };
}

const HOSTILE = 'You are a pathetic idiot, shut up';
const COMPLAINT = 'My order arrived broken, I want a refund';

test("a page's comments come back with their verdicts, reasons for the flagged ones only, in a valid answer", async () => {
  const answer = await handle({ platform: 'x', sensitivity: 'balanced', items: [{ id: '10', text: HOSTILE }, { id: '11', text: COMPLAINT }] }, sender);
  const [hostile, complaint] = answer.results;
  expect(hostile).toMatchObject({ id: '10', dismissed: false, claim: null });
  expect(hostile.verdict.hostility.flagged).toBe(true);
  expect(hostile.verdict.reasons.map((r) => HOSTILE.slice(r.start, r.end).toLowerCase())).toContain('idiot');
  expect(complaint.verdict.hostility.flagged).toBe(false);
  expect(complaint.verdict.reasons).toEqual([]);
});

test('the verdict is the one lib/classify gives at the sensitivity the page asked for', async () => {
  const texts = [HOSTILE, COMPLAINT, 'merde, l’appli a encore planté', 'I heard they are closing the factory, share before it gets deleted'];
  for (const sensitivity of ['low', 'balanced', 'high'] as const) {
    const { results } = await handle({ platform: 'x', sensitivity, items: texts.map((text, i) => ({ id: String(i + 1), text })) }, sender);
    results.forEach((r, i) => {
      const expected = classify(texts[i], { sensitivity });
      expect(r.verdict.hostility).toEqual(expected.hostility);
      expect(r.verdict.rumour).toEqual(expected.rumour);
    });
  }
});

test('a comment the moderator dismissed before comes back dismissed, on its platform only', async () => {
  await saveDismissal({ platform: 'x', commentId: '10', verdictKinds: ['hostile'], hostilityScore: 0.9, rumourScore: 0, lang: 'en', text: HOSTILE });
  const onX = await handle({ platform: 'x', sensitivity: 'balanced', items: [{ id: '10', text: HOSTILE }, { id: '12', text: HOSTILE }] }, sender);
  expect(onX.results.map((r) => [r.id, r.dismissed])).toEqual([['10', true], ['12', false]]);
  const onFacebook = await handle({ platform: 'facebook', sensitivity: 'balanced', items: [{ id: '10', text: HOSTILE }] }, sender);
  expect(onFacebook.results[0].dismissed).toBe(false);
});

test('a register entry saved elsewhere (options page, import) is matched once the watch has seen it', async () => {
  classifyFeature.start!();
  const text = 'the Lyon factory is closing next month';
  expect((await handle({ platform: 'x', sensitivity: 'balanced', items: [{ id: '1', text }] }, sender)).results[0].claim).toBeNull();
  const now = new Date().toISOString();
  await claims.save({
    id: 'lyon', statement: 'The Lyon factory is closing', lang: 'en', variants: [], keywords: [], status: 'false', correctionText: '', correctionLink: '',
    replyIds: [], severity: 'high', owner: '', active: true, createdAt: now, updatedAt: now,
  });
  await expect.poll(async () => (await handle({ platform: 'x', sensitivity: 'balanced', items: [{ id: '1', text }] }, sender)).results[0].claim).toEqual({
    id: 'lyon',
    statement: 'The Lyon factory is closing',
  });
});

test("the in-page card's tone check warns on a rude draft and not on a courteous one", async () => {
  const tone = classifyFeature.handlers!['cs:check-tone']!;
  const rude = await tone({ text: 'Oh great, another customer who did not read the manual. Thanks for nothing.' }, sender);
  expect(rude.ok).toBe(false);
  expect(MESSAGES['cs:check-tone'].response.safeParse(rude).success).toBe(true);
  expect((await tone({ text: 'We are sorry about your order. Could you send us its number so we can refund you?' }, sender)).warnings).toEqual([]);
});
