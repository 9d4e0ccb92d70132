/**
 * Pure editing operations on replies: each takes a record and returns a new, validated one (never
 * mutates). The options page calls these then saves through lib/db; keeping the rules here means
 * every editor (options page, import, a future sync) applies the same versioning and approval rules:
 *
 * - every change to a reply bumps its version and keeps the previous wording in `history`;
 * - changing the words (title, body or language) of an approved reply sends it back to draft:
 *   the team approved a text, not an id;
 * - changing only where it applies (categories, claims, platforms, tags, expiry) keeps the approval.
 */
import type { Platform } from '../types';
import { MAX_HISTORY, ReplySchema, type Reply, type ReplyCategory, type ReplyLang } from './schema';

export class ReplyError extends Error {
  constructor(
    message: string,
    /** Dotted path of the offending field, when one is to blame. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ReplyError';
  }
}

/** Validates a record as a Reply, throwing a ReplyError that names the first bad field. */
export function parseReply(record: unknown): Reply {
  const parsed = ReplySchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : null;
  throw new ReplyError(`${field ?? 'reply'}: ${issue?.message ?? 'invalid'}`, field);
}

export interface NewReply {
  title: string;
  body: string;
  lang: ReplyLang;
  categories: ReplyCategory[];
  claimIds?: string[];
  platforms?: Platform[];
  tags?: string[];
  expiresAt?: string | null;
}

export interface EditOptions {
  now: Date;
  /** Who makes the change (shown in history). */
  editor?: string;
}

export function newReplyId(): string {
  return `reply-${crypto.randomUUID()}`;
}

/** A new draft, version 1. */
export function createReply(input: NewReply, opts: EditOptions & { id?: string }): Reply {
  const at = opts.now.toISOString();
  return parseReply({
    id: opts.id ?? newReplyId(),
    title: input.title,
    body: input.body,
    lang: input.lang,
    categories: input.categories,
    claimIds: input.claimIds ?? [],
    platforms: input.platforms ?? [],
    tags: input.tags ?? [],
    status: 'draft',
    version: 1,
    history: [],
    updatedBy: opts.editor ?? null,
    approvedBy: null,
    approvedAt: null,
    expiresAt: input.expiresAt ?? null,
    createdAt: at,
    updatedAt: at,
    useCount: 0,
    lastUsedAt: null,
  });
}

export type ReplyPatch = Partial<Pick<Reply, 'title' | 'body' | 'lang' | 'categories' | 'claimIds' | 'platforms' | 'tags' | 'expiresAt'>>;

const WORDING: ReadonlyArray<keyof ReplyPatch> = ['title', 'body', 'lang'];

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Applies `patch`. Returns the same record when nothing actually changes (no empty versions);
 * otherwise version + 1 with the previous title and body pushed to history.
 */
export function updateReply(reply: Reply, patch: ReplyPatch, opts: EditOptions): Reply {
  const changed = (Object.keys(patch) as Array<keyof ReplyPatch>).filter(
    (k) => patch[k] !== undefined && !sameValue(patch[k], reply[k]),
  );
  if (!changed.length) return reply;
  const wordingChanged = changed.some((k) => WORDING.includes(k));
  const previous = {
    version: reply.version,
    title: reply.title,
    body: reply.body,
    editedAt: reply.updatedAt,
    ...(reply.updatedBy ? { editedBy: reply.updatedBy } : {}),
  };
  const history = [...reply.history, previous].slice(-MAX_HISTORY);
  const revoke = wordingChanged && reply.status === 'approved';
  return parseReply({
    ...reply,
    ...Object.fromEntries(changed.map((k) => [k, patch[k]])),
    version: reply.version + 1,
    history,
    updatedBy: opts.editor ?? null,
    updatedAt: opts.now.toISOString(),
    ...(revoke ? { status: 'draft', approvedBy: null, approvedAt: null } : {}),
  });
}

/** Brings back the wording of an earlier version, as a new version (history is never rewritten). */
export function restoreVersion(reply: Reply, version: number, opts: EditOptions): Reply {
  const old = reply.history.find((h) => h.version === version);
  if (!old) throw new ReplyError(`version ${version} of "${reply.title}" is not in its history`, 'version');
  return updateReply(reply, { title: old.title, body: old.body }, opts);
}

/** A draft copy with a new id: a starting point for a variant, to be approved on its own. */
export function duplicateReply(reply: Reply, opts: EditOptions & { id?: string; titleSuffix?: string }): Reply {
  const at = opts.now.toISOString();
  const suffix = opts.titleSuffix ?? ' (copy)';
  return parseReply({
    ...reply,
    id: opts.id ?? newReplyId(),
    title: (reply.title + suffix).slice(0, 200),
    status: 'draft',
    version: 1,
    history: [],
    updatedBy: opts.editor ?? null,
    approvedBy: null,
    approvedAt: null,
    createdAt: at,
    updatedAt: at,
    useCount: 0,
    lastUsedAt: null,
  });
}

/**
 * Marks the current version approved. Approving does not change the words, so the version stays;
 * `expiresAt` (ISO or null) may be set at the same time. A retired reply can be approved again.
 */
export function approveReply(reply: Reply, approver: string, now: Date, opts: { expiresAt?: string | null } = {}): Reply {
  const who = approver.trim();
  if (!who) throw new ReplyError('an approval needs the approver’s name', 'approvedBy');
  const at = now.toISOString();
  return parseReply({
    ...reply,
    status: 'approved',
    approvedBy: who,
    approvedAt: at,
    updatedAt: at,
    ...(opts.expiresAt !== undefined ? { expiresAt: opts.expiresAt } : {}),
  });
}

/** Takes a reply out of suggestions for good, keeping who approved it for the record. */
export function retireReply(reply: Reply, now: Date): Reply {
  return parseReply({ ...reply, status: 'retired', updatedAt: now.toISOString() });
}

/** Counts one insertion. Not an edit: version and updatedAt stay. */
export function recordUse(reply: Reply, now: Date): Reply {
  return { ...reply, useCount: reply.useCount + 1, lastUsedAt: now.toISOString() };
}

/** Approved and not expired at `now`: the only replies ever suggested. */
export function isSuggestable(reply: Reply, now: Date): boolean {
  return reply.status === 'approved' && (reply.expiresAt === null || Date.parse(reply.expiresAt) > now.getTime());
}
