/**
 * Search and filters for the library editor (options page). Unlike suggestions, this shows every
 * reply, drafts and retired ones included, and matches what the moderator types literally: each
 * word must appear (case and accents ignored) at the start of a word of the title, body, tags or id.
 */
import type { Platform } from '../types';
import type { Reply, ReplyCategory, ReplyLang, ReplyStatus } from './schema';
import { fold } from './text';

export interface LibraryFilter {
  query?: string;
  lang?: ReplyLang | null;
  /** Any of these categories. */
  categories?: ReplyCategory[];
  status?: ReplyStatus | null;
  /** Replies usable on this platform (written for it, or for all). */
  platform?: Platform | null;
  tag?: string | null;
  claimId?: string | null;
  /** true: only expired; false: only unexpired; absent: both. */
  expired?: boolean | null;
  now?: Date;
}

export type LibrarySort = 'title' | 'updated' | 'used';

function haystack(r: Reply): string {
  return ` ${fold([r.title, r.body, r.tags.join(' '), r.id].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

export function filterReplies(replies: readonly Reply[], filter: LibraryFilter): Reply[] {
  const words = fold(filter.query ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const nowMs = (filter.now ?? new Date()).getTime();
  return replies.filter((r) => {
    if (filter.lang && r.lang !== filter.lang) return false;
    if (filter.status && r.status !== filter.status) return false;
    if (filter.categories?.length && !filter.categories.some((c) => r.categories.includes(c))) return false;
    if (filter.platform && r.platforms.length && !r.platforms.includes(filter.platform)) return false;
    if (filter.tag && !r.tags.includes(filter.tag)) return false;
    if (filter.claimId && !r.claimIds.includes(filter.claimId)) return false;
    if (filter.expired != null) {
      const expired = r.expiresAt !== null && Date.parse(r.expiresAt) <= nowMs;
      if (expired !== filter.expired) return false;
    }
    if (words.length) {
      const text = haystack(r);
      if (!words.every((w) => text.includes(` ${w}`))) return false;
    }
    return true;
  });
}

export function sortReplies(replies: readonly Reply[], by: LibrarySort): Reply[] {
  const copy = [...replies];
  if (by === 'title') copy.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  else if (by === 'updated') copy.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  else copy.sort((a, b) => b.useCount - a.useCount || a.title.localeCompare(b.title));
  return copy;
}
