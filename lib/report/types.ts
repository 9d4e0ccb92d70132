import type { Observation, RadarLevel } from '../radar';

/** One line of the audit log as the report reads it (the log may carry more fields). */
export interface AuditEntry {
  /** ISO time of the action. */
  at: string;
  /** 'insert' (a reply put in the platform's box), 'dismiss', 'escalate', 'crisis_on', 'crisis_off', ... */
  kind: 'insert' | 'dismiss' | 'escalate' | 'crisis_on' | 'crisis_off' | (string & {});
  commentId?: string | null;
  replyId?: string | null;
  escalationId?: string | null;
}

/** An escalation as the report reads it. */
export interface EscalationRecord {
  id: string;
  /** ISO time. */
  createdAt: string;
  /** e.g. 'queued', 'delivered', 'failed', 'resolved'. */
  status: string;
  commentId?: string | null;
  claimId?: string | null;
  /** ISO time the endpoint accepted it, when it did. */
  deliveredAt?: string | null;
}

export type ReportLocale = 'en' | 'fr';

export interface ReportInput {
  /** The period is [from, to). */
  from: Date;
  to: Date;
  observations: Observation[];
  audit: AuditEntry[];
  escalations: EscalationRecord[];
  locale?: ReportLocale;
}

export interface ResponseTime {
  commentId: string;
  /** ISO times. */
  postedAt: string;
  answeredAt: string;
  /** From the comment's posting to the moderator's first reply insertion (0 when the clock says earlier). */
  minutes: number;
}

export interface ResponseStats {
  count: number;
  median: number;
  p90: number;
  mean: number;
  max: number;
}

export interface ReportSummary {
  from: string;
  to: string;
  comments: { total: number; hostile: number; rumour: number };
  /** Hostile or rumour comments posted in the period. */
  flagged: number;
  /** Of those: answered (a reply inserted), dismissed, escalated, and none of these. */
  flaggedAnswered: number;
  flaggedDismissed: number;
  flaggedEscalated: number;
  flaggedUnhandled: number;
  /** Replies inserted in the period, to any comment. */
  repliesInserted: number;
  /** Escalations created in the period, by status. */
  escalations: number;
  escalationsByStatus: Record<string, number>;
  /** Response times of the comments posted in the period and answered before its end; null without any. */
  responseMinutes: ResponseStats | null;
  radar: { maxLevel: RadarLevel; firstAlertAt: string | null; minutesAtLevel: Record<RadarLevel, number>; changes: number };
  crisisModeSwitches: { on: number; off: number };
  topThreads: Array<{ threadId: string; total: number; hostile: number; rumour: number }>;
  topClaims: Array<{ claimId: string; count: number }>;
}

export interface AfterActionReport {
  markdown: string;
  csv: string;
  summary: ReportSummary;
}
