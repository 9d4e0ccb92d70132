import { heatOf, threadHeat, type Observation } from '../../lib/radar';

function thread(id: string, verdicts: Array<Observation['verdict']>, startIso = '2024-03-04T10:00:00.000Z'): Observation[] {
  return verdicts.map((verdict, i) => ({
    commentId: `${id}-${i}`,
    threadId: id,
    postedAt: new Date(Date.parse(startIso) + i * 60_000).toISOString(),
    verdict,
  }));
}
const many = <T,>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('threadHeat', () => {
  it('ranks threads from cool to burning by flagged count and share together', () => {
    const heat = threadHeat([
      ...thread('friendly', [...many(40, 'ok'), 'hostile', 'hostile'] as Observation['verdict'][]),
      ...thread('one-insult', ['ok', 'hostile']),
      ...thread('heated', [...many(12, 'ok'), ...many(5, 'hostile')] as Observation['verdict'][]),
      ...thread('pile-on', [...many(8, 'ok'), ...many(9, 'hostile'), ...many(3, 'rumour')] as Observation['verdict'][]),
    ]);
    expect(heat.get('friendly')?.heat).toBe('cool');
    expect(heat.get('one-insult')?.heat).toBe('warm');
    expect(heat.get('heated')?.heat).toBe('hot');
    expect(heat.get('pile-on')).toMatchObject({ total: 20, hostile: 9, rumour: 3, hostileShare: 0.45, heat: 'burning' });
  });

  it('skips comments without a thread and counts duplicates once', () => {
    const t = thread('a', ['hostile', 'ok']);
    const heat = threadHeat([...t, ...t, { commentId: 'x', threadId: null, postedAt: '2024-03-04T10:00:00Z', verdict: 'hostile' }]);
    expect([...heat.keys()]).toEqual(['a']);
    expect(heat.get('a')?.total).toBe(2);
  });

  it('can look at a recent window only', () => {
    const t = thread('a', [...many(10, 'hostile'), ...many(10, 'ok')] as Observation['verdict'][]);
    // The ten hostile comments are 10:00-10:09; the last ten minutes hold only friendly ones.
    const recent = threadHeat(t, { now: new Date('2024-03-04T10:19:00Z'), windowMinutes: 10 });
    expect(recent.get('a')).toMatchObject({ total: 10, hostile: 0, heat: 'cool' });
    expect(() => threadHeat(t, { windowMinutes: 10 })).toThrow(RangeError);
  });

  it('without a window counts every reply once, even one without a valid time; a window leaves such a reply out', () => {
    const t: Observation[] = [...thread('a', ['hostile', 'ok']), { commentId: 'a-untimed', threadId: 'a', postedAt: 'yesterday', verdict: 'hostile' }];
    expect(threadHeat(t).get('a')).toMatchObject({ total: 3, hostile: 2 });
    expect(threadHeat(t, { now: new Date('2024-03-04T11:00:00Z'), windowMinutes: 120 }).get('a')).toMatchObject({ total: 2, hostile: 1 });
  });

  it('never divides by zero', () => {
    expect(heatOf(0, 0)).toBe('cool');
  });
});
