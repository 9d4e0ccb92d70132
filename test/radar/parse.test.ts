import { observationFromRow, parseIsoTime } from '../../lib/radar/parse';

describe('reading a series row', () => {
  it('accepts ISO times with or without an offset (none means UTC)', () => {
    expect(parseIsoTime('2024-03-04T10:15:00Z')?.toISOString()).toBe('2024-03-04T10:15:00.000Z');
    expect(parseIsoTime('2024-03-04T10:15:00')?.toISOString()).toBe('2024-03-04T10:15:00.000Z');
    expect(parseIsoTime('2024-03-04T12:15:00+02:00')?.toISOString()).toBe('2024-03-04T10:15:00.000Z');
    for (const bad of ['March 4, 2024', '2024-03-04', '2024-13-45T99:00:00Z', 1709547300000, null]) expect(parseIsoTime(bad)).toBeNull();
  });

  it('builds an observation or says what is wrong', () => {
    expect(observationFromRow({ postedAt: '2024-03-04T10:15:00Z', verdict: 'rumour', threadId: 42, claimId: 'c1' }, 'line-1')).toEqual({
      commentId: 'line-1',
      threadId: '42',
      postedAt: '2024-03-04T10:15:00.000Z',
      verdict: 'rumour',
      claimId: 'c1',
    });
    expect(observationFromRow({ postedAt: '2024-03-04T10:15:00Z', verdict: 'ok', id: 'c9' }, 'x')).toMatchObject({ commentId: 'c9' });
    expect(observationFromRow({ verdict: 'ok' }, 'x')).toMatch(/"postedAt" must be an ISO 8601 time/);
    expect(observationFromRow({ postedAt: '2024-03-04T10:15:00Z', verdict: 'HOSTILE' }, 'x')).toMatch(/"verdict" must be one of/);
    expect(observationFromRow({ postedAt: '2024-03-04T10:15:00Z', verdict: 'ok', threadId: {} }, 'x')).toMatch(/"threadId"/);
  });
});
