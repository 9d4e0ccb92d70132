import { expect, test } from 'vitest';
import { effectiveSensitivity, flagsOf, verdictKindOf } from '../../lib/page/verdicts';
import type { Verdict } from '../../lib/types';

const verdict = (hostile: boolean, rumour: boolean, match = false): Verdict => ({
  lang: 'en',
  hostility: { score: hostile ? 0.9 : 0.1, severity: hostile ? 'high' : 'none', flagged: hostile, labels: [] },
  rumour: { score: rumour ? 0.9 : 0.1, flagged: rumour, cues: [], match: match ? { claimId: 'c1', score: 0.8 } : null },
  reasons: [],
});

test('the page hook says hostile first, then rumour (flagged or matching the register), else ok', () => {
  expect(verdictKindOf(verdict(true, true))).toBe('hostile');
  expect(flagsOf(verdict(true, true))).toEqual(['hostile', 'rumour']);
  expect(verdictKindOf(verdict(false, false, true))).toBe('rumour');
  expect(verdictKindOf(verdict(false, false))).toBe('ok');
  expect(verdictKindOf(verdict(true, false), true)).toBe('ok');
});

test('crisis mode raises the sensitivity one step, never past high', () => {
  expect(effectiveSensitivity({ sensitivity: 'balanced', crisisMode: false })).toBe('balanced');
  expect(effectiveSensitivity({ sensitivity: 'low', crisisMode: true })).toBe('balanced');
  expect(effectiveSensitivity({ sensitivity: 'balanced', crisisMode: true })).toBe('high');
  expect(effectiveSensitivity({ sensitivity: 'high', crisisMode: true })).toBe('high');
});
