import { describe, expect, test } from 'vitest';
import { chartData, hottestThreads, periodRange, queueSummary, responseSummary, topRumours } from '../../components/app/dashboard/data';
import type { Claim, Observation } from '../../lib/db';

const NOW = new Date('2026-03-01T12:30:00Z');

function obs(id: string, minutesAgo: number, verdict: Observation['verdict'], extra: Partial<Observation> = {}): Observation {
  return {
    key: `x:${id}`,
    platform: 'x',
    commentId: id,
    threadId: 't1',
    pageKey: 'https://x.com/brand/status/1',
    postedAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
    verdict,
    claimId: null,
    seenAt: NOW.toISOString(),
    ...extra,
  };
}

function claim(id: string, statement: string): Claim {
  return {
    id,
    statement,
    variants: [],
    keywords: [],
    lang: 'en',
    status: 'false',
    correctionText: '',
    correctionLink: '',
    replyIds: [],
    severity: 'medium',
    owner: '',
    active: true,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

describe('dashboard chart data', () => {
  test('the last 24 hours are 24 hourly buckets on round hours, ending after now', () => {
    const { from, to } = periodRange('24h', NOW);
    expect(to.toISOString()).toBe('2026-03-01T13:00:00.000Z');
    expect(from.toISOString()).toBe('2026-02-28T13:00:00.000Z');
    const data = chartData([], '24h', NOW, 'en');
    expect(data.labels).toHaveLength(24);
    expect(data.total.every((n) => n === 0)).toBe(true);
  });

  test('the last 7 days are 28 six-hour buckets', () => {
    expect(chartData([], '7d', NOW, 'fr').labels).toHaveLength(28);
  });

  test('counts total, hostile and rumour comments in the bucket they were posted in', () => {
    const data = chartData(
      [obs('1', 10, 'hostile'), obs('2', 20, 'rumour'), obs('3', 25, 'ok'), obs('4', 90, 'hostile'), obs('old', 60 * 30, 'hostile')],
      '24h',
      NOW,
      'en',
    );
    const last = data.total.length - 1;
    expect([data.total[last], data.hostile[last], data.rumour[last]]).toEqual([3, 1, 1]); // 12:00–13:00
    expect([data.total[last - 1], data.hostile[last - 1]]).toEqual([1, 1]); // 11:00–12:00
    expect(data.total.reduce((a, b) => a + b, 0)).toBe(4); // the 30-hour-old comment is outside
  });

  test('the same comment id on two platforms counts twice (ids are per platform)', () => {
    const data = chartData([obs('7', 5, 'hostile'), { ...obs('7', 5, 'hostile'), key: 'facebook:7', platform: 'facebook' }], '24h', NOW, 'en');
    expect(data.hostile.reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('hottest threads', () => {
  test('orders by heat then flagged comments, and leaves out threads with nothing flagged', () => {
    const calm = Array.from({ length: 6 }, (_, i) => obs(`c${i}`, i, 'ok', { threadId: 'calm' }));
    const burning = Array.from({ length: 12 }, (_, i) => obs(`b${i}`, i, 'hostile', { threadId: 'fire', pageKey: 'https://x.com/brand/status/9' }));
    const warm = [obs('w1', 1, 'rumour', { threadId: 'warm' }), obs('w2', 2, 'ok', { threadId: 'warm' })];
    const threads = hottestThreads([...calm, ...warm, ...burning]);
    expect(threads.map((t) => [t.threadId, t.heat])).toEqual([
      ['fire', 'burning'],
      ['warm', 'warm'],
    ]);
    expect(threads[0]).toMatchObject({ platform: 'x', pageKey: 'https://x.com/brand/status/9', hostile: 12, total: 12 });
  });
});

describe('top rumours', () => {
  test('counts each comment once per claim and names the claim from the register', () => {
    const list = [
      obs('1', 1, 'rumour', { claimId: 'c-recall' }),
      obs('1', 1, 'rumour', { claimId: 'c-recall' }),
      obs('2', 2, 'rumour', { claimId: 'c-recall' }),
      obs('3', 3, 'rumour', { claimId: 'c-gone' }),
    ];
    expect(topRumours(list, [claim('c-recall', 'The product is being recalled')])).toEqual([
      { claimId: 'c-recall', statement: 'The product is being recalled', count: 2 },
      { claimId: 'c-gone', statement: null, count: 1 },
    ]);
  });
});

describe('queue summary', () => {
  test('counts every status and lists the five latest, newest first', () => {
    const list = Array.from({ length: 7 }, (_, i) => ({
      id: `e${i}`,
      status: (i % 2 ? 'queued' : 'resolved') as 'queued' | 'resolved',
      createdAt: `2026-03-01T0${i}:00:00Z`,
    }));
    const { counts, latest } = queueSummary(list);
    expect(counts).toEqual({ queued: 3, delivered: 0, failed: 0, acknowledged: 0, resolved: 4, dismissed: 0 });
    expect(latest.map((e) => e.id)).toEqual(['e6', 'e5', 'e4', 'e3', 'e2']);
  });
});

describe('response times', () => {
  test('median and 90th percentile from posting to the first insertion, matching comments by platform and id', () => {
    const list = [obs('1', 100, 'hostile'), obs('2', 100, 'hostile'), obs('3', 100, 'ok'), obs('4', 100, 'hostile')];
    const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();
    const insert = (commentId: string, minutesAgo: number, platform: 'x' | 'facebook' = 'x') => ({
      id: undefined,
      at: at(minutesAgo),
      kind: 'insert' as const,
      platform,
      commentId,
      replyId: 'r',
      replyVersion: 1,
      escalationId: null,
      detail: '',
    });
    const audit = [insert('1', 90), insert('1', 50), insert('2', 70), insert('3', 40), insert('4', 0, 'facebook')];
    // Waits: comment 1 → 10 min (first insertion), 2 → 30, 3 → 60; comment 4's insertion was on another platform.
    expect(responseSummary(list, audit)).toEqual({ count: 3, medianMinutes: 30, p90Minutes: 60 });
    expect(responseSummary(list, [])).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });
  });
});
