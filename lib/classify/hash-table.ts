/**
 * Sets and maps keyed by the 32-bit word hashes of hash.ts, for the per-token look-ups of the hot
 * path. A JavaScript Set or Map of numbers costs about 20 ns a look-up in Node 20 (measured
 * 2026-11-25: 18–22 ns for `has` on 65,536 int32 keys, 2–4 ns behind a byte filter), and analysing
 * one comment made about 196 of them (lexicon words read only as written, function words, place
 * names, the words of news style...): a fifth of the time of `classify()`. These tables are open
 * addressing with linear probing over typed arrays, at most a quarter full, so a look-up is one or
 * two reads of an Int32Array. Keys are the FNV-1a hashes themselves, already mixed, spread once
 * more by a multiplication (Fibonacci hashing) so that runs of close keys do not cluster.
 */

const EMPTY = 0;

/** Slots for `n` keys: a power of two, at least four times `n`. */
function capacityFor(n: number): number {
  let size = 16;
  while (size < n * 4) size *= 2;
  return size;
}

/** A slot index from a hash: the high bits of its product with 2^32 / φ. */
const slotOf = (h: number, shift: number) => Math.imul(h, 0x9e3779b1) >>> shift;

/**
 * The positions of keys in a table: `slots[i]` is 1 + the key's index in `keys`, 0 for an empty
 * slot (so that every int32, 0 included, can be a key).
 */
class Slots {
  readonly keys: Int32Array;
  readonly at: Int32Array;
  readonly shift: number;
  readonly mask: number;
  size = 0;

  constructor(n: number) {
    const capacity = capacityFor(n);
    this.keys = new Int32Array(capacity);
    this.at = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  /** 1 + the index of `h` among the keys, or 0 when it is not one (the look-up of every table). */
  position(h: number): number {
    const { keys, at, mask } = this;
    let s = slotOf(h, this.shift);
    while (at[s] !== EMPTY) {
      if (keys[s] === h) return at[s];
      s = (s + 1) & mask;
    }
    return EMPTY;
  }

  /** The slot holding `h`, or the empty slot where it would go. */
  find(h: number): number {
    let s = slotOf(h, this.shift);
    while (this.at[s] !== EMPTY && this.keys[s] !== h) s = (s + 1) & this.mask;
    return s;
  }
}

/** A fixed set of word hashes. */
export class HashSet {
  private readonly slots: Slots;

  constructor(hashes: Iterable<number>) {
    const list = [...new Set(hashes)];
    this.slots = new Slots(list.length);
    for (const h of list) {
      const s = this.slots.find(h | 0);
      this.slots.keys[s] = h | 0;
      this.slots.at[s] = ++this.slots.size;
    }
  }

  get size(): number {
    return this.slots.size;
  }

  has(h: number): boolean {
    return this.slots.position(h) !== EMPTY;
  }

  /** The hashes, in no particular order. */
  *[Symbol.iterator](): IterableIterator<number> {
    const { keys, at } = this.slots;
    for (let s = 0; s < at.length; s++) if (at[s] !== EMPTY) yield keys[s];
  }
}

/** A fixed map from word hashes to values; `get` answers `missing` for a hash not in it. */
export class HashMap<V> {
  private readonly slots: Slots;
  private readonly values: V[] = [];

  constructor(entries: Iterable<readonly [number, V]>) {
    const map = new Map<number, V>();
    for (const [h, v] of entries) map.set(h | 0, v);
    this.slots = new Slots(map.size);
    for (const [h, v] of map) {
      const s = this.slots.find(h);
      this.slots.keys[s] = h;
      this.values.push(v);
      this.slots.at[s] = ++this.slots.size;
    }
  }

  get size(): number {
    return this.slots.size;
  }

  has(h: number): boolean {
    return this.slots.position(h) !== EMPTY;
  }

  get<M>(h: number, missing: M): V | M {
    const p = this.slots.position(h);
    return p === EMPTY ? missing : this.values[p - 1];
  }
}
