/**
 * Rumour register matching: does a comment repeat one of the team's known claims, and which one?
 *
 * A claim is a set of phrasings (its statement and its variants, in any language). Each phrasing is
 * reduced to weighted terms: folded, stemmed words with stop words removed, grouped by bilingual
 * synonym sets (match/concepts.ts). A comment matches a phrasing by how much of the phrasing's
 * weight it covers; typos are tolerated by a deletion index (match/fuzzy.ts); word order is free.
 *
 * Guarding against near-misses (same topic, different claim):
 * - terms shared by many claims weigh little (inverse document frequency over the register), so the
 *   brand or product name, present in every claim, cannot carry a match;
 * - names (capitalised words in the claim: "Cacao & Co", "Lyon") alone never make a match: at least
 *   one non-name word must match;
 * - one telling word (a non-name, or a name few claims share) is not enough when the phrasing has two
 *   or more;
 * - how much of the comment the claim explains counts a little, to separate claims sharing words.
 *
 * Speed: an inverted index from RARE terms to phrasings; a comment touches only the phrasings that
 * share a rare term with it, and scores only those whose best possible coverage can reach the
 * threshold; word resolutions (fold, stem, synonyms, typo neighbours) are cached per register, looked
 * up by the word's span in the comment without cutting it out, and per-comment scratch space is
 * preallocated. Most of a page's words are already known: that path allocates nothing.
 */
import type { RegisterMatch, Sensitivity } from '../types';
import { CONCEPT_WORDS } from './match/concepts';
import { foldWord, newWordSpans, scanWords, words, type Word, type WordSpans } from './match/fold';
import { DeletionIndex } from './match/fuzzy';
import { SpanCache } from './match/span-cache';
import { computeStem, isStopWord, stem } from './match/stem';
import { WordTable } from './match/word-table';

export interface ClaimInput {
  id: string;
  statement: string;
  lang: 'en' | 'fr' | string;
  variants?: string[];
  keywords?: string[];
  active?: boolean;
}

export interface ClaimMatch {
  claimId: string;
  /** Share of the best phrasing's weight the comment covers, in [0, 1]. */
  score: number;
  /** The comment's words that matched, as written, in order of appearance (for the explanation). */
  matched: string[];
  /** Where those words are in the comment (offsets into the text given). */
  spans: Array<{ start: number; end: number }>;
  /** Index of the phrasing that matched best: 0 = statement, 1.. = variants in order. */
  phrasing: number;
}

/** Score at or above which a comment is taken to repeat a claim, per sensitivity. */
export const MATCH_THRESHOLDS: Readonly<Record<Sensitivity, number>> = { low: 0.6, balanced: 0.5, high: 0.42 };

/** Credit for a word that reaches a term through a synonym set rather than as the same word. */
const SYNONYM_CREDIT = 0.9;
/** Credit for a word one or two typos away from a term. */
const TYPO_CREDIT = 0.8;
/** Weight factor of words that appear in claims but say little on their own. */
const WEAK_FACTOR = 0.35;
/** Factor when only names matched. */
const NAMES_ONLY_FACTOR = 0.3;
/** Share of the score given by how much of the comment the phrasing explains. */
const COMMENT_SHARE = 0.15;
/** Penalty when a single predicate word matched but the phrasing has several. */
const SINGLE_WORD_FACTOR = 0.55;
/** Keywords add weight to the numerator only: they can help a match, never be required. */
const KEYWORD_CREDIT = 0.5;

/** Generic words: they appear in claims but alone say nothing about which claim. */
const WEAK_WORDS = new Set(
  `product products produit produits company companies entreprise entreprises societe brand brands marque marques group groupe
  new nouveau nouvelle nouveaux nouvelles customer customers client clients year years annee annees an ans month months mois
  week weeks semaine semaines day days jour jours time fois use used using uses utilise utiliser utilisent
  contain contains contained containing contient contiennent contenir include includes including
  big small grand grande petit petite good bad bon mauvais`.split(/\s+/).filter(Boolean).map((w) => stem(w)),
);

interface Phrasing {
  claim: number;
  /** Index among the claim's phrasings. */
  index: number;
  /** Total weight of the terms. */
  weight: number;
  /** Number of anchor terms (see PhrasingTerm.anchor). */
  anchorCount: number;
  terms: PhrasingTerm[];
}

