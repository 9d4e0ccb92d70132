import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { AuditLog, auditFilterOf } from '../../components/app/options/AuditLog';
import { AuditRetention } from '../../components/app/options/AuditRetention';
import { appendAudit } from '../../lib/db';
import { choose, click, freshDatabase, mount, must, settingsWith, text, typeInto, until, $, type Mounted } from './helpers';

let view: Mounted | null = null;

beforeEach(() => {
  freshDatabase();
});

afterEach(() => {
  view?.unmount();
  view = null;
  vi.restoreAllMocks();
});

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('the audit log', () => {
  test('shows recent actions newest first and narrows them by kind, platform and period', async () => {
    await appendAudit({ kind: 'insert', platform: 'x', commentId: '111', replyId: 'r-1', replyVersion: 2, at: hoursAgo(1) });
    await appendAudit({ kind: 'dismiss', platform: 'facebook', commentId: '222', detail: 'hostile', at: hoursAgo(2) });
    await appendAudit({ kind: 'crisis-mode', detail: 'on', at: hoursAgo(24 * 3) });
    view = await mount(<AuditLog />);
    const log = view.container;
    const table = await until(() => $(log, 'audit-table'), 'table shown');
    const rows = () => [...must(log, 'audit-table').querySelectorAll('tbody tr')].map((r) => text(r));
    expect(rows()).toHaveLength(3);
    expect(rows()[0]).toContain('Reply inserted');
    expect(rows()[0]).toContain('reply r-1 v2');
    expect(text(table)).toContain('comment 222');

    await choose(must(log, 'audit-kind'), 'dismiss');
    await until(() => rows().length === 1, 'one dismissal');
    expect(rows()[0]).toContain('Flag dismissed');

    await choose(must(log, 'audit-kind'), '');
    await choose(must(log, 'audit-platform'), 'x');
    await until(() => rows().length === 1 && rows()[0].includes('comment 111'), 'only X');

    await choose(must(log, 'audit-platform'), '');
    await choose(must(log, 'audit-period'), '24h');
    await until(() => rows().length === 2, 'the crisis-mode switch of three days ago is outside the last 24 hours');
  });

  test('the period filter starts at the right instant', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(auditFilterOf('24h', '', '', now)).toEqual({ from: '2026-02-28T12:00:00.000Z' });
    expect(auditFilterOf('all', 'insert', 'x', now)).toEqual({ kinds: ['insert'], platform: 'x' });
  });
});

describe('retention', () => {
  test('saves the number of days through the background', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: any) => ({ ok: true, data: settingsWith(message.payload) }));
    view = await mount(<AuditRetention settings={settingsWith({ retentionDays: 30 })} />);
    const form = view.container;
    expect((must(form, 'audit-retention-days') as HTMLInputElement).value).toBe('30');
    await typeInto(must(form, 'audit-retention-days'), '90');
    await click(must(form, 'audit-retention-save'));
    await until(() => text(form.querySelector('[role="status"]')) === 'Saved', 'saved');
    expect(sent).toHaveBeenCalledWith({ type: 'ui:save-settings', payload: { retentionDays: 90 } });
  });

  test('refuses an empty number of days without sending anything', async () => {
    // Out-of-range numbers are stopped by the browser's own validation (min, max, step).
    const sent = vi.spyOn(browser.runtime, 'sendMessage');
    view = await mount(<AuditRetention settings={settingsWith()} />);
    await typeInto(must(view.container, 'audit-retention-days'), '');
    await click(must(view.container, 'audit-retention-save'));
    expect(text(view.container.querySelector('[role="status"]'))).toBe('Enter a whole number of days between 1 and 365.');
    expect(sent).not.toHaveBeenCalled();
  });
});
