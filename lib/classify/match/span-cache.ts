/**
 * Numbers the distinct spans of text it is given (the characters from `start` to `end`): 0, 1, 2...
 * in order of first sight, looked up without cutting the span out: matching looks up every word of
 * every comment, and a substring per word (a copy, then hashing it for a Map) was a large part of
 * the cost of a comment whose words are all known. The caller keeps what it knows about entry e in
 * arrays indexed by e (see word-table.ts). An open-addressing hash table over typed arrays: a slot
 * holds its entry's hash beside its index, so most probes that miss read one place in memory, and
 * the characters of all entries sit in one shared buffer.
 */
export class SpanCache {
  /** Per slot, at 2 * slot: the entry's index, or -1; its hash. */
  private slots = new Int32Array(2 * 4096).fill(-1);
  private mask = 4095;
  /** Per entry, at 2 * entry: length, offset of its characters in `chars`. */
  private rec = new Int32Array(2 * 2048);
  private chars = new Uint16Array(16384);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Hash of text.slice(start, end) (FNV-1a over UTF-16 code units). */
  static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  /** The entry of text.slice(start, end), whose hash is `hash`, or -1. */
  get(text: string, start: number, end: number, hash: number): number {
    const len = end - start;
    const { rec, chars, slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = slots[2 * slot];
      if (e < 0) return -1;
      if (slots[2 * slot + 1] !== hash || rec[2 * e] !== len) continue;
      const at = rec[2 * e + 1];
      let i = 0;
      while (i < len && chars[at + i] === text.charCodeAt(start + i)) i++;
      if (i === len) return e;
    }
  }

  /** Numbers text.slice(start, end) (not already present), whose hash is `hash`; returns its entry. */
  add(text: string, start: number, end: number, hash: number): number {
    const e = this.count;
    const len = end - start;
    if ((e + 1) * 2 > this.slots.length / 2) this.grow();
    if (2 * e + 2 > this.rec.length) this.rec = grown(this.rec, 2 * e + 2);
    if (this.used + len > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + len));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let i = 0; i < len; i++) this.chars[this.used + i] = text.charCodeAt(start + i);
    this.rec[2 * e] = len;
    this.rec[2 * e + 1] = this.used;
    this.used += len;
    this.count++;
    this.place(e, hash);
    return e;
  }

  clear(): void {
    this.count = 0;
    this.used = 0;
    this.slots.fill(-1);
  }

  private place(e: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[2 * slot] >= 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = e;
    this.slots[2 * slot + 1] = hash;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.mask = old.length - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s] >= 0) this.place(old[s], old[s + 1]);
  }
}

function grown(a: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, atLeast));
  b.set(a);
  return b;
}
