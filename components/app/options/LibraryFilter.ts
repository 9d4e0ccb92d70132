/** Which replies the library list shows: a text search and four filters, all optional. */
import { fold } from '../../../lib/replies/text';
import type { Reply, ReplyCategory, ReplyLang, ReplyStatus } from '../../../lib/replies/schema';
import type { Platform } from '../../../lib/types';

export interface LibraryFilter {
  query: string;
  lang: ReplyLang | '';
  category: ReplyCategory | '';
  status: ReplyStatus | '';
  platform: Platform | '';
}

export const EMPTY_FILTER: LibraryFilter = { query: '', lang: '', category: '', status: '', platform: '' };

/**
 * Every word of the query must appear (case and accents ignored) in the title, body, tags or id.
 * A reply written for every platform (empty list) matches any platform filter.
 */
export function filterReplies(list: readonly Reply[], f: LibraryFilter): Reply[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return list
    .filter((r) => {
      if (f.lang && r.lang !== f.lang) return false;
      if (f.category && !r.categories.includes(f.category)) return false;
      if (f.status && r.status !== f.status) return false;
      if (f.platform && r.platforms.length > 0 && !r.platforms.includes(f.platform)) return false;
      if (!words.length) return true;
      const hay = fold([r.title, r.body, r.id, ...r.tags].join(' '));
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
