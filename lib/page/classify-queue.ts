/**
 * The page's side of classification (the background classifies: lib/background/comment-classifier.ts).
 * Comments asked for until the next task runs go to the background together (in messages of at
 * most MAX_CLASSIFY_ITEMS), and their verdicts come back to `onResults`. The scanner hands a long
 * thread over in several tasks, which run before a timer task (scheduler.yield continuations): its
 * comments leave after the last of them. Sent at the end of each task instead, they had the
 * background classify the first ones on the machine's other core while the page's main thread was
 * still marking the rest, and on a 2-core machine that doubled the wall time of those tasks
 * (npm run bench -- --only scan, 2,000 replies, 2026-11-24: totalMs median 100.9 → 91.8 over nine
 * loads each, alternated; the CPU time the same, 78.1 → 76.9). Their answers are handed on together
 * for the same reason (see gather). The newest request for a comment wins: an
 * answer to an older one (the text changed, the sensitivity changed, the page was left) is dropped.
 * A failed message is sent again a few times, later: the background may be restarting.
 */
import { MAX_CLASSIFY_ITEMS, type Classified } from '../messages';

export interface ClassifyItem {
  id: string;
  text: string;
}

export interface ClassifyQueueOptions {
  /** Sends one batch to the background and resolves with its answers. */
  send(items: ClassifyItem[]): Promise<Classified[]>;
  /** Answers that are still wanted, in the order they came. */
  onResults(results: Classified[]): void;
  /** Attempts per batch before giving up (default 3). */
  maxAttempts?: number;
  /** Wait before the second attempt; it doubles after each (default 500 ms). */
  retryDelayMs?: number;
  setTimer?: (fn: () => void, ms: number) => void;
  /** Runs the sending in a task of its own, after those already queued (default: setTimeout 0). */
  defer?: (fn: () => void) => void;
  log?: (message: string, error: unknown) => void;
}

/** One message's answer, with what it asked and under which ticket. */
interface Answer {
  items: ClassifyItem[];
  ticket: number;
  results: Classified[];
}

/** How long the answers to one flush's messages wait for each other at most (see gather). */
const GATHER_MS = 1_000;

export class ClassifyQueue {
  private waiting = new Map<string, string>();
  /** The ticket of the newest request sent for each comment still unanswered. */
  private latest = new Map<string, number>();
  private ticket = 0;
  private flushQueued = false;

  constructor(private readonly opts: ClassifyQueueOptions) {}

  /** Asks for the comment's verdict; requests made before the next task runs leave together. */
  request(id: string, text: string): void {
    this.waiting.set(id, text);
    if (this.flushQueued) return;
    this.flushQueued = true;
    const flush = () => this.flush();
    if (this.opts.defer) this.opts.defer(flush);
    else setTimeout(flush, 0);
  }

  /** Comments asked for and not answered yet. */
  get pending(): number {
    return this.waiting.size + this.latest.size;
  }

  /** Drops what is waiting and every answer still to come (the page was left or cleared). */
  reset(): void {
    this.waiting.clear();
    this.latest.clear();
    this.ticket += 1;
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.waiting.size === 0) return;
    const items: ClassifyItem[] = [];
    for (const [id, text] of this.waiting) items.push({ id, text });
    this.waiting.clear();
    const ticket = ++this.ticket;
    for (const item of items) this.latest.set(item.id, ticket);
    const batches: Promise<Answer | null>[] = [];
    for (let i = 0; i < items.length; i += MAX_CLASSIFY_ITEMS) batches.push(this.ask(items.slice(i, i + MAX_CLASSIFY_ITEMS), ticket, 1));
    this.gather(batches);
  }

  /**
   * The answers to one flush's messages are handed on together, when the last has come (or
   * GATHER_MS after the sending, whichever is first; later ones then go on as they come). Handed
   * on as each came, the page drew the first verdicts while the background was still classifying
   * the next message on the machine's other core: on a 2-core machine those tasks took twice
   * their CPU time (npm run bench -- --only scan, 2,000 replies in four messages, 2026-11-24:
   * 8.7 ms of wall time for 4.0 of CPU, 7.7 for 2.5).
   */
  private gather(batches: Promise<Answer | null>[]): void {
    const arrived: Answer[] = [];
    let open = true;
    let left = batches.length;
    const close = () => {
      if (!open) return;
      open = false;
      this.deliver(arrived.splice(0));
    };
    for (const batch of batches) {
      void batch.then((answer) => {
        if (answer) {
          if (open) arrived.push(answer);
          else this.deliver([answer]);
        }
        left -= 1;
        if (left === 0) close();
      });
    }
    if (batches.length > 1) (this.opts.setTimer ?? setTimeout)(close, GATHER_MS);
  }

  /** One message's answer; null when it failed (a retry is then planned, whose answer goes on by itself). */
  private async ask(items: ClassifyItem[], ticket: number, attempt: number): Promise<Answer | null> {
    try {
      return { items, ticket, results: await this.opts.send(items) };
    } catch (e) {
      const still = items.filter((item) => this.latest.get(item.id) === ticket);
      if (still.length === 0) return null;
      const maxAttempts = this.opts.maxAttempts ?? 3;
      if (attempt >= maxAttempts) {
        for (const item of still) this.latest.delete(item.id);
        (this.opts.log ?? console.warn)(`[vigie] ${still.length} comments left unclassified after ${attempt} attempts`, e);
        return null;
      }
      const delay = (this.opts.retryDelayMs ?? 500) * 2 ** (attempt - 1);
      (this.opts.setTimer ?? setTimeout)(() => {
        const left = still.filter((item) => this.latest.get(item.id) === ticket);
        if (left.length) void this.ask(left, ticket, attempt + 1).then((answer) => answer && this.deliver([answer]));
      }, delay);
      return null;
    }
  }

  /** The verdicts still wanted (no newer request for the comment since, no reset), in one call. */
  private deliver(answers: Answer[]): void {
    const wanted: Classified[] = [];
    for (const { items, ticket, results } of answers) {
      const asked = new Set<string>();
      for (const item of items) {
        if (this.latest.get(item.id) !== ticket) continue;
        asked.add(item.id);
        this.latest.delete(item.id);
      }
      for (const r of results) if (asked.delete(r.id)) wanted.push(r);
    }
    if (wanted.length) this.opts.onResults(wanted);
  }
}
