/** The comments Vigie knows on this page, by the platform's id (X recycles rows: never by node). */
import type { FoundComment } from '../platforms/types';
import type { Verdict } from '../types';

export interface KnownComment {
  found: FoundComment;
  /** Null until the background's answer comes (the comment then has no verdict on the page). */
  verdict: Verdict | null;
  /** The register entry the comment matches, with its statement. */
  claim: { id: string; statement: string } | null;
  dismissed: boolean;
}

/** A comment with its verdict. */
export type ClassifiedComment = KnownComment & { verdict: Verdict };

export function isClassified(e: KnownComment): e is ClassifiedComment {
  return e.verdict !== null;
}

export class CommentStore {
  private byId = new Map<string, KnownComment>();

  get(id: string): KnownComment | undefined {
    return this.byId.get(id);
  }

  set(id: string, entry: KnownComment): void {
    this.byId.set(id, entry);
  }

  all(): KnownComment[] {
    return [...this.byId.values()];
  }

  clear(): void {
    this.byId.clear();
  }

  get size(): number {
    return this.byId.size;
  }

  /** The comment a reply answers, and up to `limit` replies to a comment, for escalation packets. */
  thread(id: string, limit = 10): { parent: KnownComment | null; replies: KnownComment[] } {
    const c = this.byId.get(id)?.found.comment;
    const parent = c?.parentId ? (this.byId.get(c.parentId) ?? null) : null;
    const replies: KnownComment[] = [];
    for (const e of this.byId.values()) {
      if (e.found.comment.parentId === id) replies.push(e);
      if (replies.length >= limit) break;
    }
    return { parent, replies };
  }
}
