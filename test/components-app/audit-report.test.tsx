import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AuditReport, buildReport } from '../../components/app/options/AuditReport';
import { auditForReport } from '../../components/app/options/parts/report-input';
import { appendAudit, createEscalation, recordObservations } from '../../lib/db';
import { click, freshDatabase, mount, must, settingsWith, text, typeInto, until, $, type Mounted } from './helpers';
import { rumourPacket } from './fixtures';

let view: Mounted | null = null;

beforeEach(() => {
  freshDatabase();
});

afterEach(() => {
  view?.unmount();
  view = null;
});

const FROM = new Date('2026-03-01T08:00:00.000Z');
const TO = new Date('2026-03-01T12:00:00.000Z');

async function seed(): Promise<void> {
  await recordObservations([
    { platform: 'x', commentId: '101', threadId: '100', postedAt: '2026-03-01T09:00:00.000Z', verdict: 'rumour', claimId: 'c-recall', pageUrl: 'https://x.com/b/status/100' },
    { platform: 'x', commentId: '102', threadId: '100', postedAt: '2026-03-01T09:10:00.000Z', verdict: 'hostile', claimId: null, pageUrl: 'https://x.com/b/status/100' },
    { platform: 'x', commentId: '103', threadId: '100', postedAt: '2026-03-01T09:20:00.000Z', verdict: 'hostile', claimId: null, pageUrl: 'https://x.com/b/status/100' },
    { platform: 'x', commentId: '104', threadId: '100', postedAt: '2026-03-01T09:30:00.000Z', verdict: 'ok', claimId: null, pageUrl: 'https://x.com/b/status/100' },
    // Outside the period.
    { platform: 'x', commentId: '999', threadId: '100', postedAt: '2026-03-01T13:00:00.000Z', verdict: 'hostile', claimId: null, pageUrl: 'https://x.com/b/status/100' },
  ]);
  await appendAudit({ kind: 'insert', platform: 'x', commentId: '102', replyId: 'r-1', replyVersion: 1, at: '2026-03-01T09:22:00.000Z' });
  await appendAudit({ kind: 'dismiss', platform: 'x', commentId: '103', at: '2026-03-01T09:25:00.000Z' });
  await createEscalation(rumourPacket({ commentId: '101', createdAt: '2026-03-01T09:05:00.000Z' }), new Date('2026-03-01T09:05:00.000Z'));
}

describe('the after-action report', () => {
  test('counts what was flagged, answered, dismissed and escalated in the period', async () => {
    await seed();
    const { summary, markdown, csv } = await buildReport(FROM, TO, 'en');
    expect(summary.comments).toEqual({ total: 4, hostile: 2, rumour: 1 });
    expect(summary).toMatchObject({ flagged: 3, flaggedAnswered: 1, flaggedDismissed: 1, flaggedEscalated: 1, flaggedUnhandled: 0, repliesInserted: 1, escalations: 1 });
    expect(summary.responseMinutes).toMatchObject({ count: 1, median: 12 });
    expect(markdown).toContain('#');
    expect(csv.split('\r\n').length).toBeGreaterThan(1);
  });

  test('shows the summary on screen and offers both downloads', async () => {
    await seed();
    view = await mount(<AuditReport settings={settingsWith()} />);
    const box = view.container;
    const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await typeInto(must(box, 'audit-report-from'), local(FROM));
    await typeInto(must(box, 'audit-report-to'), local(TO));
    await click(must(box, 'audit-report-make'));
    const summary = await until(() => $(box, 'audit-report-summary'), 'summary shown');
    expect(text(must(summary, 'report-comments'))).toBe('4 (2 hostile, 1 rumours)');
    expect(text(must(summary, 'report-flagged'))).toBe('3: 1 answered, 1 dismissed, 1 escalated, 0 not handled');
    expect(text(must(summary, 'report-response'))).toBe('median 12 min, 90th percentile 12 min');
    expect($(summary, 'audit-report-markdown')).not.toBeNull();
    expect($(summary, 'audit-report-csv')).not.toBeNull();
  });

  test('a period that ends before it starts is refused with a message', async () => {
    view = await mount(<AuditReport settings={settingsWith()} />);
    const box = view.container;
    await typeInto(must(box, 'audit-report-from'), '2026-03-02T10:00');
    await typeInto(must(box, 'audit-report-to'), '2026-03-01T10:00');
    await click(must(box, 'audit-report-make'));
    expect(text(must(box, 'audit-report-error'))).toBe('Choose a start and an end, the end after the start.');
    expect($(box, 'audit-report-summary')).toBeNull();
  });

  test('crisis-mode switches become the on/off entries the report counts', () => {
    const entries = auditForReport([
      { id: 1, at: '2026-03-01T09:00:00.000Z', kind: 'crisis-mode', platform: null, commentId: null, replyId: null, replyVersion: null, escalationId: null, detail: 'on' },
      { id: 2, at: '2026-03-01T10:00:00.000Z', kind: 'insert', platform: 'facebook', commentId: '55', replyId: 'r', replyVersion: 1, escalationId: null, detail: '' },
    ]);
    expect(entries.map((e) => [e.kind, e.commentId])).toEqual([
      ['crisis_on', null],
      ['insert', 'facebook:55'],
    ]);
  });
});
