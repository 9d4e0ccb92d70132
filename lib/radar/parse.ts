import type { VerdictKind } from '../types';
import type { Observation } from './types';

const VERDICTS: readonly VerdictKind[] = ['hostile', 'rumour', 'ok'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO 8601 date-time ("2024-03-04T10:15:00Z"). Without an offset it is taken as UTC, so
 * that a series means the same on every machine. Returns null for anything else.
 */
export function parseIsoTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const d = new Date(m[1] ? value.trim() : `${value.trim()}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Turns one row of a series (`{"postedAt","verdict"}`, optional `threadId`, `commentId` or `id`,
 * `claimId`) into an observation, or says in words what is wrong with it. `fallbackId` names rows
 * that carry no id of their own.
 */
export function observationFromRow(row: Record<string, unknown>, fallbackId: string): Observation | string {
  const at = parseIsoTime(row.postedAt);
  if (!at) return `"postedAt" must be an ISO 8601 time (got ${JSON.stringify(row.postedAt)})`;
  if (typeof row.verdict !== 'string' || !VERDICTS.includes(row.verdict as VerdictKind)) {
    return `"verdict" must be one of ${VERDICTS.join(', ')} (got ${JSON.stringify(row.verdict)})`;
  }
  const threadId = row.threadId ?? null;
  if (threadId !== null && typeof threadId !== 'string' && typeof threadId !== 'number') {
    return `"threadId" must be a string when given (got ${JSON.stringify(threadId)})`;
  }
  const rawId = row.commentId ?? row.id ?? null;
  if (rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return `"commentId" must be a string when given (got ${JSON.stringify(rawId)})`;
  }
  const claimId = row.claimId ?? null;
  if (claimId !== null && typeof claimId !== 'string') return `"claimId" must be a string when given (got ${JSON.stringify(claimId)})`;
  return {
    commentId: rawId === null ? fallbackId : String(rawId),
    threadId: threadId === null ? null : String(threadId),
    postedAt: at.toISOString(),
    verdict: row.verdict as VerdictKind,
    claimId,
  };
}
