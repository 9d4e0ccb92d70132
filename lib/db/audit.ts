import { liveQuery, type Observable } from 'dexie';
import type { z } from 'zod';
import { validate } from './collection';
import { db } from './database';
import { AuditSchema, type AuditEntry } from './records';

export async function appendAudit(entry: Omit<z.input<typeof AuditSchema>, 'id' | 'at'> & { at?: string }): Promise<AuditEntry> {
  const clean = validate(AuditSchema, { at: new Date().toISOString(), ...entry }, 'audit entry');
  const id = await db().audit.add(clean);
  return { ...clean, id };
}

export interface AuditFilter {
  from?: string;
  to?: string;
  kinds?: AuditEntry['kind'][];
  platform?: AuditEntry['platform'];
}

export async function listAudit(filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const rows = await db()
    .audit.where('at')
    .between(filter.from ?? '', filter.to ?? '\uffff', true, true)
    .toArray();
  return rows.filter(
    (r) => (!filter.kinds?.length || filter.kinds.includes(r.kind)) && (!filter.platform || r.platform === filter.platform),
  );
}

export function watchAudit(filter: AuditFilter = {}): Observable<AuditEntry[]> {
  return liveQuery(() => listAudit(filter));
}
