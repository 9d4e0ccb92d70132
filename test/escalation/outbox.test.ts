// @vitest-environment node
import { expect, test, vi } from 'vitest';
import { webhookRequest } from '../../lib/escalation/format';
import { classifyResponse, createOutboxEntry, deliver, isDue, MAX_ATTEMPTS, nextAttemptAt, requeue, type FetchLike } from '../../lib/escalation/outbox';
import { packet } from './helpers';

const t0 = new Date('2026-03-01T10:00:00.000Z');
const entry = () => {
  const p = packet();
  return createOutboxEntry({ id: 'o1', escalationId: p.id, endpointId: 'e1', idempotencyKey: p.idempotencyKey, request: webhookRequest(p, { kind: 'json', name: 'J', url: 'https://h.example/x' }), now: t0 });
};
const respond = (status: number, text = ''): FetchLike => vi.fn(async () => ({ status, text: async () => text }));

test('responses: 2xx delivered, 4xx permanent except 408 and 429, the rest retried', () => {
  expect(classifyResponse(200)).toBe('delivered');
  expect(classifyResponse(204)).toBe('delivered');
  expect(classifyResponse(400)).toBe('permanent');
  expect(classifyResponse(404)).toBe('permanent');
  expect(classifyResponse(408)).toBe('retry');
  expect(classifyResponse(429)).toBe('retry');
  expect(classifyResponse(500)).toBe('retry');
  expect(classifyResponse(0)).toBe('retry');
});

test('backoff doubles up to the cap, with reproducible jitter', () => {
  const wait = (n: number, seed = 'k') => nextAttemptAt(n, t0, { seed, baseMs: 1000, capMs: 60_000 }).getTime() - t0.getTime();
  expect(wait(1)).toBeGreaterThanOrEqual(500);
  expect(wait(1)).toBeLessThanOrEqual(1000);
  expect(wait(3)).toBeGreaterThanOrEqual(2000);
  expect(wait(3)).toBeLessThanOrEqual(4000);
  expect(wait(20)).toBeLessThanOrEqual(60_000);
  expect(wait(20)).toBeGreaterThanOrEqual(30_000);
  expect(wait(4, 'a')).toBe(wait(4, 'a'));
  expect(new Set(['a', 'b', 'c', 'd', 'e'].map((s) => wait(6, s))).size).toBeGreaterThan(1);
  expect(() => nextAttemptAt(0, t0)).toThrow(/positive integer/);
});

test('a delivered attempt sends the idempotency key and ends the entry', async () => {
  const fetchFn = respond(200);
  const e = entry();
  expect(isDue(e, t0)).toBe(true);
  const after = await deliver(e, fetchFn, { now: () => t0 });
  expect(fetchFn).toHaveBeenCalledWith('https://h.example/x', expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ 'Idempotency-Key': e.idempotencyKey }) }));
  expect(after).toMatchObject({ state: 'delivered', attempts: 1, nextAttemptAt: null, deliveredAt: t0.toISOString(), lastStatus: 200 });
  expect(e.state).toBe('pending'); // the input is not modified
  expect(await deliver(after, fetchFn)).toBe(after);
});

test('a server error is retried later; a client error fails at once with the reason', async () => {
  const retried = await deliver(entry(), respond(503, 'busy'), { now: () => t0 });
  expect(retried.state).toBe('pending');
  expect(Date.parse(retried.nextAttemptAt!)).toBeGreaterThan(t0.getTime());
  expect(isDue(retried, t0)).toBe(false);
  expect(retried.lastError).toBe('HTTP 503: busy');
  const failed = await deliver(entry(), respond(404, 'no_service'), { now: () => t0 });
  expect(failed).toMatchObject({ state: 'failed', nextAttemptAt: null, lastError: 'HTTP 404: no_service' });
  expect(requeue(failed, t0)).toMatchObject({ state: 'pending', attempts: 0, nextAttemptAt: t0.toISOString() });
});

test('a network error is retried, and the entry fails after the last attempt', async () => {
  const down: FetchLike = async () => {
    throw new TypeError('Failed to fetch');
  };
  let e = entry();
  for (let i = 1; i <= MAX_ATTEMPTS; i++) {
    e = await deliver(e, down, { now: () => t0 });
    expect(e.attempts).toBe(i);
  }
  expect(e.state).toBe('failed');
  expect(e.lastError).toMatch(/no response: Failed to fetch/);
  expect(e.history).toHaveLength(MAX_ATTEMPTS);
});
