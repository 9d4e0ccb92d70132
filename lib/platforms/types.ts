import type { Comment, Platform } from '../types';

/** A comment found on the page: its own element (which carries data-vigie-id) and its record. */
export interface FoundComment {
  element: HTMLElement;
  comment: Comment;
}

export type InsertMethod = 'paste' | 'native-setter' | 'exec-command' | 'clipboard';

export interface InsertResult {
  ok: boolean;
  /** How the text got in (or 'clipboard' when the moderator must paste). */
  method: InsertMethod;
  /** Text read back from the editor after insertion. */
  readBack: string;
  /** Why it failed, when it did. */
  error?: string;
}

/**
 * One per site. Site knowledge (selectors, localized strings, URL patterns) lives only in the
 * adapter. Every selector is a commented array, most robust first, citing the fixture it was
 * seen on and the date.
 */
export interface PlatformAdapter {
  platform: Platform;
  /** True when this URL shows a post with comments that Vigie should scan. */
  matchesPage(url: URL): boolean;
  /** The nearest stable container to observe (falls back to document.body). */
  findRoot(doc: Document): HTMLElement | null;
  /** Every comment currently in the DOM under root, in document order. */
  findComments(root: ParentNode): FoundComment[];
  /**
   * Optional, for long threads: the same answer as findComments(root), given the mutations seen
   * under root since the last findComments/findChangedComments call (the scanner passes all of
   * them, childList and characterData). The adapter may reuse what it read from rows those
   * mutations did not touch. The scanner falls back to findComments when it is absent.
   */
  findChangedComments?(root: ParentNode, records: readonly MutationRecord[]): FoundComment[];
  /**
   * Optional, for very long threads: the answer of findChangedComments(root, records) (or of
   * findComments(root) when records is null) as a lazy sequence, read row by row as it is pulled,
   * so the scanner can pause between rows and keep each task short. The sequence may be abandoned
   * part-way; rows that left the DOM while it was paused are skipped. Given records, it may leave
   * out comments those mutations cannot have changed (rows appended by infinite scroll: only the
   * new ones), so 20 new rows on a 2,000-row thread cost 20 rows.
   */
  walkComments?(root: ParentNode, records: readonly MutationRecord[] | null): Iterable<FoundComment>;
  /** The platform's "view more comments / replies" buttons currently present. */
  findLoadMoreButtons(root: ParentNode): HTMLElement[];
  /** Opens (clicking the reply button if needed) and returns the reply composer for a comment. */
  openComposer(commentElement: HTMLElement): Promise<HTMLElement | null>;
  /** Inserts text into the composer with the platform's method, reads it back, never sends. */
  insertReply(composer: HTMLElement, text: string): Promise<InsertResult>;
  /**
   * Clicks the comment's own "See more" / "Voir plus" link when it has one (never done by
   * findComments). Returns true when it clicked; the scanner then reports the longer text as a change.
   */
  expandSeeMore?(commentElement: HTMLElement): boolean;
  /** The element of the thread root a comment belongs to (X: the focused post; FB/IG: the top-level comment). */
  findThreadRoot?(commentElement: HTMLElement): HTMLElement | null;
  /** Forgets what the adapter remembered about the page (call after SPA navigation). */
  reset?(): void;
}
