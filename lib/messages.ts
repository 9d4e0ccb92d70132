/**
 * Every message between Vigie's contexts, declared once with a zod schema for its request and its
 * response. The prefix says who sends it: `cs:` a content script, `ui:` an extension page (popup,
 * options, dashboard), `bg:` the background to a tab. Receivers parse and check the sender before
 * acting, and drop what fails with a logged reason and an error reply (the habit of Bitwarden's
 * browser app: never trust a message because it arrived).
 */
import { z } from 'zod';
import { CommentSchema, PlatformSchema, SensitivitySchema, VerdictKindSchema, VerdictSchema } from './schemas';
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
export type ObservationItem = z.infer<typeof ObservationItemSchema>;

/** Largest JSON document a message carries as a string (500 comments of 20,000 characters). */
const MAX_JSON_CHARS = 12_000_000;

/**
 * A payload sent as one JSON string, parsed and then checked with `schema` where it is received.
 * Why: Chrome converts a message's values one by one on the sending thread, and for 500 comments
 * as objects that was about 8 ms of the page's main thread (npm run bench -- --only scan); the same
 * data as one string crosses in one piece, and JSON.stringify and JSON.parse are fast.
 */
export function jsonOf<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .max(MAX_JSON_CHARS)
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text) as unknown;
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `not JSON: ${(e as Error).message}` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const IdSchema = z.string().min(1).max(100);

/** A comment's text, sent by the page to be classified in the background. */
export const ClassifyItemSchema = z.object({
  id: IdSchema,
  text: z.string().max(20_000),
});

/** Comments per classification message: a page sends more in several. */
export const MAX_CLASSIFY_ITEMS = 500;

/** A comment's verdict (with its reasons when flagged), its dismissal, its register entry. */
export interface Classified {
  id: string;
  verdict: z.infer<typeof VerdictSchema>;
  dismissed: boolean;
  claim: { id: string; statement: string } | null;
}

/**
 * A column of the packed answer, checked in one plain loop: a zod schema per element cost the
 * page a few milliseconds more for 2,000 comments (cold code, npm run bench -- --only scan).
 */
function column<T>(what: string, isValid: (value: unknown) => boolean) {
  return z.custom<T[]>((value) => Array.isArray(value) && value.length <= MAX_CLASSIFY_ITEMS && value.every(isValid), {
    message: `expected a list of at most ${MAX_CLASSIFY_ITEMS} ${what}`,
  });
}
const isId = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= 100;
const isScore = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;
const isLang = (value: unknown) => value === 'en' || value === 'fr' || value === 'other';

/**
 * The answer to cs:classify, packed by lib/classify-answer.ts: verdicts with something to show in
 * full; the others ("plain": not flagged, no sub-label, no cue, no register match) as columns of
 * their language and two scores. The page checks every answer it gets, and checking 2,000 full
 * verdicts cost it about 30 ms of main thread; the columns cost a few checks per comment.
 */
export const ClassifyAnswerSchema = z.object({
  full: z
    .array(z.object({ id: IdSchema, verdict: VerdictSchema, claim: z.object({ id: IdSchema, statement: z.string().max(1_000) }).nullable() }))
    .max(MAX_CLASSIFY_ITEMS),
  plain: z
    .object({
      ids: column<string>('comment ids', isId),
      lang: column<'en' | 'fr' | 'other'>('languages (en, fr, other)', isLang),
      hostility: column<number>('scores in [0, 1]', isScore),
      rumour: column<number>('scores in [0, 1]', isScore),
    })
    .refine((p) => p.lang.length === p.ids.length && p.hostility.length === p.ids.length && p.rumour.length === p.ids.length, {
      message: 'plain verdict columns of different lengths',
    }),
  dismissed: column<string>('comment ids', isId),
});
export type ClassifyAnswer = z.infer<typeof ClassifyAnswerSchema>;

export const ToneResultSchema = z.object({
  ok: z.boolean(),
  warnings: z.array(z.object({ kind: z.enum(['hostility', 'sarcasm', 'dismissive']), note: z.string().max(500) })).max(50),
});

