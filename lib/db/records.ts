/** zod schemas of the records Vigie keeps that no feature module owns. */
import { z } from 'zod';
import { PlatformSchema, VerdictKindSchema } from '../schemas';

const Iso = z.string().min(10).max(40);

export const CLAIM_STATUSES = ['false', 'misleading', 'unverified', 'confirmed'] as const;

/** An entry of the team's rumour register. */
export const ClaimSchema = z.object({
  id: z.string().min(1).max(100),
  statement: z.string().trim().min(3).max(1_000),
  variants: z.array(z.string().trim().min(1).max(1_000)).max(50).default([]),
  keywords: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  lang: z.enum(['en', 'fr']),
  status: z.enum(CLAIM_STATUSES),
  correctionText: z.string().max(5_000).default(''),
  // Only web links: the link is inserted into replies and sent in escalation packets.
  correctionLink: z
    .union([z.literal(''), z.string().url().max(2_000).refine((u) => /^https?:\/\//i.test(u), { message: 'must be an http(s) link' })])
    .default(''),
  replyIds: z.array(z.string().max(100)).max(50).default([]),
  severity: z.enum(['low', 'medium', 'high', 'critical']).default('medium'),
  owner: z.string().max(200).default(''),
  active: z.boolean().default(true),
  createdAt: Iso,
  updatedAt: Iso,
});
export type Claim = z.infer<typeof ClaimSchema>;

/** A comment seen on a page, for the radar: deduplicated by platform and comment id. */
export const ObservationSchema = z.object({
  /** `${platform}:${commentId}` */
  key: z.string().min(3).max(120),
  platform: PlatformSchema,
  commentId: z.string().min(1).max(100),
  threadId: z.string().max(100).nullable(),
  /** The page the comment was seen on, without query or fragment (radar per page). */
  pageKey: z.string().max(2_000),
  postedAt: Iso,
  verdict: VerdictKindSchema,
  claimId: z.string().max(100).nullable().default(null),
  seenAt: Iso,
});
export type Observation = z.infer<typeof ObservationSchema>;

export const AUDIT_KINDS = ['insert', 'dismiss', 'escalate', 'escalation-status', 'delivery', 'import', 'settings', 'crisis-mode'] as const;

/** What the moderator did, for the audit view and the after-action report. */
export const AuditSchema = z.object({
  id: z.number().int().optional(),
  at: Iso,
  kind: z.enum(AUDIT_KINDS),
  platform: PlatformSchema.nullable().default(null),
  commentId: z.string().max(100).nullable().default(null),
  replyId: z.string().max(100).nullable().default(null),
  replyVersion: z.number().int().nullable().default(null),
  escalationId: z.string().max(100).nullable().default(null),
  detail: z.string().max(2_000).default(''),
});
export type AuditEntry = z.infer<typeof AuditSchema>;

/** A flag the moderator dismissed as a false positive. Kept locally to improve the classifier. */
export const FeedbackSchema = z.object({
  key: z.string().min(3).max(120),
  platform: PlatformSchema,
  commentId: z.string().min(1).max(100),
  kind: z.literal('false-positive'),
  verdictKinds: z.array(z.enum(['hostile', 'rumour'])),
  hostilityScore: z.number().min(0).max(1),
  rumourScore: z.number().min(0).max(1),
  lang: z.string().max(10),
  text: z.string().max(20_000),
  at: Iso,
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** Settings and other single values, by key. */
export const KeyValueSchema = z.object({ key: z.string().min(1).max(100), value: z.unknown() });
export type KeyValue = z.infer<typeof KeyValueSchema>;
