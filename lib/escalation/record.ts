/**
 * An escalation as the queue keeps it: the packet, its status in the crisis team's workflow and the
 * history of status changes. Statuses match what the after-action report counts (lib/report).
 */
import { z } from 'zod';
import { EscalationPacketSchema } from './packet';

export const ESCALATION_STATUSES = ['queued', 'delivered', 'failed', 'acknowledged', 'resolved', 'dismissed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

const Iso = z.string().min(10).max(40);

export const EscalationHistoryEntrySchema = z.object({
  at: Iso,
  status: z.enum(ESCALATION_STATUSES),
  /** Who changed it (a moderator's name) or 'vigie' for delivery updates. */
  by: z.string().max(200).default(''),
  note: z.string().max(2_000).default(''),
});
export type EscalationHistoryEntry = z.infer<typeof EscalationHistoryEntrySchema>;

export const EscalationRecordSchema = z.object({
  id: z.string().min(1).max(100),
  createdAt: Iso,
  updatedAt: Iso,
  status: z.enum(ESCALATION_STATUSES),
  commentId: z.string().max(100).nullable(),
  claimId: z.string().max(100).nullable(),
  endpointId: z.string().max(100).nullable().default(null),
  deliveredAt: Iso.nullable().default(null),
  packet: EscalationPacketSchema,
  history: z.array(EscalationHistoryEntrySchema).max(200),
});
export type EscalationRecord = z.infer<typeof EscalationRecordSchema>;
