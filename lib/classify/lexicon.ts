/**
 * The lexicons as one index keyed by the hash of a phrase's first word (exact, and squeezed for
 * elongations), matched against the current tokens without allocating (hits go into shared typed
 * arrays). The phrases are compiled at build time (lexicon-source.ts, `npm run lexicons`) into
 * lexicons/compiled.json; this module only decodes that file, on the first analysis.
 */
import type { Lang } from '../types';
import type { Tokens } from './tokens';
import { decodeBase64 } from './base64';
import { CATS, LANG_ANY, LANG_EN, LANG_FR, LEXICON_FORMAT, STRICT_NOT_OTHER_LANGUAGE, STRICT_OWN_LANGUAGE, type LexiconFile } from './lexicon-cats';
import type { LexCat } from './lexicons/types';
import lexiconFile from './lexicons/compiled.json';
import { SPELLING_TRICK_CATS } from './lexicons/types';
import { indexMisspellings, MIN_MISSPELT_LENGTH, misspellable, misspeltEntry } from './misspelling';
import { FNV_OFFSET, fnvStep, hashString } from './hash';
import { HashMap, HashSet } from './hash-table';
import { indexMasked, maskedEntry } from './masked';
import { indexJoined, isJoined, joinedParts, MIN_JOINED_LENGTH } from './joined';
import { DOUBLED_WORDS } from './lexicons/doubled-words';
import { NOT_INFLECTIONS } from './lexicons/not-inflections';

export const CAT = Object.fromEntries(CATS.map((c, i) => [c, i])) as Record<LexCat, number>;
const MISSPELT_BITS = SPELLING_TRICK_CATS.reduce((bits, c) => bits | (1 << CAT[c]), 0);

interface Entry {
  cat: number;
  lang: number;
  /** 0, STRICT_OWN_LANGUAGE or STRICT_NOT_OTHER_LANGUAGE (lexicon-cats.ts). */
  strict: number;
  /** Bit `lang code` set: not matched in a text read as that language. */
  skip: number;
  /** Cue id (rumour, tone) or the category name. */
  id: string;
  /** The phrase as written in the list (for explanations). */
  phrase: string;
  /** Exact hash of each word of the phrase, and its squeezed hash. */
  hashes: Int32Array;
  /** How many words the phrase has (hashes.length, read without a typed array's length check on the hot path). */
  words: number;
  sqHashes: Int32Array;
  /** Position in `entries`. */
  index: number;
  /** The list's weight (negative valence), 1 when it has none. */
  weight: number;
}

export const entries: Entry[] = [];
const LANGS = [LANG_ANY, LANG_EN, LANG_FR];
/** Filter on first-word hashes: most words start no phrase, and this skips their Map look-ups. */
const FIRST_MASK = (1 << 16) - 1;
const FIRST = new Uint8Array(FIRST_MASK + 1);
/** Every phrase by its first word (misspelling, split and joined words read it). */
const byExact = new Map<number, Entry[]>();
/**
 * The phrases a text of each language may match (indexed by language code), by their first word
 * as written and squeezed: a bucket then holds no phrase its language skips (in an English text
 * the 62 phrases that start with French "on" are not even looked at).
 */
const exactIn: Map<number, Entry[]>[] = [];
const squeezedIn: Map<number, Entry[]>[] = [];
for (const l of LANGS) { exactIn[l] = new Map(); squeezedIn[l] = new Map(); }
/** The same, frozen into hash tables once every phrase is indexed (what matchLexicon reads; the maps are then emptied). */
let exactTables: HashMap<Entry[]>[] = [];
let squeezedTables: HashMap<Entry[]>[] = [];
const add = (map: Map<number, Entry[]>, key: number, e: Entry) => {
  const bucket = map.get(key);
  if (bucket) { if (!bucket.includes(e)) bucket.push(e); } else map.set(key, [e]);
};


/** The languages (as bits of their codes) in whose texts a phrase is not matched. */
function skipMask(strict: number, lang: number): number {
  let mask = 0;
  for (const l of LANGS) {
    const skipped = strict === STRICT_OWN_LANGUAGE ? l !== lang : strict === STRICT_NOT_OTHER_LANGUAGE && l !== LANG_ANY && l !== lang;
    if (skipped) mask |= 1 << l;
  }
  return mask;
}

/** The decoded file: its columns and the hashes as int32, with where the next phrase's start. */
let file: { columns: LexiconFile; hashes: Int32Array; sqHashes: Int32Array; next: number; offset: number } | null = null;
let compiled = false;

