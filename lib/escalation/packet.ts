/**
 * The escalation packet: everything the crisis team needs about one comment (the comment, its thread,
 * why Vigie flagged it, the register claim it repeats, the moderator's note, a screenshot), as one
 * validated, size-bounded object. It is what leaves the browser, so it carries nothing else.
 */
import { z } from 'zod';
import { PLATFORMS } from '../types';
import { truncate } from './text';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type EscalationSeverity = (typeof SEVERITIES)[number];

/** Limits applied by buildPacket (and enforced by the schema). */
export const PACKET_LIMITS = {
  commentText: 5_000,
  replyText: 1_000,
  replies: 10,
  reasons: 20,
  excerpt: 300,
  reasonNote: 300,
  note: 2_000,
  author: 200,
  labels: 20,
  /** A screenshot is a data URL of an image, at most this many characters (~1.5 MB of image). */
  screenshot: 2_000_000,
} as const;

const Iso = z.string().min(10).max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date');
const Id = z.string().min(1).max(100);
const ThreadItem = z.object({ id: Id, author: z.string().max(PACKET_LIMITS.author), text: z.string().max(PACKET_LIMITS.replyText) });
const ScreenshotSchema = z
  .string()
  .max(PACKET_LIMITS.screenshot, `the screenshot is larger than ${PACKET_LIMITS.screenshot} characters`)
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, 'the screenshot must be a PNG, JPEG or WebP data URL');

export const EscalationPacketSchema = z.object({
  id: z.uuid(),
  idempotencyKey: z.string().min(8).max(200),
  createdAt: Iso,
  platform: z.enum(PLATFORMS),
  pageUrl: z.string().url().max(2_000),
  comment: z.object({
    id: Id,
    text: z.string().max(PACKET_LIMITS.commentText),
    author: z.string().max(PACKET_LIMITS.author),
    permalink: z.string().max(2_000),
    postedAt: Iso.nullable(),
  }),
  thread: z.object({
    parent: ThreadItem.nullable(),
    replies: z.array(ThreadItem).max(PACKET_LIMITS.replies),
  }),
  verdict: z.object({
    kinds: z.array(z.enum(['hostile', 'rumour'])).max(2),
    hostilityScore: z.number().min(0).max(1),
    rumourScore: z.number().min(0).max(1),
    labels: z.array(z.string().max(60)).max(PACKET_LIMITS.labels),
    reasons: z
      .array(z.object({ label: z.string().max(100), excerpt: z.string().max(PACKET_LIMITS.excerpt), note: z.string().max(PACKET_LIMITS.reasonNote).optional() }))
      .max(PACKET_LIMITS.reasons),
  }),
  matchedClaim: z
    .object({
      id: Id,
      statement: z.string().max(1_000),
      status: z.string().max(40),
      correctionLink: z.string().max(2_000).optional(),
    })
    .nullable(),
  note: z.string().max(PACKET_LIMITS.note),
  severity: z.enum(SEVERITIES),
  screenshot: ScreenshotSchema.nullable().optional(),
});
export type EscalationPacket = z.infer<typeof EscalationPacketSchema>;

type ThreadInput = { id: string; author: string; text: string };

/** What the caller knows; buildPacket fills ids and time, truncates and validates. */
export interface PacketInput {
  platform: EscalationPacket['platform'];
  pageUrl: string;
  comment: { id: string; text: string; author: string; permalink: string; postedAt: string | null };
  thread?: { parent?: ThreadInput | null; replies?: ThreadInput[] };
  verdict: {
    kinds: Array<'hostile' | 'rumour'>;
    hostilityScore: number;
    rumourScore: number;
    labels?: string[];
    reasons?: Array<{ label: string; excerpt: string; note?: string }>;
  };
  matchedClaim?: { id: string; statement: string; status: string; correctionLink?: string } | null;
  note?: string;
  severity?: EscalationSeverity;
  screenshot?: string | null;
  /** Defaults: a random UUID, `vigie-<id>`, now. */
  id?: string;
  idempotencyKey?: string;
  createdAt?: string;
}

export class PacketError extends Error {}

const thread = (t: ThreadInput) => ({ id: t.id, author: truncate(t.author, PACKET_LIMITS.author), text: truncate(t.text, PACKET_LIMITS.replyText) });

/**
 * Builds a packet: texts cut to their limits, at most 10 replies (the first ones: the thread as the
 * moderator saw it), reasons and labels capped; then validated. Invalid input (a bad URL, a score out
 * of range, a screenshot that is not an image data URL) throws a PacketError naming the field.
 */
export function buildPacket(input: PacketInput): EscalationPacket {
  const id = input.id ?? globalThis.crypto.randomUUID();
  const claim = input.matchedClaim ?? null;
  const candidate = {
    id,
    idempotencyKey: input.idempotencyKey ?? `vigie-${id}`,
    createdAt: input.createdAt ?? new Date().toISOString(),
    platform: input.platform,
    pageUrl: input.pageUrl,
    comment: {
      id: input.comment.id,
      text: truncate(input.comment.text, PACKET_LIMITS.commentText),
      author: truncate(input.comment.author, PACKET_LIMITS.author),
      permalink: input.comment.permalink,
      postedAt: input.comment.postedAt,
    },
    thread: {
      parent: input.thread?.parent ? thread(input.thread.parent) : null,
      replies: (input.thread?.replies ?? []).slice(0, PACKET_LIMITS.replies).map(thread),
    },
    verdict: {
      kinds: [...new Set(input.verdict.kinds)],
      hostilityScore: input.verdict.hostilityScore,
      rumourScore: input.verdict.rumourScore,
      labels: (input.verdict.labels ?? []).slice(0, PACKET_LIMITS.labels),
      reasons: (input.verdict.reasons ?? []).slice(0, PACKET_LIMITS.reasons).map((r) => ({
        label: r.label,
        excerpt: truncate(r.excerpt, PACKET_LIMITS.excerpt),
        ...(r.note !== undefined ? { note: truncate(r.note, PACKET_LIMITS.reasonNote) } : {}),
      })),
    },
    matchedClaim: claim
      ? { id: claim.id, statement: truncate(claim.statement, 1_000), status: claim.status, ...(claim.correctionLink ? { correctionLink: claim.correctionLink } : {}) }
      : null,
    note: truncate(input.note ?? '', PACKET_LIMITS.note),
    severity: input.severity ?? 'medium',
    screenshot: input.screenshot ?? null,
  };
  const parsed = EscalationPacketSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PacketError(`escalation packet: ${issue.path.join('.') || '(packet)'}: ${issue.message}`);
  }
  return parsed.data;
}