/**
 * Per-comment working space, allocated once per register and reused: matching runs over every
 * comment of a page, and fresh arrays per comment were a large part of its cost. matchClaims runs
 * to completion without calling out, so one set per register is enough.
 */
interface Scratch {
  spans: WordSpans;
  /** What each word of the comment is, by position: its entry in the word table. */
  entries: Int32Array;
  /** Terms the comment earned credit for, in the order first credited (credited[0..creditedCount)). */
  credited: Int32Array;
  creditedCount: number;
  /** Phrasings a rare term of the comment reached. */
  touched: Int32Array;
  /** Phrasings to score. */
  candidates: Int32Array;
}

/** A phrasing's term: a term id with its weight there. */
interface PhrasingTerm {
  term: number;
  weight: number;
  /** A name (brand, product, place) as written in the claim. */
  name: boolean;
  /** A word that says which claim this is: any non-name, or a name few claims share ("Nestor Foods"). */
  anchor: boolean;
  /** From the claim's keywords: helps a match, never required, not in the phrasing's weight. */
  keyword: boolean;
}

export interface CompiledRegister {
  readonly size: number;
  /** @internal */ readonly claimIds: string[];
  /** @internal */ readonly phrasings: Phrasing[];
  /** @internal Per term id: for a rare term, the phrasings using it and its weight there (candidate generation). */
  readonly candidatesOf: Array<{ ph: Int32Array; w: Float64Array } | undefined>;
  /** @internal Phrasings without a rare term: scored for every comment. */
  readonly alwaysCandidates: number[];
  /** @internal Per phrasing: total weight of its common (non-rare) terms and keywords. */
  readonly commonWeight: Float64Array;
  /** @internal Per phrasing: its weight (Phrasing.weight), in one array for the candidate test. */
  readonly phrasingWeight: Float64Array;
  /** @internal Scratch buffer: per phrasing, rare weight matched by the current comment. */
  readonly upper: Float64Array;
  /** @internal Folded claim words of six letters or more, for words split in two. */
  readonly joinable: Set<string>;
  /**
   * @internal Their beginnings (two letters to all but two), numbered; a comment word that is none
   * of these cannot start a split word. joinTails[head] holds the numbers (in joinTailIds) of the
   * endings that complete it: numbers, so that the test on a pair of words compares integers.
   */
  readonly joinHeads: Map<string, number>;
  /** @internal The endings, numbered; looked up by span, so that a word less its last letter needs no copy. */
  readonly joinTailIds: SpanCache;
  /** @internal */ readonly joinTails: Array<Set<number>>;
  /** @internal Per term id: 1 if some phrasing uses it. */
  readonly usedTerms: Uint8Array;
  /** @internal Stem -> term id (a synonym set's id when the stem belongs to one). */
  readonly termOfStem: Map<string, number>;
  /** @internal Stem -> its own id before synonym grouping (exact matches get full credit). */
  readonly selfOfStem: Map<string, number>;
  /** @internal */ readonly fuzzy: DeletionIndex;
  /** @internal Stems by id, for the deletion index's answers. */
  readonly stems: string[];
  /** @internal Stems written in the claims themselves (as opposed to reached through a synonym set). */
  readonly literal: Set<string>;
  /** @internal Word as written -> what it is for this register, cached. */
  readonly words: WordTable;
  /** @internal Scratch per term: credit earned by the current comment, valid where termStamp = stamp. */
  readonly termCredit: Float64Array;
  /** @internal */ readonly termStamp: Int32Array;
  /** @internal */ readonly stamp: { value: number };
  /** @internal */ readonly scratch: Scratch;
}

const MAX_CACHE = 100_000;
/** A term used by at most this many phrasings (or this share of them) generates candidates. */
const RARE_MIN = 32;
const RARE_SHARE = 0.05;

/** Is the word at `i` a name? Capitalised and not a sentence's first word, or glued to "&" / another capital. */
function nameFlags(text: string, ws: Word[]): boolean[] {
  return ws.map((w, i) => {
    const first = w.surface[0];
    if (!first || first === first.toLowerCase() || first !== first.toUpperCase()) return false;
    const before = text.slice(i === 0 ? 0 : ws[i - 1].end, w.start);
    const sentenceStart = i === 0 || /[.!?:;\n]\s*$/.test(before);
    if (!sentenceStart) return true;
    const next = ws[i + 1];
    if (!next) return false;
    const between = text.slice(w.end, next.start);
    const nextFirst = next.surface[0];
    return between.includes('&') || (nextFirst !== nextFirst.toLowerCase() && /^\s+$/.test(between));
  });
}

