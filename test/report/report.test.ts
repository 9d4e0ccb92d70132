import Papa from 'papaparse';
import type { Observation } from '../../lib/radar';
import { afterActionReport, escapeMarkdown, responseTimes, type AuditEntry, type EscalationRecord } from '../../lib/report';
import { ordinaryTraffic, surge } from '../radar/generators';

const o = (id: string, postedAt: string, verdict: Observation['verdict'], extra: Partial<Observation> = {}): Observation => ({
  commentId: id,
  threadId: 't1',
  postedAt,
  verdict,
  ...extra,
});

describe('responseTimes', () => {
  it('measures from the posting to the first reply inserted, skipping unanswered comments', () => {
    const obs = [o('a', '2024-03-04T10:00:00Z', 'hostile'), o('b', '2024-03-04T10:05:00Z', 'ok'), o('c', '2024-03-04T10:30:00Z', 'rumour')];
    const audit: AuditEntry[] = [
      { at: '2024-03-04T10:20:00Z', kind: 'insert', commentId: 'a', replyId: 'r1' },
      { at: '2024-03-04T10:12:00Z', kind: 'insert', commentId: 'a', replyId: 'r2' },
      { at: '2024-03-04T10:25:00Z', kind: 'dismiss', commentId: 'b' },
      // An estimated posting time ("1 h") can come after the insertion: the wait is 0, not negative.
      { at: '2024-03-04T10:29:00Z', kind: 'insert', commentId: 'c' },
    ];
    expect(responseTimes(obs, audit)).toEqual([
      { commentId: 'a', postedAt: '2024-03-04T10:00:00.000Z', answeredAt: '2024-03-04T10:12:00.000Z', minutes: 12 },
      { commentId: 'c', postedAt: '2024-03-04T10:30:00.000Z', answeredAt: '2024-03-04T10:29:00.000Z', minutes: 0 },
    ]);
  });
});

