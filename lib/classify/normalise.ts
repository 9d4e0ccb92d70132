/**
 * Normalisation that defeats the usual obfuscation tricks, keeping for every output character the
 * index of the ORIGINAL character it came from (so explanations can point at the text as written).
 *
 * Stages, each a pass over preallocated buffers (the fast path allocates nothing per call):
 *  1. fold: case, accents, look-alikes, zero-width characters, meaningful emoji (charmap.ts), and
 *     runs of whitespace to one space;
 *  2. per space-separated chunk: URLs become "url", mentions "@user", hashtags lose '#', dotted
 *     letters are joined ("i.d.i.o.t"), leetspeak is decoded inside words ("1d10t", "sh!t", "a$$");
 *  3. spaced single letters are joined ("c o n n a r d") and elongations (a letter three or more
 *     times in a row) are cut to one ("fuuuuck" -> "fuck", "meeerci" -> "merci").
 */
import { foldCodePoint } from './charmap';

let A = new Uint16Array(1024), AO = new Int32Array(1024);
let B = new Uint16Array(1024), BO = new Int32Array(1024);
let C = new Uint16Array(1024), CO = new Int32Array(1024);

function ensure(n: number): void {
  if (A.length >= n) return;
  let size = A.length;
  while (size < n) size *= 2;
  A = new Uint16Array(size); AO = new Int32Array(size);
  B = new Uint16Array(size); BO = new Int32Array(size);
  C = new Uint16Array(size); CO = new Int32Array(size);
}

const SPACE = 32;

/** Surface statistics of the last text folded (read by features: shouting, accents, punctuation). */
export const surface = { upper: 0, letters: 0, accents: 0, exclaims: 0, questions: 0, hashes: 0, digits: 0 };
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c > 127 && c !== 0x2026);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Leet characters and the letter each stands for. */
const LEET = new Int32Array(128).fill(0);
LEET[48] = 111; // 0 -> o
LEET[49] = 105; // 1 -> i
LEET[51] = 101; // 3 -> e
LEET[52] = 97; //  4 -> a
LEET[53] = 115; // 5 -> s
LEET[54] = 103; // 6 -> g ("ni66er", a probe of functional tests, 2026-11-24; not 9: "covid19")
LEET[55] = 116; // 7 -> t
LEET[64] = 97; //  @ -> a
LEET[36] = 115; // $ -> s
LEET[33] = 105; // ! -> i
LEET[124] = 108; // | -> l
const EURO = 0x20ac;
const leetOf = (c: number) => (c < 128 ? LEET[c] : c === EURO ? 101 : 0);

/** Separators people put between letters to dodge filters: . - _ * , ~ / + */
const isDotSep = (c: number) => c === 46 || c === 45 || c === 95 || c === 42 || c === 44 || c === 126 || c === 47 || c === 43;

/** Stage 1: fold every code point; collapse whitespace. Returns the length written into A/AO. */
function fold(text: string): number {
  ensure(text.length * 3 + 16);
  let n = 0;
  let lastSpace = true;
  let upper = 0, letters = 0, accents = 0, exclaims = 0, questions = 0, hashes = 0, digits = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const start = i;
    if (c < 128) {
      if (c <= 32 || c === 127) {
        if (!lastSpace) { A[n] = SPACE; AO[n++] = start; lastSpace = true; }
        continue;
      }
      if (c >= 65 && c <= 90) { c += 32; upper++; letters++; }
      else if (c >= 97 && c <= 122) letters++;
      else if (c === 33) exclaims++;
      else if (c === 63) questions++;
      else if (c === 35) hashes++;
      else if (c >= 48 && c <= 57) digits++;
      A[n] = c; AO[n++] = start; lastSpace = false;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) { cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000; i++; }
    }
    if (cp >= 0xc0 && cp <= 0x17f && cp !== 0xd7 && cp !== 0xf7) { accents++; letters++; }
    const f = foldCodePoint(cp);
    if (n + f.length + 2 > A.length) ensure((n + f.length + 2) * 2);
    for (let k = 0; k < f.length; k++) {
      const fc = f.charCodeAt(k);
      if (fc === SPACE) {
        if (!lastSpace) { A[n] = SPACE; AO[n++] = start; lastSpace = true; }
      } else { A[n] = fc; AO[n++] = start; lastSpace = false; }
    }
  }
  if (n > 0 && A[n - 1] === SPACE) n--;
  surface.upper = upper; surface.letters = letters; surface.accents = accents; surface.exclaims = exclaims;
  surface.questions = questions; surface.hashes = hashes; surface.digits = digits;
  return n;
}

