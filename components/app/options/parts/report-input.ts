/**
 * The after-action report reads plain records (lib/report/types); these adapt the stored ones.
 * Comments are named `platform:id` everywhere (observations, audit, escalations) so they match.
 */
import type { AuditEntry as StoredAudit } from '../../../../lib/db';
import type { EscalationRecord as StoredEscalation } from '../../../../lib/escalation/record';
import type { AuditEntry, EscalationRecord } from '../../../../lib/report';

export function auditForReport(entries: readonly StoredAudit[]): AuditEntry[] {
  return entries.map((e) => ({
    at: e.at,
    // The log records crisis mode as one kind with on/off in its detail; the report counts each way.
    kind: e.kind === 'crisis-mode' ? (e.detail === 'on' ? 'crisis_on' : 'crisis_off') : e.kind,
    commentId: e.commentId && e.platform ? `${e.platform}:${e.commentId}` : e.commentId,
    replyId: e.replyId,
    escalationId: e.escalationId,
  }));
}

export function escalationsForReport(records: readonly StoredEscalation[]): EscalationRecord[] {
  return records.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    status: r.status,
    commentId: `${r.packet.platform}:${r.packet.comment.id}`,
    claimId: r.claimId ?? r.packet.matchedClaim?.id ?? null,
    deliveredAt: r.deliveredAt,
  }));
}
