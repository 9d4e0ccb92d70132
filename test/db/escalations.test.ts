import { expect, test } from 'vitest';
import { useFreshDatabase } from '../fresh-db';
import {
  saveEndpoint, createEscalation, recordDelivery, setEscalationStatus, escalations, outboxFor,
  listAudit, dueOutbox, RecordError,
} from '../../lib/db';
import { buildPacket, deliver } from '../../lib/escalation';

useFreshDatabase('vigie-esc');

const packet = () =>
  buildPacket({
    platform: 'x',
    pageUrl: 'https://x.com/cacaoandco/status/1',
    comment: { id: '42', text: 'I heard the factory is closing', author: 'someone', permalink: 'https://x.com/someone/status/42', postedAt: '2026-11-23T10:00:00Z' },
    verdict: { kinds: ['rumour'], hostilityScore: 0.1, rumourScore: 0.9 },
    note: 'check this',
    severity: 'high',
  });

test('an escalation is queued once per webhook endpoint; e-mail endpoints get none', async () => {
  await saveEndpoint({ kind: 'json', name: 'Crisis cell', url: 'https://crisis.example/hook' }, { allowLoopback: false });
  await saveEndpoint({ kind: 'email', name: 'Legal', address: 'legal@cacao.example' }, { allowLoopback: false });
  const { record, queued } = await createEscalation(packet());
  expect(record.status).toBe('queued');
  expect(queued).toHaveLength(1);
  expect(await dueOutbox()).toHaveLength(1);
});

test('escalations made before any endpoint existed are queued for the first webhook endpoint saved, once', async () => {
  const first = await createEscalation(packet());
  const second = await createEscalation(packet());
  expect(first.queued).toHaveLength(0);
  // An e-mail endpoint sends nothing by itself: the backlog waits for a webhook.
  expect((await saveEndpoint({ kind: 'email', name: 'Legal', address: 'legal@cacao.example' }, { allowLoopback: false })).backlog).toBe(0);
  const saved = await saveEndpoint({ kind: 'slack', name: 'Crisis channel', url: 'https://hooks.slack.com/services/T0/B0/xyz' }, { allowLoopback: false });
  expect(saved.backlog).toBe(2);
  expect((await dueOutbox()).map((e) => e.escalationId).sort()).toEqual([first.record.id, second.record.id].sort());
  // A second endpoint does not get them again: they are already on their way.
  expect((await saveEndpoint({ kind: 'json', name: 'Crisis cell', url: 'https://crisis.example/hook' }, { allowLoopback: false })).backlog).toBe(0);
  // Saving the same endpoint again queues nothing twice.
  expect((await saveEndpoint({ ...saved.endpoint }, { allowLoopback: false })).backlog).toBe(0);
  expect(await dueOutbox()).toHaveLength(2);
  // New escalations go to every webhook endpoint as before.
  const third = await createEscalation(packet());
  expect(third.queued).toHaveLength(2);
});

test('a dismissed or resolved escalation left without an endpoint is not sent when one is added later', async () => {
  const { record } = await createEscalation(packet());
  await setEscalationStatus(record.id, 'dismissed', 'not a rumour');
  expect((await saveEndpoint({ kind: 'json', name: 'Crisis cell', url: 'https://crisis.example/hook' }, { allowLoopback: false })).backlog).toBe(0);
  expect(await outboxFor(record.id)).toHaveLength(0);
});

test('a production build refuses a loopback or plain-http endpoint, naming the problem', async () => {
  await expect(saveEndpoint({ kind: 'json', name: 'Local', url: 'http://127.0.0.1:8080/hook' }, { allowLoopback: false })).rejects.toThrow(RecordError);
  await expect(saveEndpoint({ kind: 'json', name: 'Plain', url: 'http://crisis.example/hook' }, { allowLoopback: false })).rejects.toThrow(/https/i);
});

test('a delivery after a failed attempt marks the escalation delivered once, and status changes are audited', async () => {
  await saveEndpoint({ kind: 'json', name: 'Crisis cell', url: 'https://crisis.example/hook' }, { allowLoopback: false });
  const { record } = await createEscalation(packet());
  let calls = 0;
  const flaky = async () => ({ status: ++calls === 1 ? 503 : 200, text: async () => '' });
  const [entry] = await outboxFor(record.id);
  const failed = await deliver(entry, flaky, { baseMs: 0 });
  await recordDelivery(failed);
  expect((await escalations.get(record.id))!.status).toBe('queued');
  const ok = await deliver(failed, flaky);
  await recordDelivery(ok);
  // Delivered entries are never attempted again.
  expect(await deliver(ok, flaky)).toBe(ok);
  expect(calls).toBe(2);
  const rec = (await escalations.get(record.id))!;
  expect(rec.status).toBe('delivered');
  expect(rec.history.map((h) => h.status)).toEqual(['queued', 'delivered']);

  await setEscalationStatus(record.id, 'acknowledged', 'legal is on it', 'Camille');
  expect((await escalations.get(record.id))!.history.at(-1)).toMatchObject({ status: 'acknowledged', by: 'Camille', note: 'legal is on it' });
  expect((await listAudit({ kinds: ['escalation-status'] })).map((a) => a.detail)).toEqual(['acknowledged: legal is on it']);
});