function int32s(base64: string): Int32Array {
  const bytes = decodeBase64(base64);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}

function openFile(): NonNullable<typeof file> {
  const columns = lexiconFile as LexiconFile;
  if (columns.format !== LEXICON_FORMAT) throw new Error(`lexicons/compiled.json: unknown format "${columns.format}"`);
  if (columns.cats.join(',') !== CATS.join(',')) throw new Error('lexicons/compiled.json was compiled with other categories: run npm run lexicons');
  return { columns, hashes: int32s(columns.hashes), sqHashes: int32s(columns.sqHashes), next: 0, offset: 0 };
}

/**
 * Indexes up to `budget` more phrases; true once every phrase is in. A page can spread the work
 * over several short tasks (lib/page/classifier.ts warms up this way); the result is the same as
 * indexing at once.
 */
export function compileLexiconsPart(budget: number): boolean {
  if (compiled) return true;
  file ??= openFile();
  const { columns: c, hashes, sqHashes } = file;
  const total = c.phrase.length;
  let left = budget;
  while (file.next < total) {
    if (left <= 0) return false;
    const i = file.next;
    const n = c.words[i];
    const e: Entry = {
      cat: c.cat[i],
      lang: c.lang[i],
      strict: c.strict[i],
      skip: skipMask(c.strict[i], c.lang[i]),
      id: c.ids[c.id[i]],
      phrase: c.phrase[i],
      hashes: hashes.subarray(file.offset, file.offset + n),
      words: n,
      sqHashes: sqHashes.subarray(file.offset, file.offset + n),
      index: entries.length,
      weight: c.weight[i],
    };
    entries.push(e);
    add(byExact, e.hashes[0], e);
    for (const l of LANGS) {
      if ((e.skip >> l) & 1) continue;
      add(exactIn[l], e.hashes[0], e);
      add(squeezedIn[l], e.sqHashes[0], e);
    }
    FIRST[e.hashes[0] & FIRST_MASK] = 1;
    FIRST[e.sqHashes[0] & FIRST_MASK] = 1;
    file.offset += n;
    file.next += 1;
    left -= 1;
  }
  compiled = true;
  file = null;
  exactTables = exactIn.map((m) => new HashMap(m));
  squeezedTables = squeezedIn.map((m) => new HashMap(m));
  for (const l of LANGS) { exactIn[l].clear(); squeezedIn[l].clear(); }
  // A word listed twice (French "porcs": an insult in French only, dehumanising in any language)
  // gives its variants to the entry that matches in any language.
  const words = entries.filter((e) => e.hashes.length === 1 && MISSPELT_BITS & (1 << e.cat) && misspellable(e.phrase));
  indexMisspellings([...words.filter((e) => e.strict === 0), ...words.filter((e) => e.strict !== 0)], (h) => byExact.has(h));
  const single = entries.filter((e) => e.hashes.length === 1 && MISSPELT_BITS & (1 << e.cat));
  indexMasked([...single.filter((e) => e.strict === 0), ...single.filter((e) => e.strict !== 0)]);
  indexJoined([...single.filter((e) => e.strict === 0), ...single.filter((e) => e.strict !== 0)]);
  for (const e of single) {
    if (e.phrase.length < MIN_MISSPELT_LENGTH) continue;
    let h = FNV_OFFSET;
    for (let k = 0; k + 1 < e.phrase.length; k++) { h = fnvStep(h, e.phrase.charCodeAt(k)); SPLIT_HEAD[h & FIRST_MASK] = 1; }
  }
  return true;
}

/**
 * Indexes the lexicons once, on the first analysis rather than at import (a content script loads
 * on every page of the platform; most never hold a comment to classify).
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

/** Records a hit, while there is room (a text with more keeps its first 512). */
function pushHit(cat: number, from: number, to: number, entry: number): void {
  if (hits.count >= hits.cat.length) return;
  const n = hits.count++;
  hits.cat[n] = cat; hits.from[n] = from; hits.to[n] = to; hits.entry[n] = entry;
}

/** Words read only as written: no stem, no squeeze, no misspelling ("salée" is not "sale"). */
const AS_WRITTEN = new HashSet(NOT_INFLECTIONS.map(hashString));

/** Real words with a doubled letter: not elongations, never squeezed ("salle" is not "sale"). */
const DOUBLED = new HashSet(DOUBLED_WORDS.map(hashString));

/** Token j has a run of one letter that may be an elongation ("fuuck"), not a real word's double. */
const squeezable = (t: Tokens, j: number) => t.run[j] === 1 && !DOUBLED.has(t.hash[j]);

