/**
 * What the escalation queue shows of a record, independent of how the packet is stored: the queue
 * renders these plain fields (all untrusted text, rendered as text).
 */
import type { Platform } from '../../../../lib/types';

export const ESCALATION_STATUSES = ['new', 'sent', 'acknowledged', 'resolved', 'dismissed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export const ESCALATION_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type EscalationSeverity = (typeof ESCALATION_SEVERITIES)[number];

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
