import { timeline, type Observation } from '../../lib/radar';

const o = (id: string, postedAt: string, verdict: Observation['verdict']): Observation => ({ commentId: id, postedAt, verdict });

describe('timeline', () => {
  const from = new Date('2024-03-04T10:00:00Z');
  const to = new Date('2024-03-04T11:00:00Z');

  it('counts comments per bucket, with empty buckets present', () => {
    const rows = timeline(
      [o('a', '2024-03-04T10:01:00Z', 'hostile'), o('b', '2024-03-04T10:14:59Z', 'ok'), o('c', '2024-03-04T10:45:00Z', 'rumour'), o('a', '2024-03-04T10:01:00Z', 'hostile')],
      from,
      to,
      15,
    );
    expect(rows).toEqual([
      { start: '2024-03-04T10:00:00.000Z', total: 2, hostile: 1, rumour: 0 },
      { start: '2024-03-04T10:15:00.000Z', total: 0, hostile: 0, rumour: 0 },
      { start: '2024-03-04T10:30:00.000Z', total: 0, hostile: 0, rumour: 0 },
      { start: '2024-03-04T10:45:00.000Z', total: 1, hostile: 0, rumour: 1 },
    ]);
  });

  it('leaves out comments outside the period (the end is exclusive)', () => {
    const rows = timeline([o('a', '2024-03-04T09:59:59Z', 'ok'), o('b', '2024-03-04T11:00:00Z', 'ok')], from, to, 60);
    expect(rows).toEqual([{ start: '2024-03-04T10:00:00.000Z', total: 0, hostile: 0, rumour: 0 }]);
  });

  it('refuses a bucket size that cannot make a chart', () => {
    expect(() => timeline([], from, to, 0)).toThrow(RangeError);
    expect(() => timeline([], from, new Date('2030-01-01T00:00:00Z'), 1)).toThrow(/too many/);
    expect(timeline([], to, from, 5)).toEqual([]);
  });
});
