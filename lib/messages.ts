/**
 * Every message between Vigie's contexts, declared once with a zod schema for its request and its
 * response. The prefix says who sends it: `cs:` a content script, `ui:` an extension page (popup,
 * options, dashboard), `bg:` the background to a tab. Receivers parse and check the sender before
 * acting, and drop what fails with a logged reason and an error reply (the habit of Bitwarden's
 * browser app: never trust a message because it arrived).
 */
import { z } from 'zod';
import { CommentSchema, PlatformSchema, VerdictKindSchema, VerdictSchema } from './schemas';
import { SettingsPatchSchema, SettingsSchema } from './settings/schema';

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });

/** A comment's flags as the page shows them, enough for the popup and the radar. */
export const FlagSummarySchema = z.object({
  commentId: z.string().min(1).max(100),
  threadId: z.string().max(100).nullable(),
  postedAt: z.string().max(40).nullable(),
  verdict: VerdictKindSchema,
  kinds: z.array(z.enum(['hostile', 'rumour'])).max(2),
  severity: z.enum(['none', 'low', 'medium', 'high']),
  author: z.string().max(200),
  excerpt: z.string().max(300),
  claimId: z.string().max(100).nullable(),
  dismissed: z.boolean(),
});
export type FlagSummary = z.infer<typeof FlagSummarySchema>;

export const PageSummarySchema = z.object({
  platform: PlatformSchema,
  url: z.string().max(2_000),
  scanned: z.number().int().min(0),
  flags: z.array(FlagSummarySchema).max(5_000),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

export const SelectedCommentSchema = z.object({
  comment: CommentSchema,
  verdict: VerdictSchema,
  pageUrl: z.string().max(2_000),
  selectedAt: z.string().max(40),
});
export type SelectedComment = z.infer<typeof SelectedCommentSchema>;

export const RadarViewSchema = z.object({
  level: z.enum(['calm', 'watch', 'alert', 'crisis']),
  reason: z.string().max(500),
  reasonKey: z.string().max(100),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])),
  crisisMode: z.boolean(),
});
export type RadarView = z.infer<typeof RadarViewSchema>;

export const ObservationItemSchema = z.object({
  commentId: z.string().min(1).max(100),
  threadId: z.string().max(100).nullable(),
  postedAt: z.string().min(10).max(40),
  verdict: VerdictKindSchema,
  claimId: z.string().max(100).nullable(),
});

/** Message name → request and response schemas. */
export const MESSAGES = {
  // ── from a content script ───────────────────────────────────────────────
  /** The content script asks for the settings when it starts. */
  'cs:get-settings': { request: Empty, response: SettingsSchema },
  /** What the scan found on the page: kept per tab for the popup and the toolbar badge. */
  'cs:page-summary': { request: PageSummarySchema, response: Ok },
  /** Which of these comment ids the moderator dismissed before (feedback kept in the database). */
  'cs:get-dismissed': {
    request: z.object({ platform: PlatformSchema, ids: z.array(z.string().min(1).max(100)).max(5_000) }),
    response: z.object({ dismissed: z.array(z.string()) }),
  },
  /** A flag dismissed as a false positive: kept as feedback. */
  'cs:dismiss': {
    request: z.object({ comment: CommentSchema, verdict: VerdictSchema }),
    response: Ok,
  },
  /** The moderator selected a comment (suggest a reply): kept per tab so popup and card agree. */
  'cs:select-comment': { request: SelectedCommentSchema.omit({ selectedAt: true }), response: Ok },
  /** Comments seen (with a time) for the radar; answers with the page's radar level. */
  'cs:observe': {
    request: z.object({ platform: PlatformSchema, pageUrl: z.string().url().max(2_000), items: z.array(ObservationItemSchema).max(5_000) }),
    response: RadarViewSchema,
  },
  /** The moderator switched crisis mode from the page panel (offered at "alert"). */
  'cs:set-crisis-mode': { request: z.object({ on: z.boolean() }), response: Ok },
  // ── from an extension page ──────────────────────────────────────────────
  'ui:get-settings': { request: Empty, response: SettingsSchema },
  'ui:save-settings': { request: SettingsPatchSchema, response: SettingsSchema },
  /** The popup asks what Vigie found on a tab. */
  'ui:get-tab-state': {
    request: z.object({ tabId: z.number().int().min(0) }),
    response: z.object({ summary: PageSummarySchema.nullable(), selected: SelectedCommentSchema.nullable() }),
  },
  // ── from the background to a tab ────────────────────────────────────────
  /** Settings changed: open content scripts follow without a reload. */
  'bg:settings-changed': { request: SettingsSchema, response: Ok },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type Request<K extends MessageName> = z.infer<(typeof MESSAGES)[K]['request']>;
export type Response<K extends MessageName> = z.infer<(typeof MESSAGES)[K]['response']>;

/** The envelope on the wire. */
export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: Request<K>;
}

/** The reply on the wire: an error reply carries a reason, never a stack. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export class MessageError extends Error {}

export function isMessageName(x: unknown): x is MessageName {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, x);
}
