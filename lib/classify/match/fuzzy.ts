/**
 * Typo tolerance: finds the register terms within one edit (two for long words) of a word, by a
 * deletion index (SymSpell): every term is stored under the strings obtained by deleting up to
 * `maxEdits` characters; a word looks up its own deletions. Candidates are then checked with the
 * optimal-string-alignment distance (a swap of two neighbours counts as one edit: "plam" / "palm").
 * Only the first PREFIX characters are indexed (the SymSpell prefix trick): it bounds the number of
 * deletion keys per word, and a typo near the end of a long word is still found by the check.
 */

import { keyValue, MAX_KEY_LENGTH, numericDeletionKeys, PostingTable } from './deletion-keys';

/** Indexed prefix length. */
const PREFIX = MAX_KEY_LENGTH;

/** Shortest word tolerated with one edit (shorter words have too many real-word neighbours). */
export const MIN_FUZZY_LENGTH = 5;
/** Shortest word tolerated with two edits. */
export const MIN_TWO_EDIT_LENGTH = 10;

export function allowedEdits(len: number): number {
  return len >= MIN_TWO_EDIT_LENGTH ? 2 : len >= MIN_FUZZY_LENGTH ? 1 : 0;
}

/**
 * The deletion keys of `head` with up to `edits` (1 or 2) deletions, into `out` (returns the count):
 * the head itself, then each one-deletion string followed by the two-deletion strings that delete
 * further right. That is the order a depth-first enumeration first meets each key, so candidates
 * come out in the same order as ever. Deleting any character of a run of equal ones gives the same
 * string: only the run's first is deleted. A few two-deletion keys still repeat (e.g. "abab"):
 * harmless, as each term is checked once per look-up.
 */
function deletionKeys(head: string, edits: number, out: string[]): number {
  let n = 0;
  out[n++] = head;
  for (let i = 0; i < head.length; i++) {
    if (i > 0 && head.charCodeAt(i) === head.charCodeAt(i - 1)) continue;
    const left = head.slice(0, i), rest = head.slice(i + 1);
    out[n++] = left + rest;
    if (edits < 2) continue;
    for (let k = 0; k < rest.length; k++) {
      if (k > 0 && rest.charCodeAt(k) === rest.charCodeAt(k - 1)) continue;
      out[n++] = left + rest.slice(0, k) + rest.slice(k + 1);
    }
  }
  return n;
}

/**
 * Characters a word has, as a bit per character code mod 32. One edit changes at most two bits (a
 * substitution drops one character and brings another), so two words whose masks differ in more
 * than 2 x edits bits cannot be within that many edits: a cheap test before the distance.
 */
function charMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m |= 1 << (w.charCodeAt(i) & 31);
  return m;
}

function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Row buffers of withinEdits, reused (grown when a longer word comes). */
let rowA = new Int32Array(64), rowB = new Int32Array(64), rowC = new Int32Array(64);

/**
 * Is the optimal-string-alignment distance of `a` and `b` at most `max`? The same answer
 * as the full optimal-string-alignment distance compared with `max` (the reference in
 * test/classify/match-fuzzy.test.ts), for less: a look-up checks tens of thousands of neighbours on a
 * long page, and all it needs is yes or no. One edit is checked in one pass; two by the band of the
 * table within two of its diagonal (a cell further off is at least that far, so never on a path
 * that stays within `max`).
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  const n = a.length, m = b.length;
  if (n - m > max || m - n > max) return false;
  return max === 1 ? withinOneEdit(a, b) : bandedDistance(a, b, max) <= max;
}

/** Equal, or one substitution, insertion, deletion or swap of neighbours apart (lengths within one). */
function withinOneEdit(a: string, b: string): boolean {
  const n = a.length, m = b.length;
  const shorter = n < m ? n : m;
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Whatever the edit, it is at the first difference.
  if (n > m) return sameFrom(a, i + 1, b, i);
  if (m > n) return sameFrom(a, i, b, i + 1);
  if (i >= n - 1) return true;
  if (sameFrom(a, i + 1, b, i + 1)) return true;
  return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2);
}

/** a from i and b from j are the same (the caller makes the remaining lengths equal). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * The optimal-string-alignment table computed only within `max` of the diagonal; the cells just outside the band hold
 * max + 1, so reading them never lowers a value. Returns the distance when it is at most `max`,
 * else some value above it.
 */
function bandedDistance(a: string, b: string, max: number): number {
  const n = a.length, m = b.length;
  const over = max + 1;
  if (rowA.length < m + 2) {
    rowA = new Int32Array(m + 2); rowB = new Int32Array(m + 2); rowC = new Int32Array(m + 2);
  }
  let prev2 = rowA, prev = rowB, cur = rowC;
  for (let j = 0; j <= m && j <= max; j++) prev[j] = j;
  if (over <= m) prev[over] = over;
  for (let i = 1; i <= n; i++) {
    const lo = i - max > 1 ? i - max : 1, hi = i + max < m ? i + max : m;
    let rowMin = over;
    if (i <= max) rowMin = cur[0] = i;
    else cur[lo - 1] = over;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev2; prev2 = prev; prev = cur; cur = t;
  }
  return prev[m];
}