interface Builder {
  termOfStem: Map<string, number>;
  selfOfStem: Map<string, number>;
  stems: string[];
  conceptIds: Map<string, number>;
  literal: Set<string>;
  next: number;
}

function newBuilder(): Builder {
  const b: Builder = { termOfStem: new Map(), selfOfStem: new Map(), stems: [], conceptIds: new Map(), literal: new Set(), next: 0 };
  for (const set of CONCEPT_WORDS) {
    const conceptId = b.next++;
    b.conceptIds.set(set.id, conceptId);
    for (const w of set.words) {
      const s = stem(foldWord(w));
      if (!s || b.termOfStem.has(s)) continue;
      b.termOfStem.set(s, conceptId);
    }
  }
  return b;
}

function selfId(b: Builder, s: string): number {
  let id = b.selfOfStem.get(s);
  if (id === undefined) {
    id = b.next++;
    b.selfOfStem.set(s, id);
    b.stems[id] = s;
  }
  return id;
}

/** The term a stem counts as: its synonym set if it has one, else itself. */
function termId(b: Builder, s: string): number {
  return b.termOfStem.get(s) ?? selfId(b, s);
}

/** Content stems of a text with name flags; stop words dropped, duplicates kept once (a name wins). */
function contentTerms(text: string, b: Builder): Map<number, boolean> {
  const ws = words(text);
  const names = nameFlags(text, ws);
  const out = new Map<number, boolean>();
  ws.forEach((w, i) => {
    if (isStopWord(w.folded)) return;
    const s = stem(w.folded);
    const id = termId(b, s);
    selfId(b, s);
    b.literal.add(s);
    // A word of a synonym set is vocabulary, never a name ("CEO", "OGM").
    const name = names[i] && !b.termOfStem.has(s);
    out.set(id, (out.get(id) ?? false) || name);
  });
  return out;
}