function startsWith(s: number, e: number, lit: string): boolean {
  if (e - s < lit.length) return false;
  for (let k = 0; k < lit.length; k++) if (A[s + k] !== lit.charCodeAt(k)) return false;
  return true;
}

/** Writes a literal word whose characters all map to the chunk [s, e) of the folded text. */
function emitLiteral(lit: string, s: number, e: number, m: number): number {
  for (let k = 0; k < lit.length; k++) {
    B[m] = lit.charCodeAt(k);
    BO[m++] = AO[Math.min(s + k, e - 1)];
  }
  return m;
}

/** "i.d.i.o.t", "f-u-c-k": single letters (or leet) alternating with one separator, >= 3 letters. */
function isDottedWord(s: number, e: number): boolean {
  let letters = 0;
  let k = s;
  // Allow leading/trailing punctuation around the dotted core (e.g. quotes, a final "!").
  while (k < e && !isLetter(A[k]) && leetOf(A[k]) === 0) k++;
  let end = e;
  while (end > k && !isLetter(A[end - 1]) && !isDigit(A[end - 1])) end--;
  if (end - k < 5) return false;
  for (let p = k; p < end; p++) {
    const even = (p - k) % 2 === 0;
    if (even) {
      if (!isLetter(A[p]) && leetOf(A[p]) === 0) return false;
      letters++;
    } else if (!isDotSep(A[p])) return false;
  }
  return letters >= 3 && (end - k) % 2 === 1;
}

/** Number suffixes that mean the digits are a quantity, not leetspeak ("2nd", "10am", "3h"). */
const UNIT_SUFFIX = new Set(['st', 'nd', 'rd', 'th', 'am', 'pm', 'h', 'k', 'm', 's', 'x', 'e', 'er', 'eme', 'min', 'mn', 'ans', 'km', 'kg', 'mb', 'gb', 'g', 'ml', 'l', 'cm', 'mm', 'pc', 'fps', 'd', 'j', 'hr', 'hrs', 'yo', 'ieme', 'ere', 'eur', 'usd', 'mins', 'sec', 'ms', 'gen', 'p', 'c', 'f', 'v', 'w', 'kw']);

const EIGHT = 56;
/** The text being normalised: emitEightAsAte reads its case. */
let source = '';

/**
 * "8" after a lower-case letter, in a word of letters with no other digit, reads "ate": "h8", "h8ers",
 * "gr8", "l8r" (a third probe of functional tests, 2026-11-24: "I h8 immigrants" was read as "h8",
 * nothing hostile). Not after a capital: names of channels and models, "C8", "A8", "FF8". The
 * three letters point at the "8" as written.
 */
function emitEightAsAte(s: number, e: number, m: number): number {
  let eights = 0;
  for (let k = s; k < e; k++) {
    if (A[k] === EIGHT) {
      if (k === s || !isLetter(A[k - 1])) return -1;
      const before = source.charCodeAt(AO[k - 1]);
      if (before >= 65 && before <= 90) return -1;
      eights++;
    }
    else if (!isLetter(A[k])) return -1;
  }
  if (eights !== 1) return -1;
  for (let k = s; k < e; k++) {
    if (A[k] === EIGHT) {
      B[m] = 97; BO[m++] = AO[k];
      B[m] = 116; BO[m++] = AO[k];
      B[m] = 101; BO[m++] = AO[k];
    } else { B[m] = A[k]; BO[m++] = AO[k]; }
  }
  return m;
}

