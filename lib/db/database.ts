/**
 * The Dexie database, in the extension's origin: the background and the extension pages open it;
 * content scripts never do (in a content script IndexedDB would belong to facebook.com) and reach
 * it through messages to the background.
 *
 * Every version() ever shipped stays here with its upgrade, so that a moderator's data survives
 * every update. Never edit a shipped version: add the next one.
 */
import Dexie, { type Table } from 'dexie';
import type { AuditEntry, Claim, Feedback, KeyValue, Observation } from './records';

export const DB_NAME = 'vigie';

/** Records whose schemas live with their feature modules are typed loosely here and checked there. */
export type StoredRecord = Record<string, unknown> & { id: string };

export class VigieDatabase extends Dexie {
  replies!: Table<StoredRecord, string>;
  claims!: Table<Claim, string>;
  escalations!: Table<StoredRecord, string>;
  outbox!: Table<StoredRecord, string>;
  observations!: Table<Observation, string>;
  audit!: Table<AuditEntry, number>;
  feedback!: Table<Feedback, string>;
  settings!: Table<KeyValue, string>;
  endpoints!: Table<StoredRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    defineVersions(this);
  }
}

/** Version 1: the first shipped tables. Observations kept the full page URL. */
export const V1_STORES = {
  replies: 'id, status, lang, updatedAt',
  claims: 'id, active, lang, updatedAt',
  escalations: 'id, status, createdAt',
  outbox: 'id, state, nextAttemptAt, escalationId',
  observations: 'key, pageUrl, postedAt',
  audit: '++id, at, kind',
  feedback: 'key, at',
  settings: 'key',
};

/**
 * Version 2: escalation endpoints get their own table; observations are grouped per page by a
 * `pageKey` (the URL without query or fragment: `?s=20` or `#reply` must not split a page's radar)
 * and indexed by page and time for the radar's window queries.
 */
export const V2_STORES = {
  ...V1_STORES,
  observations: 'key, pageKey, postedAt, [pageKey+postedAt], threadId',
  endpoints: 'id',
};

export function pageKeyOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

function defineVersions(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2)
    .stores(V2_STORES)
    .upgrade((tx) =>
      tx
        .table('observations')
        .toCollection()
        .modify((o: Record<string, unknown>) => {
          if (typeof o.pageKey !== 'string') o.pageKey = pageKeyOf(String(o.pageUrl ?? ''));
          delete o.pageUrl;
          if (o.claimId === undefined) o.claimId = null;
        }),
    );
}

let shared: VigieDatabase | null = null;

/** The database of this extension page or background (one connection per context). */
export function db(): VigieDatabase {
  // A web page (a content script) must never open it: the data would land in the site's origin.
  // The background and the extension pages run at chrome-extension:// or moz-extension://.
  const protocol = globalThis.location?.protocol ?? '';
  if (import.meta.env.MODE !== 'test' && !protocol.endsWith('-extension:')) {
    throw new Error('lib/db is for the background and extension pages only; content scripts use messages');
  }
  return (shared ??= new VigieDatabase());
}

/** For tests: use a database of another name (fake-indexeddb) and forget the shared connection. */
export function useDatabaseForTests(database: VigieDatabase | null): void {
  shared?.close();
  shared = database;
}
