import type { Platform } from '../../types';
import type { ReplyCategory } from '../schema';

/** A starter reply as written by hand; starterLibrary() turns it into an approved Reply. */
export interface StarterReply {
  /** Stable across releases, so a re-seed or an import recognises the same reply. */
  id: string;
  title: string;
  body: string;
  categories: ReplyCategory[];
  /** Only for texts too long for X; omitted = every platform. */
  platforms?: Platform[];
  tags: string[];
}