export function compileRegister(claims: ClaimInput[]): CompiledRegister {
  const b = newBuilder();
  const active = claims.filter((c) => c.active !== false);
  const seen = new Set<string>();
  for (const c of active) {
    if (typeof c.id !== 'string' || !c.id) throw new Error('every register entry needs an id');
    if (seen.has(c.id)) throw new Error(`register entry id "${c.id}" is used twice`);
    seen.add(c.id);
    if (typeof c.statement !== 'string' || !c.statement.trim()) throw new Error(`register entry "${c.id}" has no statement`);
  }
  // First pass: terms per phrasing, and document frequency per claim (a term counted once per claim).
  const perClaim = active.map((c) => {
    const texts = [c.statement, ...(c.variants ?? [])].filter((t) => typeof t === 'string' && t.trim());
    const phrasings = texts.map((t) => contentTerms(t, b));
    const keywords = new Set<number>();
    for (const k of c.keywords ?? []) for (const [id] of contentTerms(k, b)) keywords.add(id);
    return { phrasings, keywords };
  });
  const df = new Map<number, number>();
  for (const c of perClaim) {
    const terms = new Set<number>(c.keywords);
    for (const p of c.phrasings) for (const id of p.keys()) terms.add(id);
    for (const id of terms) df.set(id, (df.get(id) ?? 0) + 1);
  }
  const n = Math.max(active.length, 1);
  const weakIds = new Set<number>();
  for (const w of WEAK_WORDS) {
    const id = b.termOfStem.get(w) ?? b.selfOfStem.get(w);
    if (id !== undefined) weakIds.add(id);
  }
  // A name shared by at most a quarter of the claims still tells them apart.
  const distinctiveDf = Math.max(1, Math.floor(n / 4));
  const weightOf = (id: number) => Math.log(1 + n / (df.get(id) ?? 1)) * (weakIds.has(id) ? WEAK_FACTOR : 1);

  const phrasings: Phrasing[] = [];
  perClaim.forEach((c, claimIndex) => {
    c.phrasings.forEach((terms, index) => {
      const p: Phrasing = { claim: claimIndex, index, weight: 0, anchorCount: 0, terms: [] };
      for (const [id, name] of terms) {
        const weight = weightOf(id);
        const anchor = !name || (df.get(id) ?? 1) <= distinctiveDf;
        p.weight += weight;
        if (anchor) p.anchorCount++;
        p.terms.push({ term: id, weight, name, anchor, keyword: false });
      }
      for (const id of c.keywords) if (!terms.has(id)) p.terms.push({ term: id, weight: weightOf(id) * KEYWORD_CREDIT, name: false, anchor: false, keyword: true });
      phrasings.push(p);
    });
  });

  // Candidate generation: a comment is scored only against phrasings sharing a RARE term with it
  // (common terms, like the brand, would touch every phrasing). A phrasing without any rare term is
  // always a candidate, so nothing is missed.
  const phrasingDf = new Map<number, number>();
  for (const p of phrasings) for (const t of p.terms) phrasingDf.set(t.term, (phrasingDf.get(t.term) ?? 0) + 1);
  const rareCap = Math.max(RARE_MIN, Math.ceil(phrasings.length * RARE_SHARE));
  const lists = new Map<number, { ph: number[]; w: number[] }>();
  const alwaysCandidates: number[] = [];
  const usedTerms = new Uint8Array(b.next);
  const commonWeight = new Float64Array(phrasings.length);
  phrasings.forEach((p, pi) => {
    let rare = false;
    for (const t of p.terms) {
      usedTerms[t.term] = 1;
      if (phrasingDf.get(t.term)! > rareCap) {
        commonWeight[pi] += t.weight;
        continue;
      }
      rare = true;
      const list = lists.get(t.term) ?? lists.set(t.term, { ph: [], w: [] }).get(t.term)!;
      list.ph.push(pi);
      list.w.push(t.weight);
    }
    if (!rare) alwaysCandidates.push(pi);
  });
  const candidatesOf: CompiledRegister['candidatesOf'] = new Array(b.next).fill(undefined);
  for (const [term, l] of lists) candidatesOf[term] = { ph: Int32Array.from(l.ph), w: Float64Array.from(l.w) };
  // Folded words of the claims, to recognise a word split in two in a comment ("micro plastics").
  const joinable = new Set<string>();
  const joinHeads = new Set<string>();
  for (const c of active) for (const t of [c.statement, ...(c.variants ?? [])]) for (const w of words(t)) if (w.folded.length >= 6) joinable.add(w.folded);
  for (const w of joinable) for (let k = 2; k <= w.length - 2; k++) joinHeads.add(w.slice(0, k));
  // Endings down to one letter: the second word may carry one letter more than the claim's ending
  // ("micro plastics" for the claim's "microplastic"), and that letter is dropped before the test.
  const joinTails = new Map<string, Set<string>>();
  for (const head of joinHeads) joinTails.set(head, new Set());
  for (const w of joinable) for (let k = 2; k <= w.length - 1; k++) joinTails.get(w.slice(0, k))?.add(w.slice(k));
  const joinHeadIds = new Map<string, number>(), joinTailIds = new SpanCache();
  const joinTailSets: Array<Set<number>> = [];
  for (const [head, tails] of joinTails) {
    joinHeadIds.set(head, joinTailSets.length);
    const ids = new Set<number>();
    for (const t of tails) {
      const hash = SpanCache.hash(t, 0, t.length);
      const id = joinTailIds.get(t, 0, t.length, hash);
      ids.add(id >= 0 ? id : joinTailIds.add(t, 0, t.length, hash));
    }
    joinTailSets.push(ids);
  }

  const fuzzy = new DeletionIndex();
  for (const [s, id] of b.selfOfStem) fuzzy.add(s, id);
  for (const [s] of b.termOfStem) if (!b.selfOfStem.has(s)) fuzzy.add(s, selfId(b, s));

  return {
    size: active.length,
    claimIds: active.map((c) => c.id),
    phrasings,
    candidatesOf,
    alwaysCandidates,
    commonWeight,
    phrasingWeight: Float64Array.from(phrasings, (p) => p.weight),
    upper: new Float64Array(phrasings.length),
    usedTerms,
    joinable,
    joinHeads: joinHeadIds,
    joinTailIds,
    joinTails: joinTailSets,
    termOfStem: b.termOfStem,
    selfOfStem: b.selfOfStem,
    fuzzy,
    stems: b.stems,
    literal: b.literal,
    words: new WordTable(),
    termCredit: new Float64Array(b.next),
    termStamp: new Int32Array(b.next),
    stamp: { value: 0 },
    scratch: {
      spans: newWordSpans(),
      entries: new Int32Array(64),
      // A term is credited at most once per comment, a phrasing touched at most once.
      credited: new Int32Array(b.next),
      creditedCount: 0,
      touched: new Int32Array(phrasings.length),
      candidates: new Int32Array(phrasings.length),
    },
  };
}

