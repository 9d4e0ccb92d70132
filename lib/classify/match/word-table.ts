/**
 * What each distinct word (as written) is for one register: its folded form, stem, whether it is a
 * stop word, how it can join its neighbour into a split claim word, and the terms it can stand for.
 * Entry e is the word's number in the SpanCache; its facts are at index e of parallel arrays rather
 * than in an object per word. A page brings thousands of new words, and an object, an array of
 * resolutions and a few strings for each were much of the garbage and of the scattered memory
 * reads of matching.
 */
import { grown } from './fold';
import { SpanCache } from './span-cache';

export class WordTable {
  /** Word as written -> entry. */
  readonly spans = new SpanCache();
  readonly folded: string[] = [];
  /** '' for a stop word. */
  readonly stem: string[] = [];
  stop = new Uint8Array(1024);
  /** Index of the folded word among the beginnings of split claim words, or -1 (see CompiledRegister.joinHeads). */
  head = new Int32Array(1024);
  /** Index of the folded word, and of it less its last letter, among the endings of split claim words, or -1. */
  tail = new Int32Array(1024);
  cutTail = new Int32Array(1024);
  /** Terms entry e can stand for and the credit for each: resTerm / resCredit[resAt[e] .. resAt[e + 1]). */
  resAt = new Int32Array(1025);
  resTerm = new Int32Array(4096);
  resCredit = new Float64Array(4096);

  get size(): number {
    return this.spans.size;
  }

  /** Adds text[start, end) (hash given) with what it is; its terms follow by addResolution. Returns the entry. */
  add(text: string, start: number, end: number, hash: number, folded: string, stem: string, stop: boolean, head: number, tail: number, cutTail: number): number {
    const e = this.spans.add(text, start, end, hash);
    if (e + 2 > this.resAt.length) this.grow();
    this.folded[e] = folded;
    this.stem[e] = stem;
    this.stop[e] = stop ? 1 : 0;
    this.head[e] = head;
    this.tail[e] = tail;
    this.cutTail[e] = cutTail;
    this.resAt[e + 1] = this.resAt[e];
    return e;
  }

  /** Adds a term the last entry can stand for, keeping the best credit per term. */
  addResolution(term: number, credit: number): void {
    const e = this.spans.size - 1;
    const from = this.resAt[e], to = this.resAt[e + 1];
    for (let k = from; k < to; k++) {
      if (this.resTerm[k] !== term) continue;
      if (this.resCredit[k] < credit) this.resCredit[k] = credit;
      return;
    }
    if (to === this.resTerm.length) {
      this.resTerm = grown(this.resTerm, new Int32Array(to * 2));
      this.resCredit = grown(this.resCredit, new Float64Array(to * 2));
    }
    this.resTerm[to] = term;
    this.resCredit[to] = credit;
    this.resAt[e + 1] = to + 1;
  }

  clear(): void {
    this.spans.clear();
    this.folded.length = 0;
    this.stem.length = 0;
  }

  private grow(): void {
    const n = this.stop.length * 2;
    this.stop = grown(this.stop, new Uint8Array(n));
    this.head = grown(this.head, new Int32Array(n));
    this.tail = grown(this.tail, new Int32Array(n));
    this.cutTail = grown(this.cutTail, new Int32Array(n));
    this.resAt = grown(this.resAt, new Int32Array(n + 1));
  }
}