/** Word j of the text matches word k of the entry: exactly or by stem, or squeezed if the text word has a run. */
const tokenMatches = (t: Tokens, j: number, e: Entry, k: number) => {
  const h = e.hashes[k];
  if (t.hash[j] === h || t.stem1[j] === h || t.stem2[j] === h) return true;
  if (!squeezable(t, j)) return false;
  const q = e.sqHashes[k];
  return t.sq[j] === q || t.sqStem1[j] === q || t.sqStem2[j] === q;
};

function tryBucket(map: HashMap<Entry[]>, h: number, t: Tokens, i: number, notEnglish = false): void {
  if (FIRST[h & FIRST_MASK] === 0) return;
  const bucket = map.get(h, undefined);
  if (bucket === undefined) return;
  for (let b = 0; b < bucket.length; b++) {
    const e = bucket[b];
    // The table is the text's language's: no phrase it skips is in it.
    if (notEnglish && e.lang === LANG_EN) continue;
    const L = e.words;
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
    if (!dup) pushHit(e.cat, i, i + L - 1, ei);
  }
}

/** The word ending at `end` ends in -es after s, x, z, ch, sh or o: an English plural's -es. */
function hissesBeforeEs(chars: Uint16Array, end: number): boolean {
  if (end < 4 || chars[end - 1] !== 115 || chars[end - 2] !== 101) return false;
  const c = chars[end - 3];
  return c === 115 || c === 120 || c === 122 || c === 111 || (c === 104 && (chars[end - 4] === 99 || chars[end - 4] === 115));
}

export const langCode = (lang: Lang) => (lang === 'en' ? LANG_EN : lang === 'fr' ? LANG_FR : LANG_ANY);

/**
 * Finds every lexicon phrase in the tokens. Strict entries (function words, English "you"-forms)
 * only match in their own language; false friends (French "con", "sale") in any but the other.
 */
export function matchLexicon(t: Tokens, lang: Lang, chars: Uint16Array): void {
  if (!compiled) throw new Error('lexicons not compiled: call compileLexicons() before normalising the text');
  hits.count = 0;
  const lc = langCode(lang);
  const byExactHere = exactTables[lc], bySqueezedHere = squeezedTables[lc];
  if (hostileTok.length < t.count) hostileTok = new Uint8Array(t.count * 2);
  for (let i = 0; i < t.count; i++) {
    const before = hits.count;
    tryBucket(byExactHere, t.hash[i], t, i);
    if (AS_WRITTEN.has(t.hash[i])) { hostileTok[i] = hostileSince(before) ? 1 : 0; continue; }
    // A final x dropped is a French plural ("bourreaux"): "apex" is not "ape".
    const xPlural = chars[t.end[i] - 1] === 120;
    if (t.stem1[i] !== t.hash[i]) tryBucket(byExactHere, t.stem1[i], t, i, xPlural);
    // A final e dropped is a French feminine ("connarde"); in English only in a plural's -es after
    // a hissing sound ("bitches", "asses"): "spice(s)" is not "spic", "fate(s)" not "fat", "rates" not "rat".
    const frenchStem = t.stem1[i] === t.hash[i] || xPlural || !hissesBeforeEs(chars, t.end[i]);
    if (t.stem2[i] !== t.stem1[i]) tryBucket(byExactHere, t.stem2[i], t, i, frenchStem);
    // A word read as written is no elongation: "conne" squeezed is "cone", whose stem "con" is "coon" squeezed.
    if (hits.count === before && squeezable(t, i)) {
      tryBucket(bySqueezedHere, t.sq[i], t, i);
      if (t.sqStem1[i] !== t.sq[i]) tryBucket(bySqueezedHere, t.sqStem1[i], t, i, xPlural);
      if (t.sqStem2[i] !== t.sqStem1[i]) tryBucket(bySqueezedHere, t.sqStem2[i], t, i, frenchStem);
    }
    hostileTok[i] = misspelt(t, chars, i, lc, before) ? 1 : 0;
  }
  // A second pass, so the lookups above stay as lean as they were before split words.
  for (let i = 1; i < t.count; i++) {
    if (hostileTok[i] === 0 && hostileTok[i - 1] === 0 && SPLIT_HEAD[t.hash[i - 1] & FIRST_MASK] === 1) splitWord(t, chars, i, lc);
  }
}

/** Per token of the last matchLexicon() call: 1 if read as a hostile word (before split words). */
let hostileTok = new Uint8Array(256);

/**
 * Words run together ("youareanidiot"): every part that is a one-word list entry is a hit on the
 * token, as if the words were apart ("you" and "idiot": an insult aimed at "you"), in any category.
 */
