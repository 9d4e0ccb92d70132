/**
 * What the escalation queue shows of a record, independent of how the packet is stored: the queue
 * renders these plain fields (all untrusted text, rendered as text).
 */
import type { EscalationPacket } from '../../../../lib/escalation/packet';
import type { Platform } from '../../../../lib/types';

export const ESCALATION_STATUSES = ['new', 'sent', 'acknowledged', 'resolved', 'dismissed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
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
