/**
 * The small set of operations every collection offers (list, get, save, remove, watch). The
 * team's shared collections (replies, rumour register, escalations) will replicate between
 * moderators later: that change must stay inside lib/db, behind these functions.
 */
import { liveQuery, type Observable, type Table } from 'dexie';
import type { z } from 'zod';

export interface Collection<T, K> {
  list(): Promise<T[]>;
  get(key: K): Promise<T | undefined>;
  /** Validates then writes; throws a clear error naming the field when the record is invalid. */
  save(record: T): Promise<T>;
  saveMany(records: T[]): Promise<void>;
  remove(key: K): Promise<void>;
  watch(): Observable<T[]>;
}

export class RecordError extends Error {}

export function validate<S extends z.ZodType>(schema: S, record: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RecordError(`invalid ${what}: ${issue?.path.join('.') || '(record)'}: ${issue?.message}`);
  }
  return parsed.data;
}

export function collection<S extends z.ZodType, K extends string | number>(
  table: () => Table<any, K>,
  schema: S,
  what: string,
): Collection<z.infer<S>, K> {
  return {
    list: () => table().toArray() as Promise<z.infer<S>[]>,
    get: (key) => table().get(key) as Promise<z.infer<S> | undefined>,
    async save(record) {
      const clean = validate(schema, record, what);
      await table().put(clean);
      return clean;
    },
    async saveMany(records) {
      const clean = records.map((r, i) => validate(schema, r, `${what} #${i + 1}`));
      // bulkPut is one transaction: all-or-nothing.
      await table().bulkPut(clean);
    },
    remove: (key) => table().delete(key),
    watch: () => liveQuery(() => table().toArray() as Promise<z.infer<S>[]>),
  };
}