function joinedHits(i: number, lc: number): void {
  for (let k = 0; k < joinedParts.count; k++) {
    const bucket = byExact.get(joinedParts.hash[k]);
    if (bucket === undefined) continue;
    for (const e of bucket) {
      if (e.words !== 1 || ((e.skip >> lc) & 1) === 1) continue;
      pushHit(e.cat, i, i, e.index);
    }
  }
}

/** Whether a hit from `firstHit` on is a hostile word (a category that also matches misspelt). */
function hostileSince(firstHit: number): boolean {
  for (let h = firstHit; h < hits.count; h++) if (MISSPELT_BITS & (1 << hits.cat[h])) return true;
  return false;
}

/** Filter on the first half of a split word: the hashes of every proper beginning of a hostile word. */
const SPLIT_HEAD = new Uint8Array(FIRST_MASK + 1);

/**
 * Words that never start or end a split hostile word: "cat in" is not "catin", "ni que" not
 * "nique", "in competent" not an insult; nor does a suffix that is a word of its own, "use less
 * sugar" is not "useless", "worth less than" not "worthless", "laugh able" not "laughable" (found
 * by splitting every list word into two dictionary words, 2026-11-24).
 */
const NOT_A_PART = new Set(['a', 'an', 'the', 'in', 'on', 'to', 'of', 'it', 'is', 'at', 'as', 'or', 'and', 'i',
  'de', 'le', 'la', 'les', 'un', 'une', 'en', 'que', 'qui', 'ni', 'et', 'ou', 'je', 'tu', 'il', 'se', 'ce', 'sa', 'son',
  'ma', 'ta', 'du', 'au', 'y', 'less', 'able'].map(hashString));

/**
 * A hostile word split in two by a space, a hyphen or a dot ("stu pid", "idi-ot", "b itch"), a
 * spelling trick of functional test suites: tokens i - 1 and i, neither hostile, side by side,
 * read together as one of the list's single hostile words of five letters or more. Compounds
 * written apart ("low life", "nut job", "cry baby") read as the list word too; on the labelled data
 * (2026-11-24) such joins held 50 hostile and 18 neutral rows before the function words above were
 * left out.
 */
function splitWord(t: Tokens, chars: Uint16Array, i: number, lc: number): void {
  const a = i - 1;
  if (t.start[i] !== t.end[a] + 1 || t.end[i] - t.start[a] <= MIN_MISSPELT_LENGTH) return;
  const gap = chars[t.end[a]];
  if (gap !== 32 && gap !== 45 && gap !== 46 && gap !== 95) return;
  let h = t.hash[a];
  for (let k = t.start[i]; k < t.end[i]; k++) h = fnvStep(h, chars[k]);
  if (FIRST[h & FIRST_MASK] === 0) return;
  if (NOT_A_PART.has(t.hash[a]) || NOT_A_PART.has(t.hash[i])) return;
  const bucket = byExact.get(h);
  if (bucket === undefined) return;
  for (const e of bucket) {
    if (e.words !== 1 || (MISSPELT_BITS & (1 << e.cat)) === 0 || e.phrase.length < MIN_MISSPELT_LENGTH) continue;
    if ((e.skip >> lc) & 1) continue;
    pushHit(e.cat, a, i, e.index);
    return;
  }
}

/**
 * A word no phrase matched may be a hostile word misspelt ("idoit", "conard"; misspelling.ts),
 * masked with stars ("conn*rd"; masked.ts) or run together with little words ("youareanidiot";
 * joined.ts). Returns whether the token is read as a hostile word.
 */
function misspelt(t: Tokens, chars: Uint16Array, i: number, lc: number, firstHit: number): boolean {
  // Read as a hostile word already: nothing to correct (a valence or complaint word may still be one misspelt).
  if (hostileSince(firstHit)) return true;
  // The token as written, not its stem: "commis" less its s is one letter from "commie".
  let ei = misspeltEntry(t.hash[i]);
  if (ei < 0 && t.starred[i] === 1) ei = maskedEntry(chars, t.start[i], t.end[i]);
  if (ei < 0 && t.end[i] - t.start[i] >= MIN_JOINED_LENGTH && isJoined(chars, t.start[i], t.end[i], t.hash[i])) {
    joinedHits(i, lc);
    return hostileSince(firstHit);
  }
  if (ei < 0) return false;
  const e = entries[ei];
  if ((e.skip >> lc) & 1) return false;
  pushHit(e.cat, i, i, ei);
  return true;
}
