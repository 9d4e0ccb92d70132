/**
 * Compiles the lexicons into one index keyed by the squeezed hash of a phrase's first word, and
 * matches them against the current tokens without allocating (hits go into shared typed arrays).
 * Phrases are compiled through the same normalisation and tokeniser as comments, so "t'es" or
 * "f*ck" in a list are read exactly the way they are read in a comment.
 */
import type { Lang } from '../types';
import { normaliseInto, normalisedBuffers } from './normalise';
import { tokenise, type Tokens } from './tokens';
import { HOSTILITY_EN } from './lexicons/hostility-en';
import { HOSTILITY_FR } from './lexicons/hostility-fr';
import { RUMOUR_CUES, UNRELIABLE_SOURCE_CUES } from './lexicons/rumour';
import { TONE_CUES } from './lexicons/tone';
import { EVALUATION_LISTS } from './lexicons/evaluation';
import { VALENCE_EN } from './lexicons/valence-en';
import type { LexCat, LexiconList } from './lexicons/types';

export const CATS: LexCat[] = [
  'insult', 'profanity', 'slur', 'identity', 'dehumanise', 'hate', 'threat', 'violence',
  'second', 'negation', 'reported', 'staff', 'complaint', 'rumour', 'query', 'sarcasm', 'dismissive', 'target', 'evaluative', 'negative',
];
export const CAT = Object.fromEntries(CATS.map((c, i) => [c, i])) as Record<LexCat, number>;

const LANG_ANY = 0, LANG_EN = 1, LANG_FR = 2;

interface Entry {
  cat: number;
  lang: number;
  strict: boolean;
  /** Cue id (rumour, tone) or the category name. */
  id: string;
  /** The phrase as written in the list (for explanations). */
  phrase: string;
  /** Exact hash of each word of the phrase, and its squeezed hash. */
  hashes: Int32Array;
  sqHashes: Int32Array;
  /** Position in `entries`. */
  index: number;
  /** The list's weight (negative valence), 1 when it has none. */
  weight: number;
}

export const entries: Entry[] = [];
/** Filter on first-word hashes: most words start no phrase, and this skips their Map look-ups. */
const FIRST_MASK = (1 << 16) - 1;
const FIRST = new Uint8Array(FIRST_MASK + 1);
const byExact = new Map<number, Entry[]>();
const bySqueezed = new Map<number, Entry[]>();
const add = (map: Map<number, Entry[]>, key: number, e: Entry) => {
  const bucket = map.get(key);
  if (bucket) { if (!bucket.includes(e)) bucket.push(e); } else map.set(key, [e]);
};

function compilePhrase(list: LexiconList, phrase: string): void {
  const n = normaliseInto(phrase);
  const t = tokenise(normalisedBuffers().chars, n);
  if (t.count === 0) return;
  const e: Entry = {
    cat: CAT[list.cat],
    lang: list.lang === 'en' ? LANG_EN : list.lang === 'fr' ? LANG_FR : LANG_ANY,
    strict: list.strict === true,
    id: list.id ?? list.cat,
    phrase,
    hashes: Int32Array.from(t.hash.subarray(0, t.count)),
    sqHashes: Int32Array.from(t.sq.subarray(0, t.count)),
    index: entries.length,
    weight: list.weight ?? 1,
  };
  entries.push(e);
  add(byExact, e.hashes[0], e);
  add(bySqueezed, e.sqHashes[0], e);
  FIRST[e.hashes[0] & FIRST_MASK] = 1;
  FIRST[e.sqHashes[0] & FIRST_MASK] = 1;
}

/** Every list, in the order their entries are numbered. */
const ALL_LISTS: LexiconList[] = [
  ...HOSTILITY_EN, ...HOSTILITY_FR, ...RUMOUR_CUES, ...UNRELIABLE_SOURCE_CUES, ...TONE_CUES, ...EVALUATION_LISTS, ...VALENCE_EN,
];
/** Where compilation stands: the next list and phrase to compile. */
const cursor = { list: 0, phrase: 0 };
let compiled = false;

/**
 * Compiles up to `budget` more phrases; true once every list is compiled. A page can spread the
 * compilation over several short tasks (lib/page/classifier.ts warms up this way); the result is
 * the same as compiling at once.
 */
