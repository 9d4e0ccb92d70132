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
import { HashSet } from './hash-table';
import { feats as featsImport } from './features';
import { CAT as CAT_IMPORT } from './lexicon';
import { FIRST_PERSON, INSTRUCTION_OPENERS, PRODUCT_OPINION, QUESTION_OPENERS, SECOND_PERSON, SPEAKER_OPENERS, THIRD_PARTY } from './lexicons/claim';
import { isSlangAfterCopula, PRODUCT } from './slang';
import { INCIDENT_EN } from './lexicons/rumour';
import { hashString } from './hash';
import { isFunctionWord as isFunctionWordImport } from './lang';
import { normalisedBuffers } from './normalise';
import { tokens as tokensImport } from './tokens';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const feats = featsImport;
const CAT = CAT_IMPORT;
const isFunctionWord = isFunctionWordImport;
const tokens = tokensImport;

const COMPLAINT = 1 << CAT.complaint;
const hashes = (list: string) => new HashSet(list.split(/\s+/).filter(Boolean).map(hashString));
/** Looked up by hash only at sentence starts: as lexicon categories they would be matched in every word of every comment. */
const PERSON = new HashSet([...hashes(FIRST_PERSON), ...hashes(SECOND_PERSON)]);
const OPENERS = new HashSet([...hashes(QUESTION_OPENERS), ...hashes(SPEAKER_OPENERS)]);
const OPINION = hashes(PRODUCT_OPINION);
const INSTRUCTION = hashes(INSTRUCTION_OPENERS);
const THIRD = hashes(THIRD_PARTY);
/** News words ("killed", "police", "bomb"): a sentence with one reports something, whatever it judges. */
const INCIDENT = hashes(INCIDENT_EN);
/** A sentence with this many words of customer-service vocabulary is a customer's own story ("Ordered 10 days ago, still nothing"). */
const CUSTOMER_STORY = 2;
const REPLACEMENT = 0xfffd;
const QUESTION = 63, PERIOD = 46, EXCLAIM = 33, SEMICOLON = 59, COLON = 58, NEWLINE = 10, ELLIPSIS = 0x2026;
const MENTION = hashString('@user'), URL = hashString('url');
/** Fewer content words than this is a fragment ("Same here!", "Merci beaucoup"), not a proposition. */
const MIN_CONTENT_WORDS = 2;

/** Sentences of the last countClaims() call: those that ask, and those that state a claim about someone else. */
export const sentences = { questions: 0, claims: 0 };

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && c !== ELLIPSIS && c !== REPLACEMENT);

/** Counts the sentences of the analysed text that ask and that read as a claim about someone else. */
export function countClaims(): void {
  const t = tokens, chars = normalisedBuffers().chars, length = feats.length;
  let claims = 0, questions = 0;
  let start = 0;
  for (let i = 0; i < t.count; i++) {
    // Sentence end: punctuation between this token and the next (or the end of the text).
    const gapEnd = i + 1 < t.count ? t.start[i + 1] : length;
    let question = false, end = i + 1 === t.count;
    for (let p = t.end[i]; p < gapEnd; p++) {
      const c = chars[p];
      // "it?s", "\ufffd?": a question mark standing for a lost quote or apostrophe (mis-encoded text).
      if (c === QUESTION) {
        if ((p + 1 < length && isWordChar(chars[p + 1])) || (p > 0 && chars[p - 1] === REPLACEMENT)) continue;
        question = true; end = true;
      } else if (c === PERIOD || c === EXCLAIM || c === SEMICOLON || c === NEWLINE || c === ELLIPSIS) end = true;
      // "Read this: the factory is closing": what follows a colon is a sentence of its own (not "10:30").
      else if (c === COLON && (p + 1 >= length || !isWordChar(chars[p + 1]))) end = true;
    }
    if (!end) continue;
    if (question) questions++;
    else if (isClaim(start, i)) claims++;
    start = i + 1;
  }
  sentences.questions = questions;
  sentences.claims = claims;
}

/** Words at the start of a sentence where its subject stands ("I ordered", "Your staff were", "We'll have"). */
const SUBJECT_WINDOW = 3;

/**
 * A sentence [from, to] (tokens, inclusive) is a claim unless it opens as a question, its subject
 * is the speaker or the reader (a first- or second-person word among its first words: "I ordered",
 * "you ship"; not "police told us"), it tells a customer's own story, it judges a product (a
 * product word and a word of taste or quality, and no news word: "Best chocolate ever"), it is an
 * instruction (an imperative first, no third party, no news word: "Melt the chocolate slowly"), or
 * it is a fragment.
 */
function isClaim(from: number, to: number): boolean {
  const t = tokens, cats = feats.tokCats;
  let content = 0, lead = 0, service = 0, product = false, opinion = false, incident = false, instruction = false, third = false;
  for (let k = from; k <= to; k++) {
    const w = t.hash[k];
    if (w === MENTION || w === URL) continue;
    if ((cats[k] & COMPLAINT) && ++service >= CUSTOMER_STORY) return false;
    if (lead === 0 && OPENERS.has(w)) return false;
    if (lead === 0 && INSTRUCTION.has(w)) instruction = true;
    if (lead < SUBJECT_WINDOW && PERSON.has(w)) return false;
    lead++;
    if (!isFunctionWord(w)) content++;
    if (THIRD.has(w)) third = true;
    if (PRODUCT.has(w) || PRODUCT.has(t.stem1[k])) product = true;
    else if (OPINION.has(w) || isSlangAfterCopula(k, from)) opinion = true;
    else if (INCIDENT.has(w)) incident = true;
  }
  if (!incident && ((product && opinion) || (instruction && !third))) return false;
  return content >= MIN_CONTENT_WORDS;
}
