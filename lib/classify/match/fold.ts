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
 */
const WORD_RE = new RegExp(`[\\p{L}\\p{M}\\p{N}${INVISIBLE}@$€|!]+`, 'gu');

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

/** Folds one word (cached: comments repeat the same words, and NFKD is not free). */
export function foldWord(raw: string): string {
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

/** Splits a text into words with their offsets, unfolded (callers that cache by surface fold later). */
export function splitWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    let surface = m[0];
    let start = m.index;
    const first = surface.charCodeAt(0), last = surface.charCodeAt(surface.length - 1);
    // A trailing "!!!" or a leading "@" of a mention is punctuation, not leet.
    if (first === 64 || first === 33 || first === 124 || last === 33 || last === 124) {
      const lead = /^[@!|]+/.exec(surface)?.[0].length ?? 0;
      const trail = /[!|]+$/.exec(surface)?.[0].length ?? 0;
      if (lead + trail >= surface.length) continue;
      surface = surface.slice(lead, surface.length - trail);
      start += lead;
    }
    out.push({ surface, start, end: start + surface.length });
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
