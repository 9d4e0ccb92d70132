/**
 * A cache keyed by a span of a text (the characters from `start` to `end`), looked up without
 * cutting the span out: matching looks up every word of every comment, and a substring per word
 * (a copy, then hashing it for a Map) was a large part of the cost of a comment whose words are all
 * known. An open-addressing hash table over typed arrays. A key's hash, length and place are kept
 * side by side and its characters in one shared buffer, so confirming a hit reads two places in
 * memory rather than a string object per candidate.
 */
export class SpanCache<T> {
  /** Per slot: the index of its entry, or -1. */
  private slots = new Int32Array(4096).fill(-1);
  private mask = 4095;
  /** Per entry, at 3 * entry: hash, length, offset of its characters in `chars`. */
  private rec = new Int32Array(3 * 2048);
  private chars = new Uint16Array(16384);
  private used = 0;
  private readonly values: T[] = [];

  get size(): number {
    return this.values.length;
  }

  /** Hash of text.slice(start, end) (FNV-1a over UTF-16 code units). */
  static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  /** The value stored for text.slice(start, end), whose hash is `hash`, or undefined. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const len = end - start;
    const { rec, chars, slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot];
      if (e < 0) return undefined;
      if (rec[3 * e] !== hash || rec[3 * e + 1] !== len) continue;
      const at = rec[3 * e + 2];
      let i = 0;
      while (i < len && chars[at + i] === text.charCodeAt(start + i)) i++;
      if (i === len) return this.values[e];
    }
  }

  /** Stores a value for `key` (not already present), whose hash is `hash`. */
  set(key: string, hash: number, value: T): void {
    const e = this.values.length;
    if ((e + 1) * 2 > this.slots.length) this.grow();
    if (3 * e + 3 > this.rec.length) this.rec = grown(this.rec, 3 * e + 3);
    if (this.used + key.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + key.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let i = 0; i < key.length; i++) this.chars[this.used + i] = key.charCodeAt(i);
    this.rec[3 * e] = hash;
    this.rec[3 * e + 1] = key.length;
    this.rec[3 * e + 2] = this.used;
    this.used += key.length;
    this.values.push(value);
    this.place(e);
  }

  clear(): void {
    this.values.length = 0;
    this.used = 0;
    this.slots.fill(-1);
  }

  private place(e: number): void {
    let slot = this.rec[3 * e] & this.mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = e;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < this.values.length; e++) this.place(e);
  }
}

function grown(a: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, atLeast));
  b.set(a);
  return b;
}
