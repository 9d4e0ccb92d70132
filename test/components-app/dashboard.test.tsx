import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Dashboard } from '../../components/app/dashboard/Dashboard';
import { appendAudit, claims, createEscalation, recordObservations, setEscalationStatus } from '../../lib/db';
import { freshDatabase, mount, must, text, until, $, type Mounted } from './helpers';
import { rumourPacket } from './fixtures';

let view: Mounted | null = null;

beforeEach(() => {
  freshDatabase();
});

afterEach(() => {
  view?.unmount();
  view = null;
});

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

async function seed(): Promise<void> {
  const page = 'https://x.com/brand/status/100?s=20';
  const hostile = Array.from({ length: 12 }, (_, i) => ({
    platform: 'x' as const,
    commentId: `h${i}`,
    threadId: '100',
    postedAt: minutesAgo(30 + i),
    verdict: 'hostile' as const,
    claimId: null,
    pageUrl: page,
  }));
  const rumours = Array.from({ length: 3 }, (_, i) => ({
    platform: 'x' as const,
    commentId: `r${i}`,
    threadId: '300',
    postedAt: minutesAgo(60 + i),
    verdict: 'rumour' as const,
    claimId: 'c-recall',
    pageUrl: 'https://x.com/brand/status/300',
  }));
  const calm = Array.from({ length: 5 }, (_, i) => ({
    platform: 'x' as const,
    commentId: `ok${i}`,
    threadId: '300',
    postedAt: minutesAgo(90 + i),
    verdict: 'ok' as const,
    claimId: null,
    pageUrl: 'https://x.com/brand/status/300',
  }));
  await recordObservations([...hostile, ...rumours, ...calm]);
  const now = new Date().toISOString();
  await claims.save({ id: 'c-recall', statement: 'A recall is coming', lang: 'en', status: 'false', createdAt: now, updatedAt: now } as never);
  // Replies inserted 10 and 40 minutes after their comments were posted.
  await appendAudit({ kind: 'insert', platform: 'x', commentId: 'h0', replyId: 'r-1', replyVersion: 1, at: minutesAgo(20) });
  await appendAudit({ kind: 'insert', platform: 'x', commentId: 'r0', replyId: 'r-2', replyVersion: 1, at: minutesAgo(20) });
  const a = await createEscalation(rumourPacket({ commentId: 'r0', author: 'First author', createdAt: minutesAgo(50) }));
  await createEscalation(rumourPacket({ commentId: 'r1', author: 'Second author', createdAt: minutesAgo(40) }));
  await setEscalationStatus(a.record.id, 'resolved', 'Corrected');
}

describe('the dashboard', () => {
  test('renders every block from the database', async () => {
    await seed();
    view = await mount(<Dashboard />);
    const page = view.container;
    await until(() => text($(page, 'dash-chart-summary')) === '20 comments read, 12 hostile, 3 rumours in the period.', 'chart summary');
    expect(must(page, 'dash-chart').querySelector('canvas')).not.toBeNull();

    const threads = [...must(page, 'dash-threads').querySelectorAll('[data-testid="dash-thread"]')].map((li) => text(li));
    expect(threads[0]).toContain('Burning');
    expect(threads[0]).toContain('X · 100');
    expect(threads[0]).toContain('12 comments, 12 hostile, 0 rumours');
    expect(must(page, 'dash-threads').querySelector('a')!.getAttribute('href')).toBe('https://x.com/brand/status/100');

    expect(text(must(page, 'dash-rumours'))).toContain('A recall is coming (3 comments)');

    await until(() => text($(page, 'dash-queue-queued')) === 'New (waiting to be sent): 1', 'queue counts');
    expect(text(must(page, 'dash-queue-resolved'))).toBe('Resolved: 1');
    const latest = [...must(page, 'dash-queue').querySelectorAll('[data-testid="dash-queue-item"]')].map((li) => text(li));
    expect(latest[0]).toContain('Second author');
    expect(latest[1]).toContain('First author');

    await until(() => $(page, 'dash-response-median'), 'response times');
    expect(text(must(page, 'dash-response-median'))).toBe('25 min');
    expect(text(must(page, 'dash-response-p90'))).toBe('40 min');
  });

  test('switching to 7 days keeps the blocks and shows an empty state without data', async () => {
    view = await mount(<Dashboard />);
    const page = view.container;
    await until(() => $(page, 'dash-threads'), 'rendered');
    expect(text(must(page, 'dash-threads'))).toContain('No thread with flagged comments');
    expect(text(must(page, 'dash-response'))).toContain('No reply inserted');
    (must(page, 'dash-period-7d') as HTMLInputElement).click();
    await until(() => (must(page, 'dash-period-7d') as HTMLInputElement).checked, '7 days chosen');
    expect($(page, 'dash-chart')).not.toBeNull();
  });
});
