import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { EscalationSection } from '../../components/app/options/EscalationSection';
import { createEscalation, endpoints, escalations, outboxFor, recordDelivery, saveEndpoint } from '../../lib/db';
import { choose, click, freshDatabase, mount, must, settingsWith, text, typeInto, until, $, type Mounted } from './helpers';
import { rumourPacket } from './fixtures';

let view: Mounted | null = null;
let requestPermission: ReturnType<typeof vi.fn>;

beforeEach(() => {
  freshDatabase();
  // The fake browser of the test runner has no permissions API: stand in for the browser's prompt.
  requestPermission = vi.fn(async () => true);
  (browser as any).permissions = { request: requestPermission };
});

afterEach(() => {
  view?.unmount();
  view = null;
});

async function openQueue(): Promise<HTMLElement> {
  view = await mount(<EscalationSection settings={settingsWith({ agentName: 'Camille' })} />);
  return until(() => $(view!.container, 'escalations'), 'queue shown');
}

describe('the escalation queue', () => {
  test('a status change with a note is appended to the history, with who made it', async () => {
    const { record } = await createEscalation(rumourPacket());
    const queue = await openQueue();
    const item = await until(() => $(queue, `escalation-${record.id}`), 'escalation listed');
    expect(text(must(item, 'escalation-status'))).toBe('New (waiting to be sent)');
    await click(must(item, 'escalation-toggle'));
    await choose(must(item, 'escalation-next-status'), 'acknowledged');
    await typeInto(must(item, 'escalation-status-note'), 'Crisis cell is on it');
    await click(must(item, 'escalation-status-save'));

    await until(() => text(must(item, 'escalation-status')) === 'Acknowledged', 'status shown');
    const stored = (await escalations.get(record.id))!;
    expect(stored.status).toBe('acknowledged');
    expect(stored.history).toHaveLength(2);
    expect(stored.history[1]).toMatchObject({ status: 'acknowledged', note: 'Crisis cell is on it', by: 'Camille' });
    const history = [...must(item, 'escalation-history').querySelectorAll('li')].map((li) => text(li));
    expect(history).toHaveLength(2);
    expect(history[1]).toContain('Acknowledged · Camille — Crisis cell is on it');
    expect(text(must(queue, 'escalation-status-message'))).toBe('Status changed to Acknowledged.');
  });

  test('filters by status, and shows a failed delivery with its attempts and error', async () => {
    await saveEndpoint({ id: 'ep-1', kind: 'slack', name: 'Crisis channel', url: 'https://hooks.slack.com/services/T0/B0/xyz' }, { allowLoopback: false });
    const first = await createEscalation(rumourPacket({ commentId: '201', createdAt: '2026-03-01T09:00:00.000Z' }));
    await createEscalation(rumourPacket({ commentId: '202', createdAt: '2026-03-01T10:00:00.000Z' }));
    const [entry] = await outboxFor(first.record.id);
    await recordDelivery({ ...entry, state: 'failed', attempts: 8, lastStatus: 404, lastError: 'HTTP 404: no_service', nextAttemptAt: null });

    const queue = await openQueue();
    await until(() => text(must(queue, 'escalation-count')) === '2 of 2 escalations', 'two listed');
    await choose(must(queue, 'escalation-filter'), 'failed');
    await until(() => text(must(queue, 'escalation-count')) === '1 of 2 escalations', 'one failed');
    const item = must(queue, `escalation-${first.record.id}`);
    expect(text(must(item, 'escalation-failed'))).toBe('1 failed deliveries');
    await click(must(item, 'escalation-toggle'));
    const row = text(must(item, 'delivery-ep-1'));
    expect(row).toContain('Crisis channel');
    expect(row).toContain('Failed');
    expect(row).toContain('8');
    expect(row).toContain('HTTP 404: no_service');
  });
});

describe('escalation endpoints', () => {
  async function fillEndpoint(queue: HTMLElement, kind: string, name: string, target: string): Promise<HTMLElement> {
    await click(must(queue, 'endpoint-add'));
    const form = must(queue, 'endpoint-form');
    await choose(must(form, 'endpoint-kind'), kind);
    await typeInto(must(form, 'endpoint-name'), name);
    await typeInto(must(form, 'endpoint-target'), target);
    return form;
  }

  test('saving a webhook asks for the host permission first, then saves it', async () => {
    const queue = await openQueue();
    const form = await fillEndpoint(queue, 'slack', 'Crisis channel', 'https://hooks.slack.com/services/T0/B0/xyz');
    await click(must(form, 'endpoint-save'));
    await until(() => text(must(queue, 'endpoint-status')) === 'Endpoint “Crisis channel” saved.', 'saved');
    expect(requestPermission).toHaveBeenCalledWith({ origins: ['https://hooks.slack.com/*'] });
    const [saved] = await endpoints.list();
    expect(saved).toMatchObject({ kind: 'slack', name: 'Crisis channel', url: 'https://hooks.slack.com/services/T0/B0/xyz' });
  });

  test('the first webhook saved takes the escalations that were waiting for one, and says how many', async () => {
    const waiting = await createEscalation(rumourPacket());
    const queue = await openQueue();
    const form = await fillEndpoint(queue, 'slack', 'Crisis channel', 'https://hooks.slack.com/services/T0/B0/xyz');
    await click(must(form, 'endpoint-save'));
    await until(
      () => text(must(queue, 'endpoint-status')) === 'Endpoint “Crisis channel” saved. Escalations waiting for an endpoint: 1, queued for it now.',
      'saved with its backlog',
    );
    expect(await outboxFor(waiting.record.id)).toHaveLength(1);
  });

  test('a refused permission saves nothing and says why', async () => {
    requestPermission.mockResolvedValue(false);
    const queue = await openQueue();
    const form = await fillEndpoint(queue, 'json', 'Our receiver', 'https://alerts.example.com/vigie');
    await click(must(form, 'endpoint-save'));
    const error = await until(() => $(queue, 'endpoint-error'), 'error shown');
    expect(text(error)).toBe(
      'The browser did not allow Vigie to contact https://alerts.example.com/*, so the endpoint was not saved. Save again and accept the request.',
    );
    expect(await endpoints.list()).toEqual([]);
  });

  test('a plain-HTTP webhook is refused before any permission is asked', async () => {
    const queue = await openQueue();
    const form = await fillEndpoint(queue, 'json', 'Insecure', 'http://alerts.example.com/vigie');
    await click(must(form, 'endpoint-save'));
    const error = await until(() => $(queue, 'endpoint-error'), 'error shown');
    expect(text(error)).toContain('HTTPS');
    expect(requestPermission).not.toHaveBeenCalled();
    expect(await endpoints.list()).toEqual([]);
  });

  test('an e-mail endpoint needs no host permission; removing one deletes it', async () => {
    const queue = await openQueue();
    const form = await fillEndpoint(queue, 'email', 'Crisis cell', 'crisis@example.com');
    await click(must(form, 'endpoint-save'));
    const [saved] = await until(async () => {
      const list = await endpoints.list();
      return list.length ? list : null;
    }, 'saved');
    expect(saved).toMatchObject({ kind: 'email', address: 'crisis@example.com' });
    expect(requestPermission).not.toHaveBeenCalled();
    const row = await until(() => $(queue, `endpoint-${saved.id}`), 'listed');
    await click(must(row, 'endpoint-remove'));
    await until(async () => (await endpoints.list()).length === 0, 'removed');
  });
});
