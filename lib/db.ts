/**
 * The database's public face: small functions per collection. Only the background and the
 * extension pages import this module (a lint rule keeps content scripts out).
 */
export { db, useDatabaseForTests, VigieDatabase, DB_NAME, pageKeyOf, V1_STORES, V2_STORES } from './db/database';
export { RecordError, type Collection } from './db/collection';
export * from './db/records';
export { getSettings, saveSettings, watchSettings } from './db/settings';
export { recordObservations, listObservations, watchObservations, purgeObservations } from './db/observations';
export { appendAudit, listAudit, watchAudit, type AuditFilter } from './db/audit';
export { saveDismissal, dismissedAmong, listFeedback } from './db/feedback';
export { claims, activeClaims, parseClaimImport, applyClaimImport, MAX_CLAIM_IMPORT_BYTES } from './db/claims';
export { replies, applyReplyImport, recordReplyUse } from './db/replies';
export {
  escalations, outbox, endpoints, saveEndpoint, createEscalation, setEscalationStatus, recordDelivery, dueOutbox, outboxFor, watchOutbox,
  type StoredEndpoint,
} from './db/escalations';