/** Decodes leetspeak in the word run [s, e) of A into B; returns the new write position. */
function emitWordRun(s: number, e: number, m: number): number {
  let letters = 0;
  let badDigit = false, eight = false;
  for (let k = s; k < e; k++) {
    const c = A[k];
    if (isLetter(c)) letters++;
    else if (isDigit(c) && leetOf(c) === 0) { badDigit = true; if (c === EIGHT) eight = true; }
  }
  if (eight) {
    const ate = emitEightAsAte(s, e, m);
    if (ate >= 0) return ate;
  }
  // Digits then a unit suffix ("10am") or no letters at all: a quantity, copy verbatim.
  let numericPrefix = s;
  while (numericPrefix < e && isDigit(A[numericPrefix])) numericPrefix++;
  let unit = false;
  if (numericPrefix > s && numericPrefix < e) {
    let suffix = '';
    for (let k = numericPrefix; k < e; k++) suffix += String.fromCharCode(A[k]);
    unit = UNIT_SUFFIX.has(suffix);
  }
  const decode = letters >= 2 && !badDigit && !unit;
  for (let k = s; k < e; k++) {
    let c = A[k];
    if (decode) {
      const l = leetOf(c);
      if (l !== 0) {
        const prevL = k > s && (isLetter(A[k - 1]) || leetOf(A[k - 1]) !== 0);
        const nextL = k + 1 < e && (isLetter(A[k + 1]) || leetOf(A[k + 1]) !== 0);
        if (isDigit(c) || c === EURO) {
          if (prevL || nextL) c = l;
        } else if (c === 33 /* ! */) {
          if (k > s && isLetter(A[k - 1]) && k + 1 < e && isLetter(A[k + 1])) c = l;
        } else if (prevL || nextL) c = l;
      }
    }
    B[m] = c; BO[m++] = AO[k];
  }
  return m;
}

const isRunChar = (c: number) => isLetter(c) || isDigit(c) || leetOf(c) !== 0 || c === 42 /* * */;

/** Stage 2: chunk-level rewrites from A into B. */
function rewriteChunks(n: number): number {
  let m = 0;
  let i = 0;
  while (i < n) {
    let e = i;
    while (e < n && A[e] !== SPACE) e++;
    if (m > 0) { B[m] = SPACE; BO[m++] = AO[i]; }
    if (startsWith(i, e, 'http://') || startsWith(i, e, 'https://') || startsWith(i, e, 'www.')) {
      m = emitLiteral('url', i, e, m);
    } else if (A[i] === 64 /* @ */ && e - i > 1 && (isLetter(A[i + 1]) || isDigit(A[i + 1]) || A[i + 1] === 95)) {
      let end = i + 1;
      while (end < e && (isLetter(A[end]) || isDigit(A[end]) || A[end] === 95)) end++;
      m = emitLiteral('@user', i, end, m);
      for (let k = end; k < e; k++) { B[m] = A[k]; BO[m++] = AO[k]; }
    } else if (isDottedWord(i, e)) {
      for (let k = i; k < e; k++) {
        const c = A[k];
        if (isDotSep(c) && k > i && k + 1 < e && (isLetter(A[k + 1]) || leetOf(A[k + 1]) !== 0)) continue;
        const l = isLetter(c) ? c : leetOf(c);
        B[m] = l !== 0 && !isLetter(c) && k + 1 < e ? l : c; BO[m++] = AO[k];
      }
    } else {
      let k = i;
      if (A[k] === 35 /* # */ && k + 1 < e) k++;
      while (k < e) {
        if (isRunChar(A[k]) && !(A[k] === 33 && (k === i || !isLetter(A[k - 1])))) {
          let r = k;
          while (r < e && isRunChar(A[r])) r++;
          // A trailing "!" or "*" run is punctuation, not part of the word.
          let wordEnd = r;
          while (wordEnd > k + 1 && (A[wordEnd - 1] === 33 || A[wordEnd - 1] === 42)) wordEnd--;
          m = emitWordRun(k, wordEnd, m);
          for (let p = wordEnd; p < r; p++) { B[m] = A[p]; BO[m++] = AO[p]; }
          k = r;
        } else { B[m] = A[k]; BO[m++] = AO[k]; k++; }
      }
    }
    i = e + 1;
  }
  return m;
}

