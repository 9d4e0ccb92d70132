/**
 * Delivery policy for the escalation outbox, pure apart from the injected fetch: the background keeps
 * entries in Dexie and wakes them with alarms; this module decides what one attempt does.
 *
 * - 2xx: delivered.
 * - 4xx other than 408 (timeout) and 429 (rate limit): permanent failure (a wrong URL or payload will
 *   not fix itself; retrying would only hammer the endpoint).
 * - anything else (5xx, 408, 429, network error, timeout): retry with exponential backoff and jitter,
 *   until MAX_ATTEMPTS.
 * The Idempotency-Key header is the same on every attempt, so a receiver can drop duplicates when a
 * response was lost after the message arrived.
 */
import { z } from 'zod';
import type { WebhookRequest } from './format';

export const MAX_ATTEMPTS = 8;
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 60 * 60_000;
/** One attempt gives up after this long. */
export const ATTEMPT_TIMEOUT_MS = 15_000;

export const OUTBOX_STATES = ['pending', 'delivered', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

const Iso = z.string().min(10).max(40);

export const OutboxEntrySchema = z.object({
  id: z.string().min(1).max(100),
  escalationId: z.string().min(1).max(100),
  endpointId: z.string().min(1).max(100),
  idempotencyKey: z.string().min(8).max(200),
  request: z.object({
    url: z.string().url().max(2_000),
    method: z.literal('POST'),
    headers: z.record(z.string(), z.string()),
    body: z.string().max(3_000_000),
  }),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int().min(0),
  /** When the next attempt is due (ISO); null once delivered or failed. */
  nextAttemptAt: Iso.nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().max(500).nullable(),
  history: z.array(z.object({ at: Iso, status: z.number().int().nullable(), outcome: z.enum(['delivered', 'retry', 'permanent']), error: z.string().max(500).nullable() })).max(50),
  createdAt: Iso,
  updatedAt: Iso,
  deliveredAt: Iso.nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export type ResponseClass = 'delivered' | 'retry' | 'permanent';

/** What an HTTP status means for the outbox. 0 stands for "no response" (network error, timeout). */
export function classifyResponse(status: number): ResponseClass {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429) return 'retry';
  if (status >= 400 && status < 500) return 'permanent';
  return 'retry';
}

/** A number in [0, 1) from a string seed (FNV-1a then an xorshift step): jitter that tests can replay. */
function unitFromSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h << 13; h ^= h >>> 17; h ^= h << 5;
  return (h >>> 0) / 4294967296;
}

/**
 * When to try again after `attempts` failed attempts: base·2^(attempts−1), capped, with "equal
 * jitter" (half fixed, half random) so that many entries failing together do not retry together.
 * The jitter comes from `seed` (e.g. the idempotency key and the attempt), or Math.random without one.
 */
export function nextAttemptAt(attempts: number, now: Date | number, opts: { seed?: string; baseMs?: number; capMs?: number } = {}): Date {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a positive integer (got ${attempts})`);
  const base = opts.baseMs ?? BACKOFF_BASE_MS;
  const cap = opts.capMs ?? BACKOFF_CAP_MS;
  const delay = Math.min(cap, base * 2 ** Math.min(attempts - 1, 30));
  const unit = opts.seed !== undefined ? unitFromSeed(`${opts.seed}#${attempts}`) : Math.random();
  const wait = delay / 2 + unit * (delay / 2);
  return new Date((typeof now === 'number' ? now : now.getTime()) + Math.round(wait));
}

/** A new pending entry, due now. */
export function createOutboxEntry(input: { id: string; escalationId: string; endpointId: string; idempotencyKey: string; request: WebhookRequest; now?: Date }): OutboxEntry {
  const at = (input.now ?? new Date()).toISOString();
  return OutboxEntrySchema.parse({
    id: input.id,
    escalationId: input.escalationId,
    endpointId: input.endpointId,
    idempotencyKey: input.idempotencyKey,
    request: input.request,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    lastStatus: null,
    lastError: null,
    history: [],
    createdAt: at,
    updatedAt: at,
    deliveredAt: null,
  });
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{ status: number; text(): Promise<string> }>;

/** Is the entry due for an attempt at `now`? */
export function isDue(entry: OutboxEntry, now: Date = new Date()): boolean {
  return entry.state === 'pending' && entry.nextAttemptAt !== null && Date.parse(entry.nextAttemptAt) <= now.getTime();
}

/**
 * Performs one attempt and returns the entry's new state (the input is not modified). An entry that is
 * not pending is returned as it is. `seed` makes the backoff jitter reproducible (tests).
 */
export async function deliver(entry: OutboxEntry, fetchFn: FetchLike, opts: { now?: () => Date; timeoutMs?: number; seed?: string; baseMs?: number } = {}): Promise<OutboxEntry> {
  if (entry.state !== 'pending') return entry;
  const clock = opts.now ?? (() => new Date());
  let status = 0;
  let error: string | null = null;
  try {
    const signal = typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal ? AbortSignal.timeout(opts.timeoutMs ?? ATTEMPT_TIMEOUT_MS) : undefined;
    const res = await fetchFn(entry.request.url, {
      method: entry.request.method,
      headers: { ...entry.request.headers, 'Idempotency-Key': entry.idempotencyKey },
      body: entry.request.body,
      signal,
    });
    status = res.status;
    if (status < 200 || status >= 300) {
      let detail = '';
      try {
        detail = (await res.text()).slice(0, 200).trim();
      } catch {
        // The body is only a hint for the moderator; its absence changes nothing.
      }
      error = `HTTP ${status}${detail ? `: ${detail}` : ''}`;
    }
  } catch (e) {
    error = `no response: ${(e as Error)?.message ?? String(e)}`.slice(0, 500);
  }
  const outcome = classifyResponse(status);
  const now = clock();
  const at = now.toISOString();
  const attempts = entry.attempts + 1;
  const history = [...entry.history, { at, status: status || null, outcome, error }].slice(-50);
  const base = { ...entry, attempts, history, lastStatus: status || null, lastError: error, updatedAt: at };
  if (outcome === 'delivered') return { ...base, state: 'delivered', nextAttemptAt: null, deliveredAt: at, lastError: null };
  if (outcome === 'permanent' || attempts >= MAX_ATTEMPTS) return { ...base, state: 'failed', nextAttemptAt: null };
  return { ...base, state: 'pending', nextAttemptAt: nextAttemptAt(attempts, now, { seed: opts.seed ?? entry.idempotencyKey, baseMs: opts.baseMs }).toISOString() };
}

/** Puts a failed entry back in the queue (the moderator pressed "retry"), due now. */
export function requeue(entry: OutboxEntry, now: Date = new Date()): OutboxEntry {
  if (entry.state !== 'failed') return entry;
  return { ...entry, state: 'pending', attempts: 0, nextAttemptAt: now.toISOString(), updatedAt: now.toISOString() };
}