export class DeletionIndex {
  /** Deletion key -> term ids: keys with a numeric value (all, for folded words) are stored by it. */
  private readonly byValue = new PostingTable();
  private readonly byString = new Map<string, number[]>();
  private readonly terms: string[] = [];
  private readonly masks: number[] = [];
  /** Per term id: its first two characters (see opens). */
  private first = new Uint16Array(64);
  private second = new Uint16Array(64);
  /** Scratch: deletion keys of the word being looked up or added. */
  private readonly keys: string[] = [];
  /** Room for the most keys a head has: 1 + 7 one-deletion + 21 two-deletion keys. */
  private readonly values = new Float64Array(1 + MAX_KEY_LENGTH + (MAX_KEY_LENGTH * (MAX_KEY_LENGTH - 1)) / 2);
  /** Per term id: the look-up that last checked it (each term is checked once per look-up). */
  private checkedAt = new Int32Array(64);
  private lookups = 0;
  /** What lookup returns, reused: a new array per look-up was garbage for every word not in the register. */
  private readonly found: number[] = [];

  /** Adds a term (already folded) under its id. */
  add(term: string, id: number): void {
    const edits = allowedEdits(term.length);
    if (edits === 0) return;
    this.terms[id] = term;
    this.masks[id] = charMask(term);
    if (id >= this.checkedAt.length) {
      const size = Math.max(id + 1, this.checkedAt.length * 2);
      this.checkedAt = grownTo(this.checkedAt, new Int32Array(size));
      this.first = grownTo(this.first, new Uint16Array(size));
      this.second = grownTo(this.second, new Uint16Array(size));
    }
    this.first[id] = term.charCodeAt(0);
    this.second[id] = term.charCodeAt(1);
    const n = deletionKeys(term.slice(0, PREFIX), edits, this.keys);
    for (let k = 0; k < n; k++) {
      const key = this.keys[k];
      const value = keyValue(key);
      if (value >= 0) {
        this.byValue.add(value, id);
        continue;
      }
      const list = this.byString.get(key);
      if (list) { if (list[list.length - 1] !== id) list.push(id); } else this.byString.set(key, [id]);
    }
  }

  /**
   * Ids of the terms within the allowed edits of `word` (excluding an exact match). The array is
   * the index's own and is overwritten by the next look-up: read it before.
   */
  lookup(word: string): readonly number[] {
    const found = this.found;
    found.length = 0;
    const edits = allowedEdits(word.length);
    if (edits === 0) return found;
    if (this.lookups === 0x7fffffff) {
      this.checkedAt.fill(0);
      this.lookups = 0;
    }
    const stamp = ++this.lookups;
    const mask = charMask(word);
    const head = word.length > PREFIX ? word.slice(0, PREFIX) : word;
    // Folded words take the numeric path; any other string enumerates its keys as strings.
    const numeric = keyValue(head) >= 0;
    const n = numeric ? numericDeletionKeys(head, edits, this.values) : deletionKeys(head, edits, this.keys);
    const table = this.byValue;
    const w0 = word.charCodeAt(0), w1 = word.charCodeAt(1);
    for (let k = 0; k < n; k++) {
      const value = numeric ? this.values[k] : keyValue(this.keys[k]);
      if (value >= 0) {
        for (let p = table.head(value); p >= 0; p = table.next[p]) {
          const id = table.ids[p];
          if (this.opens(id, w0, w1)) this.check(id, word, edits, mask, stamp, found);
        }
      } else {
        const list = this.byString.get(this.keys[k]);
        if (list) for (const id of list) if (this.opens(id, w0, w1)) this.check(id, word, edits, mask, stamp, found);
      }
    }
    return found;
  }

  /**
   * Does term `id` begin as the word does (w0, w1 its first two characters), or with those two
   * swapped? Typos rarely hit the first letter; requiring it keeps the check cheap on a long page
   * without losing the usual slips ("plam", "chocloat"). Tested on each posting before anything
   * else: most terms sharing a deletion key with a word fail it, and it reads two small arrays.
   */
  private opens(id: number, w0: number, w1: number): boolean {
    const t0 = this.first[id];
    return t0 === w0 || (t0 === w1 && this.second[id] === w0);
  }

  /** Checks term `id` (which opens as the word does) against `word` once per look-up; adds it to `found` if within the edits. */
  private check(id: number, word: string, edits: number, mask: number, stamp: number, found: number[]): void {
    if (this.checkedAt[id] === stamp) return;
    this.checkedAt[id] = stamp;
    const term = this.terms[id];
    if (term === word) return;
    // Both words must be long enough for the number of edits the pair uses.
    const max = Math.min(edits, allowedEdits(term.length));
    if (max > 0 && popCount(mask ^ this.masks[id]) <= 2 * max && withinEdits(word, term, max)) found.push(id);
  }
}

function grownTo<T extends Int32Array | Uint16Array>(a: T, b: T): T {
  b.set(a);
  return b;
}
