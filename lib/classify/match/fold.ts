/**
 * Word splitting and folding for register matching. Self-contained (the classifier's normaliser is
 * another engineer's module and its output is tuned for hostility, not for comparing claims).
 *
 * A word keeps its offsets in the ORIGINAL text, so a match can point at what the commenter wrote.
 * Folding: case, accents (NFKD), look-alike letters from other scripts, zero-width characters kept
 * inside the word and dropped, leetspeak between letters ("p4lm", "t0xic"), letter runs ("oiiil").
 */

/** Zero-width and formatting characters people slip inside words to dodge filters. */
const INVISIBLE = '\\u00ad\\u034f\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufe0e\\ufe0f\\ufeff';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]`, 'gu');

/**
 * A word: letters, marks, digits, invisible characters and the leet symbols @ $ € | ! glued to them.
 * Apostrophes split ("l'huile" -> "l", "huile"; elided articles are then dropped as stop words).
 * This tests one character (a code point); scanWords reads the runs, testing only non-ASCII here.
 */
const WORD_CHAR_RE = new RegExp(`^[\\p{L}\\p{M}\\p{N}${INVISIBLE}@$€|!]$`, 'u');

/** Look-alike letters that NFKD leaves alone (Cyrillic, Greek) and ligatures. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', һ: 'h', ӏ: 'l', ɑ: 'a', ɡ: 'g', ı: 'i',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ς: 's',
  ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', đ: 'd', ł: 'l',
};

/** Leet characters and the letter each stands for (only decoded next to letters). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e', '!': 'i', '|': 'l' };

const COMBINING = /\p{M}/gu;
const isLetter = (c: string) => c >= 'a' && c <= 'z';

export interface Word {
  /** The word as written (original text slice, invisible characters included). */
  surface: string;
  start: number;
  end: number;
  /** Folded: lower-case ASCII letters and digits. */
  folded: string;
}

/** Case, accents, look-alikes and invisible characters. Leet and runs are handled by foldWord. */
function foldChars(s: string): string {
  const base = s.replace(INVISIBLE_RE, '').normalize('NFKD').replace(COMBINING, '').toLowerCase();
  let out = '';
  for (const ch of base) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/**
 * Decodes a leet character when it stands between letters ("t0xic"), or at the edge of a word of
 * at least three letters ("h4ram" has it inside; "sh1t" too). A run of two or more digits is a number
 * ("covid19", "2024") and a word with fewer than two letters is left alone ("5g").
 */
function decodeLeet(w: string): string {
  let letters = 0;
  for (const c of w) if (isLetter(c)) letters++;
  if (letters < 2) return w.replace(/[@$€|!]/g, '');
  const chars = [...w];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const sub = LEET[c];
    if (sub === undefined) { out.push(c); continue; }
    const prev = chars[i - 1], next = chars[i + 1];
    const prevLetter = prev !== undefined && isLetter(prev);
    const nextLetter = next !== undefined && isLetter(next);
    const inRun = (prev !== undefined && LEET[prev] !== undefined && !isLetter(prev)) || (next !== undefined && LEET[next] !== undefined && !isLetter(next));
    const symbol = !(c >= '0' && c <= '9');
    if ((prevLetter && nextLetter) || (!inRun && (prevLetter || nextLetter) && letters >= 3) || (symbol && (prevLetter || nextLetter))) out.push(sub);
    else if (!symbol) out.push(c);
  }
  return out.join('');
}

/** Runs of three or more of the same letter become one ("oiiiil" -> "oil"); doubles stay ("huile"). */
function squeezeRuns(w: string): string {
  return w.replace(/([a-z])\1{2,}/g, '$1');
}

const foldCache = new Map<string, string>();
const MAX_FOLD_CACHE = 100_000;

/**
 * Folds a word made of ASCII letters only, or null when it has anything else. Such a word has
 * nothing for NFKD, the look-alike table or the leet decoder to change (no digit, no symbol), so
 * folding is lower-casing and squeezing runs: the same result as the full path, without the
 * normalisation and the regular expressions that made folding the first cost of a new word.
 */
function foldAsciiLetters(raw: string): string | null {
  let lower = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) lower = false;
    else return null;
  }
  const w = lower ? raw : raw.toLowerCase();
  // A run of three needs two equal neighbours: test that cheaply before the regex.
  for (let i = 2; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) return squeezeRuns(w);
  return w;
}

/**
 * Folds one word. Words of ASCII letters are folded directly (cheaper than a cache look-up); the
 * others are cached: comments repeat the same words, and NFKD is not free.
 */
export function foldWord(raw: string): string {
  const ascii = foldAsciiLetters(raw);
  if (ascii !== null) return ascii;
  let f = foldCache.get(raw);
  if (f === undefined) {
    f = squeezeRuns(decodeLeet(foldChars(raw))).replace(/[^a-z0-9]/g, '');
    if (foldCache.size >= MAX_FOLD_CACHE) foldCache.clear();
    foldCache.set(raw, f);
  }
  return f;
}

export interface RawWord {
  surface: string;
  start: number;
  end: number;
}

/** Where the words of a text are (offsets into it); scratch space the caller keeps and reuses. */
export interface WordSpans {
  count: number;
  start: Int32Array;
  end: Int32Array;
}

export function newWordSpans(): WordSpans {
  return { count: 0, start: new Int32Array(64), end: new Int32Array(64) };
}

/**
 * Per BMP code unit: 0 not known yet, 1 a word character, 2 not. Filled for ASCII up front (letters,
 * digits, @ $ | !) and on first sight beyond, by WORD_CHAR_RE, so the scanner tests each distinct
 * character once instead of running a unicode-class regex over every text.
 */
const BMP_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 36 || c === 124 || c === 33;
  BMP_KIND[c] = word ? 1 : 2;
}
/** The same for code points beyond the BMP (emoji, mathematical letters), rarer: a Map. */
const astralKind = new Map<number, boolean>();

/**
 * Length in code units of the word character at `i` (2 for a surrogate pair), or 0 if the character
 * there is not a word character. A lone surrogate is not one (the class is one of code points).
 */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let kind = BMP_KIND[c];
    if (kind === 0) kind = BMP_KIND[c] = WORD_CHAR_RE.test(text[i]) ? 1 : 2;
    return kind === 1 ? 1 : 0;
  }
  const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (c > 0xdbff || low < 0xdc00 || low > 0xdfff) return 0;
  const cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let word = astralKind.get(cp);
  if (word === undefined) {
    word = WORD_CHAR_RE.test(text.slice(i, i + 2));
    astralKind.set(cp, word);
  }
  return word ? 2 : 0;
}

const isEdgeMark = (c: number) => c === 64 || c === 33 || c === 124; // @ ! |
const isTrailMark = (c: number) => c === 33 || c === 124; // ! |

/**
 * Finds the words of a text (runs of word characters, trimmed of edge marks) into `out`,
 * growing its arrays if needed; returns the count. A hand-written scanner: matching reads every
 * comment of a page, and a unicode-class regex plus an object per word was most of its cost.
 */
export function scanWords(text: string, out: WordSpans): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let len = wordCharLength(text, i);
    if (len === 0) {
      // Skip one code point: a surrogate pair as a whole, so a word never starts on its second half.
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    let start = i;
    do i += len;
    while (i < n && (len = wordCharLength(text, i)) > 0);
    let end = i;
    // A trailing "!!!" or a leading "@" of a mention is punctuation, not leet.
    if (isEdgeMark(text.charCodeAt(start)) || isTrailMark(text.charCodeAt(end - 1))) {
      let lead = 0, trail = 0;
      while (start + lead < end && isEdgeMark(text.charCodeAt(start + lead))) lead++;
      while (end - trail > start && isTrailMark(text.charCodeAt(end - 1 - trail))) trail++;
      if (lead + trail >= end - start) continue;
      start += lead;
      end -= trail;
    }
    if (count === out.start.length) {
      out.start = grown(out.start, new Int32Array(count * 2));
      out.end = grown(out.end, new Int32Array(count * 2));
    }
    out.start[count] = start;
    out.end[count] = end;
    count++;
  }
  out.count = count;
  return count;
}

const splitSpans = newWordSpans();

/** Splits a text into words with their offsets, unfolded (callers that cache by surface fold later). */
export function splitWords(text: string): RawWord[] {
  const n = scanWords(text, splitSpans);
  const out: RawWord[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const start = splitSpans.start[k], end = splitSpans.end[k];
    out[k] = { surface: text.slice(start, end), start, end };
  }
  return out;
}

/** Splits a text into folded words with their offsets. Empty folds are dropped. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const w of splitWords(text)) {
    const folded = foldWord(w.surface);
    if (folded) out.push({ ...w, folded });
  }
  return out;
}

/** `b` holding a copy of `a` at its start (growing a scratch typed array). */
export function grown<T extends Uint8Array | Int32Array | Float64Array>(a: T, b: T): T {
  b.set(a);
  return b;
}
