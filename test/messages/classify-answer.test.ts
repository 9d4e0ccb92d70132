import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isPlain, packClassified, unpackClassified } from '../../lib/classify-answer';
import { MESSAGES, type Classified } from '../../lib/messages';
import { HOSTILITY_LABELS } from '../../lib/types';

// JSON has no -0 (it arrives as 0), and the answer travels as JSON: generate numbers it can carry.
const jsonSafe = (x: number) => (Object.is(x, -0) ? 0 : x);
const score = fc.double({ min: 0, max: 1, noNaN: true }).map(jsonSafe);
const verdict = fc.record({
  lang: fc.constantFrom('en' as const, 'fr' as const, 'other' as const),
  hostility: fc.record({
    score,
    severity: fc.constantFrom('none' as const, 'low' as const, 'medium' as const, 'high' as const),
    flagged: fc.boolean(),
    labels: fc.subarray([...HOSTILITY_LABELS]),
  }),
  rumour: fc.record({
    score,
    flagged: fc.boolean(),
    cues: fc.array(fc.constantFrom('hearsay', 'boycott'), { maxLength: 2 }),
    match: fc.option(fc.record({ claimId: fc.string({ minLength: 1, maxLength: 8 }), score }), { nil: null }),
  }),
  reasons: fc.array(fc.record({ start: fc.nat(50), end: fc.nat(50), axis: fc.constant('hostility' as const), label: fc.constant('insult'), weight: fc.double({ noNaN: true, min: -5, max: 5 }).map(jsonSafe) }), { maxLength: 2 }),
});
// Most real verdicts are plain: generate those often too.
const plainVerdict = fc.record({ lang: fc.constantFrom('en' as const, 'fr' as const, 'other' as const), h: score, r: score }).map(({ lang, h, r }) => ({
  lang,
  hostility: { score: h, severity: 'none' as const, flagged: false, labels: [] },
  rumour: { score: r, flagged: false, cues: [], match: null },
  reasons: [],
}));
const results = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[0-9]{1,19}$/),
    verdict: fc.oneof(verdict, plainVerdict),
    dismissed: fc.boolean(),
    claim: fc.option(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), statement: fc.string({ maxLength: 40 }) }), { nil: null }),
  }),
  { selector: (r) => r.id, maxLength: 40 },
);

test('a packed answer is a valid cs:classify answer and unpacks to the same verdicts', () => {
  fc.assert(
    fc.property(results, (rs: Classified[]) => {
      // As it travels: one JSON string, parsed and checked where the page receives it.
      const received = MESSAGES['cs:classify'].response.safeParse(JSON.stringify(packClassified(rs)));
      expect(received.success).toBe(true);
      const byId = new Map(unpackClassified(received.data!).map((r) => [r.id, r]));
      expect(byId.size).toBe(rs.length);
      for (const r of rs) expect(byId.get(r.id)).toEqual(r);
    }),
  );
});

test('only verdicts with nothing to show travel as columns', () => {
  const plain: Classified = { id: '1', verdict: { lang: 'en', hostility: { score: 0.1, severity: 'none', flagged: false, labels: [] }, rumour: { score: 0.2, flagged: false, cues: [], match: null }, reasons: [] }, dismissed: false, claim: null };
  const profane: Classified = { ...plain, id: '2', verdict: { ...plain.verdict, hostility: { ...plain.verdict.hostility, labels: ['profanity'] } } };
  expect(isPlain(plain.verdict)).toBe(true);
  expect(isPlain(profane.verdict)).toBe(false);
  const packed = packClassified([plain, profane]);
  expect(packed.plain.ids).toEqual(['1']);
  expect(packed.full.map((f) => f.id)).toEqual(['2']);
});

test('columns of different lengths are refused where the page receives them', () => {
  const bad = { full: [], plain: { ids: ['1', '2'], lang: ['en'], hostility: [0.1, 0.2], rumour: [0, 0] }, dismissed: [] };
  expect(MESSAGES['cs:classify'].response.safeParse(JSON.stringify(bad)).success).toBe(false);
});

test('a column with a value out of its range is refused, naming what it expected', () => {
  const answer = (plain: object) => JSON.stringify({ full: [], plain: { ids: ['1'], lang: ['en'], hostility: [0.1], rumour: [0.2], ...plain }, dismissed: [] });
  expect(MESSAGES['cs:classify'].response.safeParse(answer({})).success).toBe(true);
  for (const bad of [{ hostility: [1.5] }, { rumour: ['0.2'] }, { lang: ['de'] }, { ids: [''] }]) {
    const result = MESSAGES['cs:classify'].response.safeParse(answer(bad));
    expect(result.success, JSON.stringify(bad)).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^expected a list of at most 500 /);
  }
});

test('an answer that is not JSON is refused with a reason', () => {
  const result = MESSAGES['cs:classify'].response.safeParse('{"full": [');
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toMatch(/^not JSON/);
});
