/** The escalation queue to JSON (full records) and CSV (one row per escalation, flat). */
import Papa from 'papaparse';
import type { EscalationRecord } from './types';

export function escalationsToJson(records: EscalationRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

const COLUMNS = [
  'id', 'createdAt', 'updatedAt', 'status', 'severity', 'platform', 'pageUrl', 'commentId', 'author', 'postedAt', 'text', 'permalink',
  'kinds', 'hostilityScore', 'rumourScore', 'labels', 'claimId', 'claimStatement', 'claimStatus', 'note', 'deliveredAt', 'history',
] as const;

/**
 * CSV, one row per escalation. The history becomes one cell ("2026-01-02T10:00:00.000Z queued; …").
 * Formula-looking cells are defused (escapeFormulae): comment text is untrusted.
 */
export function escalationsToCsv(records: EscalationRecord[]): string {
  const data = records.map((r) => {
    const p = r.packet;
    const row: Record<(typeof COLUMNS)[number], string | number> = {
      id: r.id,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      status: r.status,
      severity: p.severity,
      platform: p.platform,
      pageUrl: p.pageUrl,
      commentId: p.comment.id,
      author: p.comment.author,
      postedAt: p.comment.postedAt ?? '',
      text: p.comment.text,
      permalink: p.comment.permalink,
      kinds: p.verdict.kinds.join(' | '),
      hostilityScore: p.verdict.hostilityScore,
      rumourScore: p.verdict.rumourScore,
      labels: p.verdict.labels.join(' | '),
      claimId: p.matchedClaim?.id ?? '',
      claimStatement: p.matchedClaim?.statement ?? '',
      claimStatus: p.matchedClaim?.status ?? '',
      note: p.note,
      deliveredAt: r.deliveredAt ?? '',
      history: r.history.map((h) => `${h.at} ${h.status}${h.by ? ` by ${h.by}` : ''}${h.note ? ` (${h.note})` : ''}`).join('; '),
    };
    return COLUMNS.map((c) => row[c]);
  });
  return Papa.unparse({ fields: [...COLUMNS], data }, { escapeFormulae: true, newline: '\r\n' });
}