/** A reply's length as the platform counts it (lib/replies/length.ts). */
export const LengthMeasureSchema = z.object({
  length: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  over: z.boolean(),
});

export const ReplyFieldSchema = z.object({
  name: z.string().min(1).max(60),
  required: z.boolean(),
  value: z.string().max(2_000),
});

export const SuggestionSchema = z.object({
  replyId: z.string().min(1).max(100),
  version: z.number().int().min(1),
  title: z.string().max(200),
  body: z.string().max(8_000),
  lang: z.enum(['en', 'fr']),
  categories: z.array(z.string().max(30)),
  why: z.array(z.string().max(300)).max(10),
  fields: z.array(ReplyFieldSchema).max(30),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestionsSchema = z.object({
  selected: SelectedCommentSchema.nullable(),
  crisisMode: z.boolean(),
  suggestions: z.array(SuggestionSchema).max(5),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;

export const InsertResultSchema = z.object({
  ok: z.boolean(),
  method: z.enum(['paste', 'native-setter', 'exec-command', 'clipboard']),
  readBack: z.string().max(20_000),
  error: z.string().max(1_000).optional(),
});

export const InsertedSchema = z.object({
  replyId: z.string().min(1).max(100),
  version: z.number().int().min(1),
  platform: PlatformSchema,
  commentId: z.string().min(1).max(100),
  method: InsertResultSchema.shape.method,
});

const ThreadItemSchema = z.object({ id: z.string().max(100), author: z.string().max(200), text: z.string().max(20_000) });

/** What a page knows of a comment to escalate: the background turns it into a packet. */
export const EscalationContextSchema = z.object({
  pageUrl: z.string().url().max(2_000),
  comment: CommentSchema,
  verdict: VerdictSchema,
  /** The explanation with excerpts of the original text. */
  reasons: z.array(z.object({ label: z.string().max(100), excerpt: z.string().max(500), note: z.string().max(500).optional() })).max(30),
  thread: z.object({ parent: ThreadItemSchema.nullable(), replies: z.array(ThreadItemSchema).max(10) }),
});
export type EscalationContext = z.infer<typeof EscalationContextSchema>;

export const EscalationRequestSchema = EscalationContextSchema.extend({
  note: z.string().max(5_000),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
});

/** Message name → request and response schemas. */
export const MESSAGES = {
  // ── from a content script ───────────────────────────────────────────────
  /** The content script asks for the settings when it starts. */
  'cs:get-settings': { request: Empty, response: SettingsSchema },
  /** What the scan found on the page: kept per tab for the popup and the toolbar badge. */
  'cs:page-summary': { request: jsonOf(PageSummarySchema), response: Ok },
  /**
   * Comments read on the page, to classify at the page's sensitivity (with the register, in the
   * background: not on the page's main thread); each answer says whether it was dismissed before.
   */
  'cs:classify': {
    request: jsonOf(z.object({ platform: PlatformSchema, sensitivity: SensitivitySchema, items: z.array(ClassifyItemSchema).min(1).max(MAX_CLASSIFY_ITEMS) })),
    response: jsonOf(ClassifyAnswerSchema),
  },
  /** The tone check of a reply the moderator is about to insert (in-page card). */
  'cs:check-tone': { request: z.object({ text: z.string().max(20_000) }), response: ToneResultSchema },
  /**
   * The length of a reply as its platform counts it (in-page card): X's counting library
   * (twitter-text) is loaded by the background once, not by the content script of every page.
   */
  'cs:measure-reply': { request: z.object({ platform: PlatformSchema, text: z.string().max(20_000) }), response: LengthMeasureSchema },
  /** A flag dismissed as a false positive: kept as feedback. */
  'cs:dismiss': {
    request: z.object({ comment: CommentSchema, verdict: VerdictSchema }),
    response: Ok,
  },
  /** The moderator selected a comment (suggest a reply): kept per tab so popup and card agree. */
  'cs:select-comment': { request: SelectedCommentSchema.omit({ selectedAt: true }), response: Ok },
  /** Comments seen (with a time) for the radar; answers with the page's radar level. */
  'cs:observe': {
    // As one JSON string (jsonOf): a first scan reports thousands of comments at once.
    request: jsonOf(z.object({ platform: PlatformSchema, pageUrl: z.string().url().max(2_000), items: z.array(ObservationItemSchema).max(5_000) })),
    response: RadarViewSchema,
  },
  /** The moderator switched crisis mode from the page panel (offered at "alert"). */
  'cs:set-crisis-mode': { request: z.object({ on: z.boolean() }), response: Ok },
  /** An emerging rumour turned into a register entry (status unverified, for the crisis team). */
  'cs:add-claim': {
    request: z.object({ statement: z.string().trim().min(3).max(1_000), lang: z.enum(['en', 'fr']), variants: z.array(z.string().max(1_000)).max(20) }),
    response: z.object({ id: z.string() }),
  },
  /** Ranked replies for the comment selected on this tab. */
  'cs:suggest': { request: Empty, response: SuggestionsSchema },
  /** A reply was put into the platform's reply box (audit, use count). */
  'cs:inserted': { request: InsertedSchema, response: Ok },
  /** Escalate a comment from the page (badge or panel). */
  'cs:escalate': { request: EscalationRequestSchema, response: z.object({ id: z.string() }) },
  // ── from an extension page ──────────────────────────────────────────────
  'ui:get-settings': { request: Empty, response: SettingsSchema },
  'ui:save-settings': { request: SettingsPatchSchema, response: SettingsSchema },
  /** The popup asks what Vigie found on a tab. */
  'ui:get-tab-state': {
    request: z.object({ tabId: z.number().int().min(0) }),
    response: z.object({ summary: PageSummarySchema.nullable(), selected: SelectedCommentSchema.nullable() }),
  },
  'ui:suggest': { request: z.object({ tabId: z.number().int().min(0) }), response: SuggestionsSchema },
  /** Insert the chosen, filled reply for the tab's selected comment. */
  'ui:insert-reply': {
    request: z.object({ tabId: z.number().int().min(0), replyId: z.string().min(1).max(100), version: z.number().int().min(1), text: z.string().min(1).max(8_000) }),
    response: InsertResultSchema,
  },
  /** Escalate the tab's selected comment, with a screenshot of the visible tab when allowed. */
  'ui:escalate': {
    request: z.object({ tabId: z.number().int().min(0), note: z.string().max(5_000), severity: z.enum(['low', 'medium', 'high', 'critical']) }),
    response: z.object({ id: z.string() }),
  },
  // ── from the background to a tab ────────────────────────────────────────
  /** Insert text into the reply box of a comment on this page. */
  'bg:insert-reply': {
    request: z.object({ commentId: z.string().min(1).max(100), text: z.string().min(1).max(8_000) }),
    response: InsertResultSchema,
  },
  /** The escalation context of a comment (thread, reasons) as the page shows it. */
  'bg:escalation-context': { request: z.object({ commentId: z.string().min(1).max(100) }), response: EscalationContextSchema },
  /** A keyboard shortcut was pressed: act on the comment under focus or under the pointer. */
  'bg:command': { request: z.object({ name: z.enum(['suggest', 'escalate']) }), response: Ok },
  /** Settings changed: open content scripts follow without a reload. */
  'bg:settings-changed': { request: SettingsSchema, response: Ok },
} as const;

export type MessageName = keyof typeof MESSAGES;
/** What a handler receives (parsed), and what the sender passes (before parsing: a JSON string for jsonOf). */
export type Request<K extends MessageName> = z.output<(typeof MESSAGES)[K]['request']>;
export type RequestWire<K extends MessageName> = z.input<(typeof MESSAGES)[K]['request']>;
/** What the sender gets (parsed), and what a handler returns (before parsing). */
export type Response<K extends MessageName> = z.output<(typeof MESSAGES)[K]['response']>;
export type ResponseWire<K extends MessageName> = z.input<(typeof MESSAGES)[K]['response']>;

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
