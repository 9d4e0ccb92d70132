/**
 * The vetted reply record. One zod schema is the single truth for what a reply is: Dexie writes,
 * JSON and CSV imports and the starter library all pass through it, so a record that would break
 * ranking or insertion (an approved reply nobody approved, a history newer than the reply, a
 * mistyped placeholder) never reaches the library.
 */
import { z } from 'zod';
import { PlatformSchema } from '../schemas';
import { malformedPlaceholders } from './placeholders';

export const REPLY_CATEGORIES = ['hostile', 'rumour', 'complaint', 'question', 'praise', 'holding', 'other'] as const;
export type ReplyCategory = (typeof REPLY_CATEGORIES)[number];

export const REPLY_STATUSES = ['draft', 'approved', 'retired'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

export const REPLY_LANGS = ['en', 'fr'] as const;
export type ReplyLang = (typeof REPLY_LANGS)[number];

/** Facebook's 8,000 is the largest platform limit; a body longer than that fits nowhere. */
export const MAX_BODY_CHARS = 8_000;
export const MAX_TITLE_CHARS = 200;
/** Older versions beyond this are dropped by updateReply (oldest first) so records stay small. */
export const MAX_HISTORY = 200;

/**
 * '|' separates list items in CSV cells, so ids and tags may not contain it; they are identifiers
 * a moderator types, not prose.
 */
const ListItem = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((s) => !s.includes('|'), { message: "must not contain '|'" });

/** ISO 8601 date-time, as Date#toISOString writes it (an offset is accepted on import). */
export const IsoSchema = z.iso.datetime({ offset: true });

const Body = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(MAX_BODY_CHARS)
  .superRefine((body, ctx) => {
    for (const bad of malformedPlaceholders(body)) {
      ctx.addIssue({
        code: 'custom',
        message: `placeholder ${bad} is not valid: use lowercase letters, digits and _ like {author} or {order_number}`,
      });
    }
  });

export const ReplyHistoryEntrySchema = z.object({
  version: z.number().int().min(1),
  title: z.string().max(MAX_TITLE_CHARS),
  body: z.string().max(MAX_BODY_CHARS),
  /** When this version was written. */
  editedAt: IsoSchema,
  editedBy: z.string().max(200).optional(),
});
export type ReplyHistoryEntry = z.infer<typeof ReplyHistoryEntrySchema>;

export const ReplySchema = z
  .object({
    id: z.string().trim().min(1).max(100).refine((s) => !s.includes('|'), { message: "must not contain '|'" }),
    title: z.string().trim().min(1, { message: 'must not be empty' }).max(MAX_TITLE_CHARS),
    /** Text with placeholders such as {author}, {brand}, {agent}, {correction_link}, {order_number}. */
    body: Body,
    lang: z.enum(REPLY_LANGS),
    categories: z.array(z.enum(REPLY_CATEGORIES)).min(1, { message: 'needs at least one category' }).max(REPLY_CATEGORIES.length),
    /** Rumour-register entries this reply answers (a correction linked to its claim ranks first). */
    claimIds: z.array(ListItem).max(50).default([]),
    /** Platforms the reply is written for; empty = all. */
    platforms: z.array(PlatformSchema).max(3).default([]),
    tags: z.array(ListItem).max(30).default([]),
    status: z.enum(REPLY_STATUSES),
    /** Bumped by every edit; older wordings live in history. */
    version: z.number().int().min(1).default(1),
    /** Earlier versions only (each strictly older than `version`), oldest first. */
    history: z.array(ReplyHistoryEntrySchema).max(MAX_HISTORY).default([]),
    /** Who wrote the current version, when known. */
    updatedBy: z.string().max(200).nullable().default(null),
    approvedBy: z.string().trim().min(1).max(200).nullable().default(null),
    approvedAt: IsoSchema.nullable().default(null),
    /** After this instant the reply is no longer suggested (a dated offer, a past incident). */
    expiresAt: IsoSchema.nullable().default(null),
    createdAt: IsoSchema,
    updatedAt: IsoSchema,
    useCount: z.number().int().min(0).default(0),
    lastUsedAt: IsoSchema.nullable().default(null),
  })
  .superRefine((r, ctx) => {
    if (r.status === 'approved' && (r.approvedBy === null || r.approvedAt === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [r.approvedBy === null ? 'approvedBy' : 'approvedAt'],
        message: 'an approved reply needs approvedBy and approvedAt',
      });
    }
    const seen = new Set<number>();
    r.history.forEach((h, i) => {
      if (h.version >= r.version) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'version'],
          message: `history version ${h.version} must be older than the reply's version ${r.version}`,
        });
      }
      if (seen.has(h.version)) {
        ctx.addIssue({ code: 'custom', path: ['history', i, 'version'], message: `history has version ${h.version} twice` });
      }
      seen.add(h.version);
    });
    if (new Set(r.categories).size !== r.categories.length) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'lists a category twice' });
    }
    if (new Set(r.platforms).size !== r.platforms.length) {
      ctx.addIssue({ code: 'custom', path: ['platforms'], message: 'lists a platform twice' });
    }
  });

export type Reply = z.infer<typeof ReplySchema>;
/** What a caller may hand to ReplySchema: defaults not yet applied. */
export type ReplyInput = z.input<typeof ReplySchema>;