describe('afterActionReport', () => {
  const from = new Date('2024-03-05T12:00:00Z');
  const to = new Date('2024-03-05T18:00:00Z');
  const observations: Observation[] = [
    ...ordinaryTraffic({ seed: 41, start: '2024-03-04T00:00:00.000Z', days: 2, peakPerHour: 40, troughPerHour: 3, hostileShare: 0.05, rumourShare: 0.01 }),
    ...surge({ seed: 42, start: '2024-03-05T14:00:00.000Z', minutes: 60, perHour: 160, hostileShare: 0.4, rumourShare: 0.1, claimId: 'claim-recall', threadId: 'post-9' }),
    o('evil', '2024-03-05T14:30:00Z', 'hostile', { threadId: 'x|y' }),
  ];
  const surgeHostile = observations.filter((x) => x.threadId === 'post-9' && x.verdict === 'hostile').slice(0, 4);
  const audit: AuditEntry[] = [
    ...surgeHostile.map((x, i) => ({ at: new Date(Date.parse(x.postedAt) + (i + 1) * 5 * 60_000).toISOString(), kind: 'insert' as const, commentId: x.commentId, replyId: `r${i}` })),
    { at: '2024-03-05T14:40:00Z', kind: 'dismiss', commentId: 'evil' },
    { at: '2024-03-05T14:20:00Z', kind: 'crisis_on' },
    { at: '2024-03-05T17:00:00Z', kind: 'crisis_off' },
    { at: '2024-03-04T09:00:00Z', kind: 'insert', commentId: 'old' }, // before the period
  ];
  const rumour = observations.find((x) => x.claimId === 'claim-recall') as Observation;
  const escalations: EscalationRecord[] = [
    { id: 'e1', createdAt: '2024-03-05T14:25:00Z', status: 'delivered', commentId: rumour.commentId, claimId: 'claim-recall' },
    { id: '=HYPERLINK("http://evil")', createdAt: '2024-03-05T15:00:00Z', status: 'queued', commentId: '@cmd' },
    { id: 'e-old', createdAt: '2024-03-01T15:00:00Z', status: 'delivered', commentId: 'zzz' },
  ];
  const report = afterActionReport({ from, to, observations, audit, escalations });

  it('counts what was flagged, answered, dismissed and escalated in the period', () => {
    const s = report.summary;
    const inPeriod = observations.filter((x) => x.postedAt >= from.toISOString() && x.postedAt < to.toISOString());
    expect(s.comments.total).toBe(inPeriod.length);
    expect(s.flagged).toBe(inPeriod.filter((x) => x.verdict !== 'ok').length);
    expect(s.flaggedAnswered).toBe(4);
    expect(s.flaggedDismissed).toBe(1);
    expect(s.flaggedEscalated).toBe(1);
    expect(s.flaggedUnhandled).toBe(s.flagged - 6);
    expect(s.repliesInserted).toBe(4);
    expect(s.escalations).toBe(2);
    expect(s.escalationsByStatus).toEqual({ delivered: 1, queued: 1 });
    expect(s.crisisModeSwitches).toEqual({ on: 1, off: 1 });
    expect(s.responseMinutes).toMatchObject({ count: 4, max: 20 });
    expect(s.topThreads[0].threadId).toBe('post-9');
    expect(s.topClaims[0].claimId).toBe('claim-recall');
  });

  it('includes what the radar said during the surge', () => {
    expect(['alert', 'crisis']).toContain(report.summary.radar.maxLevel);
    expect(Date.parse(report.summary.radar.firstAlertAt as string)).toBeGreaterThanOrEqual(Date.parse('2024-03-05T14:00:00Z'));
    const total = Object.values(report.summary.radar.minutesAtLevel).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(360, 0);
    expect(report.markdown).toMatch(/### Level changes/);
  });

  it('writes Markdown with headings and tables, untrusted text escaped', () => {
    const md = report.markdown;
    expect(md.startsWith('# After-action report\n')).toBe(true);
    for (const h of ['## Summary', '## Radar', '## Hottest threads', '## Top rumours', '## Escalations', '## Response times']) expect(md).toContain(h);
    expect(md).toMatch(/\| Flagged and answered \| 4 \(\d+%\) \|/);
    // The escalation id cannot open a link nor break the table.
    expect(md).toContain('\\=HYPERLINK\\(\\"http\\://evil\\"\\)');
    expect(md).not.toContain('x|y');
  });

  it('writes a CSV row per flagged or handled comment, formulas neutralised', () => {
    const parsed = Papa.parse<Record<string, string>>(report.csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['comment_id', 'thread_id', 'posted_at', 'verdict', 'claim_id', 'answered_at', 'response_minutes', 'dismissed_at', 'escalated_at', 'escalation_status']);
    expect(parsed.data).toHaveLength(report.summary.flagged + 0);
    const answered = parsed.data.filter((r) => r.answered_at !== '');
    expect(answered).toHaveLength(4);
    const escalated = parsed.data.find((r) => r.comment_id === rumour.commentId);
    expect(escalated?.escalation_status).toBe('delivered');
    const evil = afterActionReport({ from, to, observations: [o('=1+1', '2024-03-05T13:00:00Z', 'hostile')], audit: [], escalations: [] });
    expect(evil.csv.split('\r\n')[1].startsWith(`"'=1+1"`)).toBe(true);
  });

  it('speaks French when asked', () => {
    const fr = afterActionReport({ from, to, observations, audit, escalations, locale: 'fr' });
    expect(fr.markdown.startsWith('# Rapport après action\n')).toBe(true);
    expect(fr.markdown).toContain('## Synthèse');
    expect(fr.markdown).toMatch(/\| Signalés et répondus \| 4 \(\d+ %\) \|/);
    expect(fr.markdown).toMatch(/part (hostile|hostile ou rumeur|de rumeurs)/);
    expect(fr.csv.split('\r\n')[0]).toBe('id_commentaire,id_fil,publie_le,verdict,id_affirmation,repondu_le,attente_minutes,ecarte_le,remonte_le,etat_remontee');
  });

  it('reports an empty period plainly, and refuses a backwards one', () => {
    const empty = afterActionReport({ from: new Date('2020-01-01T00:00:00Z'), to: new Date('2020-01-02T00:00:00Z'), observations, audit, escalations });
    expect(empty.summary.comments.total).toBe(0);
    expect(empty.summary.responseMinutes).toBeNull();
    expect(empty.summary.radar.maxLevel).toBe('calm');
    expect(empty.markdown).toContain('no answered comment');
    expect(empty.csv.trimEnd().split('\r\n')).toHaveLength(1);
    expect(empty.csv.endsWith('\r\n')).toBe(true);
    expect(() => afterActionReport({ from: to, to: from, observations, audit, escalations })).toThrow(RangeError);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises links, HTML, emphasis, tables and line breaks', () => {
    const out = escapeMarkdown('[click](javascript:alert(1)) <img src=x> *a* | b\n# heading');
    expect(out).not.toMatch(/(^|[^\\])[[\]()<>*|#]/);
    expect(out).not.toContain('\n');
  });
});