/** Adds a term the word being added can stand for (only terms some phrasing uses). */
function addResolution(r: CompiledRegister, term: number | undefined, credit: number): void {
  if (term !== undefined && r.usedTerms[term] === 1) r.words.addResolution(term, credit);
}

/** The word as written (text[start, end)): its entry in the register's word table, added on first sight. */
function wordEntry(text: string, start: number, end: number, r: CompiledRegister): number {
  const hash = SpanCache.hash(text, start, end);
  const e = r.words.spans.get(text, start, end, hash);
  return e >= 0 ? e : addWord(text, start, end, hash, r);
}

/** Folds and stems a word not seen yet, and finds the terms it can stand for. */
function addWord(text: string, start: number, end: number, hash: number, r: CompiledRegister): number {
  const folded = foldWord(text.slice(start, end));
  const stop = !folded || isStopWord(folded);
  // The word table is this word's cache: the stemmer's own would only add a look-up.
  const s = stop ? '' : computeStem(folded);
  const len = folded.length;
  const tail = r.joinTailIds.get(folded, 0, len, SpanCache.hash(folded, 0, len));
  // A split word's second half may carry a plural: the ending less its last letter is tried too.
  const cutTail = len >= 2 ? r.joinTailIds.get(folded, 0, len - 1, SpanCache.hash(folded, 0, len - 1)) : -1;
  const e = r.words.add(text, start, end, hash, folded, s, stop, r.joinHeads.get(folded) ?? -1, tail, cutTail);
  if (stop) return e;
  const self = r.selfOfStem.get(s);
  const concept = r.termOfStem.get(s);
  addResolution(r, self, 1);
  // The very word a claim uses earns full credit even when it belongs to a synonym set.
  if (concept !== undefined) addResolution(r, concept, r.literal.has(s) ? 1 : SYNONYM_CREDIT);
  if (self === undefined && concept === undefined) {
    const near = r.fuzzy.lookup(s);
    for (let k = 0; k < near.length; k++) {
      const id = near[k];
      addResolution(r, id, TYPO_CREDIT);
      addResolution(r, r.termOfStem.get(r.stems[id]), TYPO_CREDIT * SYNONYM_CREDIT);
    }
  }
  return e;
}

function validateThreshold(t: number): number {
  if (!Number.isFinite(t) || t < 0 || t > 1) throw new RangeError(`threshold must be a number between 0 and 1 (got ${t})`);
  return t;
}

/** Records that the current comment earns `credit` for `term` (the best credit per term counts). */
function giveCredit(r: CompiledRegister, stamp: number, term: number, credit: number): void {
  if (r.termStamp[term] !== stamp) {
    r.termStamp[term] = stamp;
    r.termCredit[term] = credit;
    r.scratch.credited[r.scratch.creditedCount++] = term;
  } else if (credit > r.termCredit[term]) r.termCredit[term] = credit;
}

/** Indices of the comment words (the first `n`) that reach one of `terms`, joined words included. */
function wordsFor(terms: Set<number>, words: WordTable, entries: Int32Array, n: number, joins: Join[] | null): Set<number> {
  const found = new Set<number>();
  const { resAt, resTerm } = words;
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    for (let k = resAt[e]; k < resAt[e + 1]; k++) {
      if (!terms.has(resTerm[k])) continue;
      found.add(i);
      break;
    }
  }
  if (joins) for (const j of joins) if (terms.has(j.term)) found.add(j.i).add(j.i + 1);
  return found;
}

/** Number of distinct content stems in the comment (the first `n` words). */
function contentStemCount(words: WordTable, entries: Int32Array, n: number): number {
  const stems = new Set<string>();
  for (let i = 0; i < n; i++) if (words.stop[entries[i]] === 0) stems.add(words.stem[entries[i]]);
  return stems.size;
}

/** A word split in two: the comment's words i and i + 1 joined make `term`. */
interface Join {
  i: number;
  term: number;
}

