/**
 * Self-censored hostile words: letters replaced by stars ("conn*rd", "idi*t", "st*pid", "b***h",
 * "enc*lé"). People mask the word they mean so that a filter misses it and every reader still sees
 * it; nobody writes "c*nt" for "cant". The lists spell out a few common forms ("f*ck", "sh*t");
 * this reads the rest.
 *
 * A masked token is compared with the single-word insults, profanities, slurs and dehumanising
 * words of the same length and first letter: every letter it shows must be the list word's letter
 * at that place, and each star stands for one letter. The first letter must show, and at least two
 * letters in all ("f**k", not "f***", which the lists spell out); a final s, x or e may be a plural
 * or a feminine ending the list word lacks ("conn*rds").
 *
 * Only tokens with a star pay for this: the tokeniser keeps a star inside a word (tokens.ts), and
 * the words are grouped by length and first letter when the lexicons are indexed.
 */

const STAR = 42;
/** Shortest masked token read: "a**" could be many words, "c*nt" is one. */
export const MIN_MASKED_LENGTH = 4;

/** Entries by "length:first letter". */
const byShape = new Map<string, Array<{ index: number; phrase: string }>>();

/** Groups the eligible list words (entry index, phrase) by length and first letter. */
export function indexMasked(words: Array<{ index: number; phrase: string }>): void {
  for (const { index, phrase: listed } of words) {
    // Tokens are normalised (no accents); the lists are mostly written so already.
    const phrase = listed.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (phrase.length < MIN_MASKED_LENGTH - 1 || !/^[a-z]+$/.test(phrase)) continue;
    const key = `${phrase.length}:${phrase.charCodeAt(0)}`;
    const bucket = byShape.get(key);
    if (bucket) bucket.push({ index, phrase }); else byShape.set(key, [{ index, phrase }]);
  }
}

function fits(buf: Uint16Array, s: number, n: number, phrase: string): boolean {
  for (let k = 0; k < n; k++) {
    const c = buf[s + k];
    if (c !== STAR && c !== phrase.charCodeAt(k)) return false;
  }
  return true;
}

function lookUp(buf: Uint16Array, s: number, n: number): number {
  const bucket = byShape.get(`${n}:${buf[s]}`);
  if (bucket === undefined) return -1;
  for (const w of bucket) if (fits(buf, s, n, w.phrase)) return w.index;
  return -1;
}

/**
 * Entry index of the list word that the masked token buf[s, e) spells, or -1 (no star, too short,
 * fewer than two letters shown, or no list word fits).
 */
export function maskedEntry(buf: Uint16Array, s: number, e: number): number {
  const n = e - s;
  if (n < MIN_MASKED_LENGTH || buf[s] === STAR) return -1;
  let stars = 0;
  for (let k = s; k < e; k++) if (buf[k] === STAR) stars++;
  if (stars === 0 || n - stars < 2) return -1;
  const found = lookUp(buf, s, n);
  if (found >= 0) return found;
  // A plural or feminine ending the list word lacks: "conn*rds", "enc*lée".
  const last = buf[e - 1];
  if (last !== 115 && last !== 120 && last !== 101) return -1;
  const shorter = lookUp(buf, s, n - 1);
  if (shorter >= 0 || n < 6 || buf[e - 2] !== 101) return shorter;
  return lookUp(buf, s, n - 2);
}
