/**
 * Does the analysed text state a claim? A rumour on a brand's page asserts something about a third
 * party ("they recalled a batch", "the Nantes plant is closing"). Questions ("Do you ship to
 * Canada?", "Is the 85% bar vegan?"), remarks about the speaker's own experience ("I ordered ten
 * days ago") and fragments of one or two words are conversation, whatever their topic: the
 * rumour training data (news tweets, where non-rumours are news too) cannot teach that difference,
 * so rumour.ts holds a comment without any rumour cue and without a claim below the balanced threshold.
 *
 * Works on the shared buffers of the last analyse() call (tokens, lexicon categories per token).
 */
import { feats as featsImport } from './features';
import { CAT as CAT_IMPORT } from './lexicon';
import { isFunctionWord as isFunctionWordImport } from './lang';
import { normalisedBuffers } from './normalise';
import { tokens as tokensImport } from './tokens';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const feats = featsImport;
const CAT = CAT_IMPORT;
const isFunctionWord = isFunctionWordImport;
const tokens = tokensImport;

const FIRST = 1 << CAT.first, ASK = 1 << CAT.ask, SECOND = 1 << CAT.second;
const QUESTION = 63, PERIOD = 46, EXCLAIM = 33, SEMICOLON = 59, NEWLINE = 10, ELLIPSIS = 0x2026;
/** Fewer content words than this is a fragment ("Same here", "obsidian 101"), not a proposition. */
const MIN_CONTENT_WORDS = 3;

/** Counts the sentences of the analysed text that read as a claim about someone else. */
export function claimSentences(): number {
  const t = tokens, chars = normalisedBuffers().chars, cats = feats.tokCats;
  let claims = 0;
  let start = 0;
  for (let i = 0; i < t.count; i++) {
    // Sentence end: punctuation between this token and the next (or the end of the text).
    const gapEnd = i + 1 < t.count ? t.start[i + 1] : t.end[i] + 8;
    let question = false, end = i + 1 === t.count;
    for (let p = t.end[i]; p < gapEnd && p < chars.length; p++) {
      const c = chars[p];
      if (c === QUESTION) { question = true; end = true; } else if (c === PERIOD || c === EXCLAIM || c === SEMICOLON || c === NEWLINE || c === ELLIPSIS) end = true;
    }
    if (!end) continue;
    if (!question && isClaim(start, i)) claims++;
    start = i + 1;
  }
  return claims;
}

/** A sentence [from, to] (tokens, inclusive) is a claim unless it asks, speaks of the speaker or reader, or is a fragment. */
function isClaim(from: number, to: number): boolean {
  const t = tokens, cats = feats.tokCats;
  if (cats[from] & ASK) return false;
  let content = 0;
  for (let k = from; k <= to; k++) {
    if (cats[k] & (FIRST | SECOND)) return false;
    if (!isFunctionWord(t.hash[k])) content++;
  }
  return content >= MIN_CONTENT_WORDS;
}