/**
 * Matching is split into one function per step, each small: the engine optimises a small function
 * soon and quickly, while one large function ran unoptimised for the first thousands of comments
 * of a page (its optimisation took tens of milliseconds, and was thrown away and redone when the
 * rarely run reporting step first met a match).
 */
export function matchClaims(text: string, register: CompiledRegister, opts: { threshold?: number; limit?: number } = {}): ClaimMatch[] {
  const threshold = validateThreshold(opts.threshold ?? MATCH_THRESHOLDS.balanced);
  const limit = opts.limit ?? 5;
  if (register.size === 0 || !text) return [];
  const n = scanWords(text, register.scratch.spans);
  const stamp = ++register.stamp.value;
  creditWords(text, register, n, stamp);
  // Words split in two ("micro plastics", "cyber attack") also try their joined form.
  const joins = creditJoins(register, n, stamp);
  if (register.scratch.creditedCount === 0) return [];
  const candidateCount = gatherCandidates(register, threshold);
  const best = scoreCandidates(register, n, stamp, threshold, candidateCount, joins);
  return best ? report(text, register, n, threshold, limit, best, joins) : [];
}

/** Looks up the comment's `n` words (adding new ones to the word table) and credits the terms they stand for. */
function creditWords(text: string, register: CompiledRegister, n: number, stamp: number): void {
  const scratch = register.scratch;
  const { start, end } = scratch.spans;
  const words = register.words;
  // The table is cleared between comments only: a comment's entries must stay valid while it is read.
  if (words.size + n > MAX_CACHE) words.clear();
  if (scratch.entries.length < n) scratch.entries = new Int32Array(scratch.spans.start.length);
  const entries = scratch.entries;
  scratch.creditedCount = 0;
  for (let i = 0; i < n; i++) {
    // Stop words have no resolutions: nothing to credit. (The table's arrays may grow on a new word: read them after.)
    const e = (entries[i] = wordEntry(text, start[i], end[i], register));
    const { resAt, resTerm, resCredit } = words;
    for (let k = resAt[e]; k < resAt[e + 1]; k++) giveCredit(register, stamp, resTerm[k], resCredit[k]);
  }
}

/** Credits the claim words that two neighbouring words of the comment make when joined; returns where, or null. */
function creditJoins(register: CompiledRegister, n: number, stamp: number): Join[] | null {
  const { start, end } = register.scratch.spans;
  const entries = register.scratch.entries;
  const words = register.words;
  let joins: Join[] | null = null;
  for (let i = 0; i + 1 < n; i++) {
    const e = entries[i], head = words.head[e];
    if (head < 0 || start[i + 1] - end[i] > 1) continue;
    // Many words begin some claim word; before building the joined word, check that the next one
    // (or it less its last letter) is an ending that completes this one. Words of one letter or
    // none go straight to the full test.
    const next = entries[i + 1];
    if (words.folded[next].length >= 2) {
      const tails = register.joinTails[head], tail = words.tail[next], cutTail = words.cutTail[next];
      if (!(tail >= 0 && tails.has(tail)) && !(cutTail >= 0 && tails.has(cutTail))) continue;
    }
    const joinedWord = words.folded[e] + words.folded[next];
    if (!register.joinable.has(joinedWord) && !register.joinable.has(joinedWord.slice(0, -1))) continue;
    const joined = stem(joinedWord);
    const term = register.termOfStem.get(joined) ?? register.selfOfStem.get(joined);
    if (term === undefined || register.usedTerms[term] !== 1) continue;
    giveCredit(register, stamp, term, 1);
    (joins ??= []).push({ i, term });
  }
  return joins;
}

/**
 * Candidates, into scratch.candidates (returns their count): phrasings sharing a rare term with the
 * comment, kept only if their best possible coverage (every common term matched too) can reach the
 * threshold, and the phrasings without a rare term. The scratch buffer is reset on the way out.
 */
function gatherCandidates(register: CompiledRegister, threshold: number): number {
  const upper = register.upper;
  const { credited, creditedCount, touched, candidates } = register.scratch;
  let touchedCount = 0;
  for (let c = 0; c < creditedCount; c++) {
    const list = register.candidatesOf[credited[c]];
    if (!list) continue;
    for (let k = 0; k < list.ph.length; k++) {
      const pi = list.ph[k];
      if (upper[pi] === 0) touched[touchedCount++] = pi;
      upper[pi] += list.w[k];
    }
  }
  let candidateCount = 0;
  for (const pi of register.alwaysCandidates) candidates[candidateCount++] = pi;
  for (let k = 0; k < touchedCount; k++) {
    const pi = touched[k];
    if ((upper[pi] + register.commonWeight[pi]) / register.phrasingWeight[pi] >= threshold) candidates[candidateCount++] = pi;
    upper[pi] = 0;
  }
  return candidateCount;
}

