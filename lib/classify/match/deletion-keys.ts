/**
 * Deletion keys as numbers, for the typo index (fuzzy.ts). A key is a string of at most 7
 * characters; read in base 128 (one digit per ASCII character, the first character lowest) it is an
 * integer below 2^49: exact in a double, and one number per string. A look-up computes its keys by
 * arithmetic on the word's character codes, so it allocates no strings and hashes none; building
 * and hashing some 15 key strings per new word was most of the cost of tolerating typos.
 *
 * Folded words are ASCII. The index still takes any string: a key with a character beyond ASCII
 * (or NUL) has no numeric value and is kept as a string (see keyValue).
 */

const BASE = 128;
/** Longest key: 7 digits of base 128 stay below 2^53. */
export const MAX_KEY_LENGTH = 7;
const POW = Array.from({ length: MAX_KEY_LENGTH + 1 }, (_, i) => BASE ** i);

/** Numeric value of a key, or -1 if a character has no digit (beyond ASCII, or NUL). */
export function keyValue(key: string): number {
  let v = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0 || c >= BASE) return -1;
    v += c * POW[i];
  }
  return v;
}

/** Scratch for numericDeletionKeys: prefix[i] is the value of head.slice(0, i). */
const prefix = new Float64Array(MAX_KEY_LENGTH + 1);

/**
 * The deletion keys of `head` (at most MAX_KEY_LENGTH characters, all with a digit: keyValue(head)
 * >= 0) with up to `edits` (1 or 2) deletions, as numbers into `out`; returns the count. Same keys,
 * in the same order, as deletionKeys in fuzzy.ts.
 *
 * Deleting character i keeps the digits left of it and shifts those right of it down one place:
 * prefix[i] + (total - prefix[i + 1]) / BASE. Every division is of a multiple of the divisor by a
 * power of two, so it is exact.
 */
export function numericDeletionKeys(head: string, edits: number, out: Float64Array): number {
  const len = head.length;
  for (let i = 0; i < len; i++) prefix[i + 1] = prefix[i] + head.charCodeAt(i) * POW[i];
  const total = prefix[len];
  let n = 0;
  out[n++] = total;
  for (let i = 0; i < len; i++) {
    if (i > 0 && head.charCodeAt(i) === head.charCodeAt(i - 1)) continue;
    const left = prefix[i];
    out[n++] = left + (total - prefix[i + 1]) / BASE;
    if (edits < 2) continue;
    for (let k = i + 1; k < len; k++) {
      if (k > i + 1 && head.charCodeAt(k) === head.charCodeAt(k - 1)) continue;
      out[n++] = left + (prefix[k] - prefix[i + 1]) / BASE + (total - prefix[k + 1]) / (BASE * BASE);
    }
  }
  return n;
}

/**
 * Numeric key -> list of term ids, in insertion order: an open-addressing hash table over typed
 * arrays. A Map keyed by numbers this large (beyond small integers) boxes each key it is asked
 * about; this table compares doubles in place. Key 0 marks an empty slot: no key is 0 (keys are
 * non-empty and have no NUL).
 */
export class PostingTable {
  private keys = new Float64Array(1024);
  /** Per slot: its key's first and last posting. */
  private first = new Int32Array(1024);
  private last = new Int32Array(1024);
  private mask = 1023;
  private used = 0;
  /** Per posting: the term id and the next posting of the same key (-1 at the end). */
  ids = new Int32Array(1024);
  next = new Int32Array(1024);
  private postings = 0;
  /**
   * One bit per value of the hash's top 18 bits, set for the keys present: 32 KB, so it stays in
   * the processor's cache, where the table (megabytes for a large register) does not. Most keys a
   * word asks about are absent, and the bit answers for most of them without reading the table.
   */
  private readonly present = new Int32Array(1 << 13);

  private static hash(key: number): number {
    // Mix the low 24 bits and the rest (keys are below 2^49). Split by a division and a floor, which
    // are exact here: the remainder operator on a double this large is a call into the C library.
    const high = Math.floor(key / 0x1000000);
    const h = Math.imul(key - high * 0x1000000, 0x9e3779b1) ^ Math.imul(high, 0x85ebca77);
    return h ^ (h >>> 15);
  }

  private slotOf(key: number, hash: number): number {
    let slot = hash & this.mask;
    while (this.keys[slot] !== key && this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** First posting of `key`, or -1; follow `next` for the others. */
  head(key: number): number {
    const hash = PostingTable.hash(key);
    if ((this.present[hash >>> 19] & (1 << ((hash >>> 14) & 31))) === 0) return -1;
    const slot = this.slotOf(key, hash);
    return this.keys[slot] === key ? this.first[slot] : -1;
  }

  /** Appends `id` to the key's list, unless it is already the last id there. */
  add(key: number, id: number): void {
    const hash = PostingTable.hash(key);
    let slot = this.slotOf(key, hash);
    if (this.keys[slot] === key) {
      if (this.ids[this.last[slot]] === id) return;
    } else {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(key, hash);
      }
      this.present[hash >>> 19] |= 1 << ((hash >>> 14) & 31);
      this.keys[slot] = key;
      this.first[slot] = -1;
      this.used++;
    }
    if (this.postings === this.ids.length) {
      this.ids = grown(this.ids);
      this.next = grown(this.next);
    }
    const p = this.postings++;
    this.ids[p] = id;
    this.next[p] = -1;
    if (this.first[slot] < 0) this.first[slot] = p;
    else this.next[this.last[slot]] = p;
    this.last[slot] = p;
  }

  private grow(): void {
    const { keys, first, last } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.first = new Int32Array(keys.length * 2);
    this.last = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      const slot = this.slotOf(keys[s], PostingTable.hash(keys[s]));
      this.keys[slot] = keys[s];
      this.first[slot] = first[s];
      this.last[slot] = last[s];
    }
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