export function compileLexiconsPart(budget: number): boolean {
  if (compiled) return true;
  let left = budget;
  while (cursor.list < ALL_LISTS.length) {
    const list = ALL_LISTS[cursor.list];
    while (cursor.phrase < list.phrases.length) {
      if (left <= 0) return false;
      compilePhrase(list, list.phrases[cursor.phrase]);
      cursor.phrase += 1;
      left -= 1;
    }
    cursor.list += 1;
    cursor.phrase = 0;
  }
  compiled = true;
  return true;
}

/**
 * Compiles the lists once, on the first analysis rather than at import (a content script loads on
 * every page of the platform; most never hold a comment to classify). Uses the shared normalisation
 * buffers: call it before normalising the text to analyse (features.analyse does).
 */
export function compileLexicons(): void {
  if (!compiled) compileLexiconsPart(Infinity);
}

/** Lexicon hits of the last match() call: category, first and last token (inclusive), entry. */
export const hits = {
  count: 0,
  cat: new Int32Array(512),
  from: new Int32Array(512),
  to: new Int32Array(512),
  entry: new Int32Array(512),
};

/** Word j of the text matches word k of the entry: exactly or by stem, or squeezed if the text word has a run. */
const tokenMatches = (t: Tokens, j: number, e: Entry, k: number) => {
  const h = e.hashes[k];
  if (t.hash[j] === h || t.stem1[j] === h || t.stem2[j] === h) return true;
  if (t.run[j] === 0) return false;
  const q = e.sqHashes[k];
  return t.sq[j] === q || t.sqStem1[j] === q || t.sqStem2[j] === q;
};

function tryBucket(map: Map<number, Entry[]>, h: number, t: Tokens, i: number, lang: number): void {
  if (FIRST[h & FIRST_MASK] === 0) return;
  const bucket = map.get(h);
  if (bucket === undefined) return;
  for (let b = 0; b < bucket.length; b++) {
    const e = bucket[b];
    if (e.strict && e.lang !== lang) continue;
    const L = e.hashes.length;
    if (i + L > t.count) continue;
    let ok = true;
    for (let k = 1; k < L; k++) {
      if (!tokenMatches(t, i + k, e, k)) { ok = false; break; }
    }
    if (!ok) continue;
    // The same entry can be reached through two stems of one token: record it once.
    const ei = e.index;
    let dup = false;
    // Two lists (or two stems) giving the same category over the same tokens count once.
    for (let h = hits.count - 1; h >= 0 && hits.from[h] === i; h--) {
      if (hits.entry[h] === ei || (hits.cat[h] === e.cat && hits.to[h] === i + L - 1)) { dup = true; break; }
    }
    if (dup || hits.count >= hits.cat.length) continue;
    const n = hits.count++;
    hits.cat[n] = e.cat; hits.from[n] = i; hits.to[n] = i + L - 1; hits.entry[n] = ei;
  }
}

export const langCode = (lang: Lang) => (lang === 'en' ? LANG_EN : lang === 'fr' ? LANG_FR : LANG_ANY);

/**
 * Finds every lexicon phrase in the tokens. Strict entries (words that mean something else in the
 * other language, like French "con" or English "you"-forms) only match in their own language.
 */
export function matchLexicon(t: Tokens, lang: Lang): void {
  if (!compiled) throw new Error('lexicons not compiled: call compileLexicons() before normalising the text');
  hits.count = 0;
  const lc = langCode(lang);
  for (let i = 0; i < t.count; i++) {
    tryBucket(byExact, t.hash[i], t, i, lc);
    if (t.stem1[i] !== t.hash[i]) tryBucket(byExact, t.stem1[i], t, i, lc);
    if (t.stem2[i] !== t.stem1[i]) tryBucket(byExact, t.stem2[i], t, i, lc);
    if (t.run[i] === 1) {
      tryBucket(bySqueezed, t.sq[i], t, i, lc);
      if (t.sqStem1[i] !== t.sq[i]) tryBucket(bySqueezed, t.sqStem1[i], t, i, lc);
      if (t.sqStem2[i] !== t.sqStem1[i]) tryBucket(bySqueezed, t.sqStem2[i], t, i, lc);
    }
  }
}