const isEndPunct = (c: number) => c === 46 || c === 44 || c === 33 || c === 63;

/** Stage 3: join spaced single letters; cut letter runs to two. From B into C. */
function joinAndSqueeze(m: number): number {
  let n = 0;
  let i = 0;
  while (i < m) {
    // A single-letter chunk followed by at least two more: "c o n n a r d".
    if (isLetter(B[i]) && (i === 0 || B[i - 1] === SPACE) && (i + 1 === m || B[i + 1] === SPACE)) {
      let count = 1;
      let k = i + 2;
      // The letters of one word are one space apart in the original; a wider gap ends the word:
      // "W o m e n   a r e   t r a s h" is three words (fold() has already made the gap one space).
      const gap = k < m ? BO[k] - BO[i] : 0;
      while (k < m && isLetter(B[k]) && BO[k] - BO[k - 2] <= gap && (k + 1 === m || B[k + 1] === SPACE || isEndPunct(B[k + 1]))) {
        count++;
        k += 2;
        // The last letter before a full stop ("t r a s h."): the run ends; k - 1 is then that
        // letter, which the loop below leaves to be pushed with what follows it.
        if (k - 1 < m && B[k - 1] !== SPACE) { k--; break; }
      }
      // "you are a i d i o t": a leading "a" after a word is the article, not the first letter.
      if (count >= 4 && B[i] === 97 && i > 0) {
        n = pushSqueezed(B[i], BO[i], n);
        n = pushSqueezed(SPACE, BO[i + 1], n);
        i += 2;
        count--;
      }
      if (count >= 3) {
        for (let p = i; p < k - 1; p += 2) n = pushSqueezed(B[p], BO[p], n);
        i = k - 1; // at the space after the last letter (or m), or at a last letter before a full stop
        continue;
      }
    }
    n = pushSqueezed(B[i], BO[i], n);
    i++;
  }
  return n;
}

/** Letter of the run being collapsed (an elongation: three or more of the same letter), or -1. */
let collapsing = -1;

function pushSqueezed(c: number, o: number, n: number): number {
  if (c === collapsing) return n;
  collapsing = -1;
  // A third identical letter in a row: an elongation ("fuuuck", "meeerci"), kept as ONE letter;
  // real words double letters but do not triple them.
  if (isLetter(c) && n >= 2 && C[n - 1] === c && C[n - 2] === c) { collapsing = c; return n - 1; }
  if (c === SPACE && n > 0 && C[n - 1] === SPACE) return n;
  C[n] = c; CO[n] = o;
  return n + 1;
}

/** Normalises into internal buffers; returns the length. Read them with normalisedBuffers(). */
export function normaliseInto(text: string): number {
  collapsing = -1;
  source = text;
  const n = fold(text);
  const m = rewriteChunks(n);
  return joinAndSqueeze(m);
}

/** The buffers filled by the last normaliseInto call (valid until the next call). */
export function normalisedBuffers(): { chars: Uint16Array; offsets: Int32Array } {
  return { chars: C, offsets: CO };
}

/** Public form: the normalised text and, for each of its characters, the index in the original. */
export function normalise(text: string): { text: string; offsets: number[] } {
  const n = normaliseInto(text);
  let out = '';
  const offsets: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out += String.fromCharCode(C[i]);
    offsets[i] = CO[i];
  }
  return { text: out, offsets };
}

/** End (exclusive) in the original text of the character at original index `o`. */
export function originalCharEnd(text: string, o: number): number {
  const c = text.charCodeAt(o);
  return c >= 0xd800 && c <= 0xdbff && o + 1 < text.length ? o + 2 : o + 1;
}
