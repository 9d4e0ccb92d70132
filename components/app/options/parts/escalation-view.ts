/**
 * What the escalation queue shows of a record, independent of how the packet is stored: the queue
 * renders these plain fields (all untrusted text, rendered as text).
 */
import type { EscalationPacket } from '../../../../lib/escalation/packet';
import { ESCALATION_STATUSES, type EscalationStatus } from '../../../../lib/escalation/record';
import type { Platform } from '../../../../lib/types';

export { ESCALATION_STATUSES, type EscalationStatus };

/**
 * The statuses a moderator sets by hand; queued, delivered and failed follow the deliveries.
 */
export const MODERATOR_STATUSES = ['acknowledged', 'resolved', 'dismissed'] as const satisfies readonly EscalationStatus[];
export type ModeratorStatus = (typeof MODERATOR_STATUSES)[number];
export type EscalationSeverity = EscalationPacket['severity'];

export interface ThreadItemView {
  author: string;
  text: string;
}

export interface PacketView {
  platform: Platform;
  commentId: string;
  commentText: string;
  author: string;
  permalink: string;
  pageUrl: string;
  postedAt: string | null;
  escalatedAt: string;
  parent: ThreadItemView | null;
  replies: ThreadItemView[];
  verdictKinds: string[];
  hostilityScore: number | null;
  rumourScore: number | null;
  reasons: Array<{ label: string; excerpt: string; note?: string }>;
  claimId: string | null;
  claimStatement: string | null;
  note: string;
  severity: EscalationSeverity;
  screenshot: string | null;
}

export interface DeliveryView {
  endpointId: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
}

export interface HistoryView {
  at: string;
  status: EscalationStatus;
  /** Who changed it: a moderator's name, or 'vigie' for delivery updates. */
  by?: string;
  note: string;
}

/** The queue's view of a stored packet. */
export function packetView(p: EscalationPacket): PacketView {
  return {
    platform: p.platform,
    commentId: p.comment.id,
    commentText: p.comment.text,
    author: p.comment.author,
    permalink: p.comment.permalink,
    pageUrl: p.pageUrl,
    postedAt: p.comment.postedAt,
    escalatedAt: p.createdAt,
    parent: p.thread.parent ? { author: p.thread.parent.author, text: p.thread.parent.text } : null,
    replies: p.thread.replies.map((r) => ({ author: r.author, text: r.text })),
    verdictKinds: [...p.verdict.kinds],
    hostilityScore: p.verdict.hostilityScore,
    rumourScore: p.verdict.rumourScore,
    reasons: p.verdict.reasons.map((r) => ({ label: r.label, excerpt: r.excerpt, ...(r.note !== undefined ? { note: r.note } : {}) })),
    claimId: p.matchedClaim?.id ?? null,
    claimStatement: p.matchedClaim?.statement ?? null,
    note: p.note,
    severity: p.severity,
    screenshot: p.screenshot ?? null,
  };
}
