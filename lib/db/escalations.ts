/**
 * The escalation queue, its outbox and the team's endpoints. An escalation and its outbox entries
 * are written in one transaction: nothing is lost between "escalated" and "waiting to be sent".
 */
import { liveQuery, type Observable } from 'dexie';
import {
  createOutboxEntry, EndpointConfigSchema, EscalationRecordSchema, OutboxEntrySchema, validateEndpoint, webhookRequest,
  type EndpointConfig, type EscalationPacket, type EscalationRecord, type EscalationStatus, type OutboxEntry,
} from '../escalation';
import { appendAudit } from './audit';
import { collection, RecordError, validate } from './collection';
import { db } from './database';

export type StoredEndpoint = EndpointConfig & { id: string };

export const escalations = collection(() => db().escalations as never, EscalationRecordSchema, 'escalation');
export const outbox = collection(() => db().outbox as never, OutboxEntrySchema, 'outbox entry');
export const endpoints = collection(() => db().endpoints as never, EndpointConfigSchema, 'endpoint') as unknown as {
  list(): Promise<StoredEndpoint[]>;
  get(id: string): Promise<StoredEndpoint | undefined>;
  remove(id: string): Promise<void>;
  watch(): Observable<StoredEndpoint[]>;
};

/**
 * Validates (HTTPS only unless the build allows a loopback receiver) and saves an endpoint. A
 * webhook endpoint also takes the backlog: escalations still waiting with no delivery queued at all
 * (made while no endpoint was configured) are queued for it in the same transaction, so nothing
 * escalated before the team set up its endpoints is left behind. The background's outbox alarm
 * sends them (within 30 s). Escalations already on their way elsewhere are not sent again.
 */
export async function saveEndpoint(cfg: unknown, opts: { allowLoopback: boolean }, now = new Date()): Promise<{ endpoint: StoredEndpoint; backlog: number }> {
  const check = validateEndpoint(cfg, opts);
  if (!check.ok) throw new RecordError(check.error);
  const stored = { ...check.endpoint, id: check.endpoint.id ?? globalThis.crypto.randomUUID() } as StoredEndpoint;
  return db().transaction('rw', [db().endpoints, db().escalations, db().outbox], async () => {
    await db().endpoints.put(stored as never);
    if (stored.kind === 'email') return { endpoint: stored, backlog: 0 };
    const waiting = (await db().escalations.where('status').equals('queued').toArray()) as unknown as EscalationRecord[];
    const queued: OutboxEntry[] = [];
    for (const rec of waiting) {
      if ((await db().outbox.where('escalationId').equals(rec.id).count()) > 0) continue;
      queued.push(outboxEntryFor(rec.packet, stored as Exclude<StoredEndpoint, { kind: 'email' }>, now));
    }
    if (queued.length) await db().outbox.bulkAdd(queued as never);
    return { endpoint: stored, backlog: queued.length };
  });
}

/** One entry per escalation and endpoint: the same packet is never queued twice for a receiver. */
function outboxEntryFor(packet: EscalationPacket, endpoint: Exclude<StoredEndpoint, { kind: 'email' }>, now: Date): OutboxEntry {
  return createOutboxEntry({
    id: `${packet.id}:${endpoint.id}`,
    escalationId: packet.id,
    endpointId: endpoint.id,
    idempotencyKey: `${packet.idempotencyKey}:${endpoint.id}`,
    request: webhookRequest(packet, endpoint),
    now,
  });
}

/** Stores a new escalation and queues it for every webhook endpoint, all-or-nothing. */
export async function createEscalation(packet: EscalationPacket, now = new Date()): Promise<{ record: EscalationRecord; queued: OutboxEntry[] }> {
  return db().transaction('rw', [db().escalations, db().outbox, db().endpoints], async () => {
    const targets = ((await db().endpoints.toArray()) as unknown as StoredEndpoint[]).filter((e) => e.kind !== 'email');
    const at = now.toISOString();
    const record = validate(
      EscalationRecordSchema,
      {
        id: packet.id,
        createdAt: at,
        updatedAt: at,
        status: 'queued',
        commentId: packet.comment.id,
        claimId: packet.matchedClaim?.id ?? null,
        packet,
        history: [{ at, status: 'queued', by: 'moderator', note: packet.note ?? '' }],
      },
      'escalation',
    );
    const queued = targets.map((endpoint) => outboxEntryFor(packet, endpoint as Exclude<StoredEndpoint, { kind: 'email' }>, now));
    await db().escalations.add(record as never);
    if (queued.length) await db().outbox.bulkAdd(queued as never);
    return { record, queued };
  });
}

/** A status change by the crisis team or the moderator, kept in the history. */
export async function setEscalationStatus(id: string, status: EscalationStatus, note = '', by = 'moderator', now = new Date()): Promise<EscalationRecord> {
  return db().transaction('rw', [db().escalations, db().audit], async () => {
    const rec = (await db().escalations.get(id)) as unknown as EscalationRecord | undefined;
    if (!rec) throw new RecordError(`no escalation ${id}`);
    const at = now.toISOString();
    const next = validate(
      EscalationRecordSchema,
      { ...rec, status, updatedAt: at, history: [...rec.history, { at, status, by, note }].slice(-200) },
      'escalation',
    );
    await db().escalations.put(next as never);
    await appendAudit({ kind: 'escalation-status', escalationId: id, commentId: rec.commentId, detail: `${status}${note ? `: ${note}` : ''}`.slice(0, 2_000) });
    return next;
  });
}

/** Saves an attempt's outcome and moves the escalation to delivered (or failed) when it settles. */
export async function recordDelivery(entry: OutboxEntry, now = new Date()): Promise<void> {
  await db().transaction('rw', [db().outbox, db().escalations], async () => {
    await db().outbox.put(validate(OutboxEntrySchema, entry, 'outbox entry') as never);
    if (entry.state === 'pending') return;
    const rec = (await db().escalations.get(entry.escalationId)) as unknown as EscalationRecord | undefined;
    if (!rec || (rec.status !== 'queued' && rec.status !== 'failed')) return;
    const all = (await db().outbox.where('escalationId').equals(entry.escalationId).toArray()) as unknown as OutboxEntry[];
    const status: EscalationStatus | null = all.some((e) => e.state === 'delivered') ? 'delivered' : all.every((e) => e.state === 'failed') ? 'failed' : null;
    if (!status || status === rec.status) return;
    const at = now.toISOString();
    const note = status === 'delivered' ? `delivered to ${all.filter((e) => e.state === 'delivered').length} endpoint(s)` : (entry.lastError ?? 'delivery failed');
    await db().escalations.put({
      ...rec,
      status,
      updatedAt: at,
      deliveredAt: status === 'delivered' ? at : rec.deliveredAt,
      endpointId: entry.endpointId,
      history: [...rec.history, { at, status, by: 'vigie', note }].slice(-200),
    } as never);
  });
}

export async function dueOutbox(now = new Date()): Promise<OutboxEntry[]> {
  const pending = (await db().outbox.where('state').equals('pending').toArray()) as unknown as OutboxEntry[];
  return pending.filter((e) => e.nextAttemptAt !== null && Date.parse(e.nextAttemptAt) <= now.getTime());
}

export function outboxFor(escalationId: string): Promise<OutboxEntry[]> {
  return db().outbox.where('escalationId').equals(escalationId).toArray() as unknown as Promise<OutboxEntry[]>;
}

export function watchOutbox(): Observable<OutboxEntry[]> {
  return liveQuery(() => db().outbox.toArray() as unknown as Promise<OutboxEntry[]>);
}
