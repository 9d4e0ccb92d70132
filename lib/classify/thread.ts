/**
 * Thread context for rumours: a claim whose replies ask for sources or call it false is more
 * likely a rumour (the RumourEval finding that rumours draw queries and denials). Returns the
 * log-odds to add: up to +1 when most replies query or deny.
 *
 * It analyses the replies with the shared buffers, so call it after reading the comment's own
 * features (rumourScore does).
 */
import { analyse } from './features';
import { CAT, hits } from './lexicon';

export const REPLY_QUERY_WEIGHT = 1.0;

export function analyseReplies(replies: string[]): number {
  let querying = 0;
  const n = Math.min(replies.length, 50);
  for (let i = 0; i < n; i++) {
    analyse(replies[i]);
    for (let h = 0; h < hits.count; h++) {
      if (hits.cat[h] === CAT.query) { querying++; break; }
    }
  }
  return n === 0 ? 0 : REPLY_QUERY_WEIGHT * Math.min(1, querying / Math.max(2, n) * 1.5);
}