interface Best {
  score: number;
  phrasing: number;
  terms: Set<number>;
}

/** Scores the candidates; per claim, its best phrasing reaching the threshold (null if none). */
function scoreCandidates(register: CompiledRegister, n: number, stamp: number, threshold: number, candidateCount: number, joins: Join[] | null): Map<number, Best> | null {
  const { termCredit, termStamp, words } = register;
  const { candidates, entries } = register.scratch;
  // Distinct content stems of the comment: needed only for a phrasing that passes, so counted then.
  let contentStems = -1;
  let best: Map<number, Best> | null = null;
  for (let c = 0; c < candidateCount; c++) {
    const p = register.phrasings[candidates[c]];
    if (p.weight === 0) continue;
    let matched = 0, predicates = 0, anchors = 0;
    for (const t of p.terms) {
      if (termStamp[t.term] !== stamp) continue;
      matched += t.weight * termCredit[t.term];
      if (!t.name && !t.keyword) predicates++;
      if (t.anchor) anchors++;
    }
    let coverage = Math.min(1, matched / p.weight);
    // Names alone (the brand, the product) never make a match; one telling word rarely does.
    if (predicates === 0) coverage *= NAMES_ONLY_FACTOR;
    else if (p.anchorCount >= 2 && anchors < 2) coverage *= SINGLE_WORD_FACTOR;
    // The score never exceeds the coverage: skip the rest when it cannot reach the threshold.
    if (coverage < threshold || coverage === 0) continue;
    // How much of what the comment says the phrasing explains: separates two claims that share
    // words ("bottled tap water" / "bottles leak microplastics into the water").
    const terms = new Set<number>();
    for (const t of p.terms) if (termStamp[t.term] === stamp) terms.add(t.term);
    const explained = new Set<string>();
    for (const i of wordsFor(terms, words, entries, n, joins)) explained.add(words.stem[entries[i]]);
    if (contentStems < 0) contentStems = contentStemCount(words, entries, n);
    const commentCoverage = Math.min(1, explained.size / Math.max(1, contentStems));
    const score = coverage * (1 - COMMENT_SHARE + COMMENT_SHARE * commentCoverage);
    best ??= new Map();
    const cur = best.get(p.claim);
    if (!cur || score > cur.score) best.set(p.claim, { score, phrasing: p.index, terms });
  }
  return best;
}

/** The matches to return: claims at or above the threshold, best first, with the words that matched. */
function report(text: string, register: CompiledRegister, n: number, threshold: number, limit: number, best: Map<number, Best>, joins: Join[] | null): ClaimMatch[] {
  const { start, end } = register.scratch.spans;
  const entries = register.scratch.entries;
  const out: ClaimMatch[] = [];
  for (const [claim, b] of best) {
    if (b.score < threshold) continue;
    const ordered = [...wordsFor(b.terms, register.words, entries, n, joins)].sort((x, y) => x - y);
    const spans = ordered.map((i) => ({ start: start[i], end: end[i] }));
    out.push({
      claimId: register.claimIds[claim],
      score: Math.round(b.score * 1000) / 1000,
      matched: [...new Set(spans.map((w) => text.slice(w.start, w.end)))],
      spans,
      phrasing: b.phrasing,
    });
  }
  out.sort((x, y) => y.score - x.score || (x.claimId < y.claimId ? -1 : 1));
  return out.slice(0, limit);
}

/** The claim a comment repeats at the given sensitivity (balanced by default), or null. */
export function bestClaim(text: string, register: CompiledRegister, sensitivity: Sensitivity = 'balanced'): RegisterMatch | null {
  const threshold = MATCH_THRESHOLDS[sensitivity];
  if (threshold === undefined) throw new RangeError(`unknown sensitivity "${sensitivity}"`);
  const [top] = matchClaims(text, register, { threshold, limit: 1 });
  return top ? { claimId: top.claimId, score: top.score } : null;
}
