/**
 * Watches a platform page and reports comments that are new or changed, DOM-only (no classifier:
 * the caller gets batches through a callback).
 *
 * - Observes the adapter's nearest stable container, not document.body, and coalesces mutations
 *   (batchMs) before looking again.
 * - State is keyed by the platform's comment id, never by DOM node. A comment is reported again
 *   when its text or parent changed, or when it now lives in another element. When X recycles a
 *   row for another post, the new post is reported under its id, the old id stops pointing at the
 *   element, and the stale verdict marks on the element are cleared (marks.markId).
 * - A comment whose element left the DOM is forgotten; when it comes back it is reported again, so
 *   the caller re-applies its badge (keep verdicts by id to make that cheap).
 * - Work is cut into tasks of about `budgetMs`: an adapter with walkComments is read row by row
 *   with a yield to the event loop whenever the budget is spent; then each batch is sorted so
 *   comments in the viewport come first and handed over in slices of at most `sliceSize`
 *   comments, yielding between slices once the budget is spent (no long task, few tasks).
 * - Mutations are kept: an adapter with findChangedComments re-reads only the rows they touched.
 *   Mutations that only add or remove Vigie's own UI hosts (badges, heat markers) are dropped, so
 *   drawing a badge does not trigger another scan.
 */
import type { FoundComment, PlatformAdapter } from '../platforms/types';
import { frameOrTimeout } from '../frame';
import { elementSlot } from '../element-slot';
import { markId } from './marks';

export type ScanReason = 'initial' | 'mutation' | 'navigation';

export interface ScannerOptions {
  adapter: PlatformAdapter;
  /** Container to observe; defaults to adapter.findRoot(doc), then document.body. */
  root?: HTMLElement;
  onComments(batch: FoundComment[], reason: ScanReason): void;
  /** Coalesces mutations for this long before scanning again (default 50 ms). */
  batchMs?: number;
  /** Most comments handed over per slice (default 200). */
  sliceSize?: number;
  /** Main-thread time spent before yielding to the page (default 10 ms). */
  budgetMs?: number;
}

export interface Scanner {
  start(): void;
  stop(): void;
  /** Forgets everything (after SPA navigation), finds the root again and reports all as 'navigation'. */
  rescan(): void;
  /** The comments on the page now (as last reported), by id. */
  known(): Map<string, FoundComment>;
}

const DEFAULT_BATCH_MS = 50;
const DEFAULT_SLICE = 200;
/**
 * Long enough that a 2,000-reply thread takes a dozen tasks rather than a hundred (each yield costs
 * a task switch and a microtask checkpoint), short enough that no task nears the 50 ms long-task
 * mark even with a garbage collection inside (npm run bench -- --only scan).
 */
const DEFAULT_BUDGET_MS = 10;
/** Marks every host of Vigie's page UI (components/page/shadow.ts, UI_ATTRIBUTE). */
const VIGIE_UI_ATTRIBUTE = 'data-vigie-ui';

function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long to wait for a frame where none come (a tab in the background renders none). */
const FRAME_WAIT_MAX_MS = 100;

/**
 * Resolves in a task after the page's next rendered frame, when its layout is fresh: reading it
 * then costs nothing, where reading it before would lay out the whole page inside our task (the
 * page's first layout of a 2,000-reply thread is about 20 ms, and it is the page's work, not ours:
 * npm run bench -- --only scan). At most FRAME_WAIT_MAX_MS.
 */
function afterNextFrame(view: Window | null): Promise<void> {
  return frameOrTimeout((raf, done) => raf(() => setTimeout(done, 0)), FRAME_WAIT_MAX_MS, view);
}

/** -1 above the viewport, 0 in it, 1 below (or not laid out). Reads layout: called a few times per batch. */
function viewportSide(el: HTMLElement): -1 | 0 | 1 {
  const view = el.ownerDocument.defaultView;
  if (!view) return 1;
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return 1;
  if (rect.bottom <= 0) return -1;
  return rect.top < view.innerHeight ? 0 : 1;
}

/**
 * The batch with the comments in the viewport first. Adapters return comments in the order they
 * are shown, so the visible ones are a run: a binary search finds its start and a walk its end,
 * a dozen layout reads instead of one per comment (each read of a dirty layout lays the page out).
 */
function viewportFirst(batch: FoundComment[]): FoundComment[] {
  let low = 0;
  let high = batch.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (viewportSide(batch[mid].element) < 0) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < batch.length && viewportSide(batch[end].element) === 0) end += 1;
  if (end === low) return batch;
  return [...batch.slice(low, end), ...batch.slice(0, low), ...batch.slice(end)];
}

/** True when a mutation only added or removed Vigie's own UI hosts (checked in place: no arrays per record). */
function isOwnUi(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const list of [addedNodes, removedNodes]) {
    for (let i = 0; i < list.length; i += 1) {
      const node = list[i];
      if (node.nodeType !== 1 || !(node as Element).hasAttribute(VIGIE_UI_ATTRIBUTE)) return false;
    }
  }
  return true;
}

function sameRecord(a: FoundComment, b: FoundComment): boolean {
  return (
    a.element === b.element &&
    a.comment.text === b.comment.text &&
    a.comment.parentId === b.comment.parentId &&
    a.comment.depth === b.comment.depth &&
    a.comment.author === b.comment.author
  );
}

export function createScanner(doc: Document, opts: ScannerOptions): Scanner {
  const { adapter, onComments } = opts;
  const batchMs = opts.batchMs ?? DEFAULT_BATCH_MS;
  const sliceSize = opts.sliceSize ?? DEFAULT_SLICE;
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  if (!(budgetMs >= 0)) throw new Error(`budgetMs must be 0 or more, got ${budgetMs}`);
  const clock = doc.defaultView?.performance ?? performance;
  if (!(sliceSize >= 1)) throw new Error(`sliceSize must be at least 1, got ${sliceSize}`);
  if (!(batchMs >= 0)) throw new Error(`batchMs must be 0 or more, got ${batchMs}`);

  const known = new Map<string, FoundComment>();
  /** Which comment id each element last showed: how recycled rows are detected. */
  const ownerOf = elementSlot<string>('vigie-shown-comment');
  let root: HTMLElement | null = null;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  /** Bumped by stop() and rescan(): in-flight work of an older generation gives up. */
  let generation = 0;
  let busy = false;
  let pending: ScanReason | null = null;
  /** Mutations not yet handed to the adapter; null: the next look must read the whole page. */
  let records: MutationRecord[] | null = null;

  const findRoot = (): HTMLElement => opts.root ?? adapter.findRoot(doc) ?? doc.body;

  function observe(): void {
    observer?.disconnect();
    root = findRoot();
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const Observer = view?.MutationObserver ?? MutationObserver;
    records = null; // a new container: read it whole
    observer = new Observer((batch) => {
      const relevant = batch.filter((r) => !isOwnUi(r));
      if (relevant.length === 0) return;
      if (records) for (const r of relevant) records.push(r);
      schedule('mutation');
    });
    // No attributes: our own data-vigie-* marks must not wake us up.
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  function schedule(reason: ScanReason, delayMs = batchMs): void {
    if (!running) return;
    if (busy) {
      pending = pending === 'navigation' ? pending : reason;
      return;
    }
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      void scan(reason);
    }, delayMs);
  }

  /** The adapter's answer for the DOM now, lazy when the adapter can read row by row. */
  function read(changes: MutationRecord[] | null): Iterable<FoundComment> {
    const at = root as HTMLElement;
    if (adapter.walkComments) return adapter.walkComments(at, changes);
    return changes !== null && adapter.findChangedComments ? adapter.findChangedComments(at, changes) : adapter.findComments(at);
  }

  /** Whether the current task has spent its budget (checked before each row: no await when not). */
  function spent(deadline: { at: number }): boolean {
    return clock.now() >= deadline.at;
  }

  /** Ends the current task; false when this scan was superseded meanwhile. */
  async function pause(deadline: { at: number }, myGeneration: number): Promise<boolean> {
    await yieldToEventLoop();
    deadline.at = clock.now() + budgetMs;
    return generation === myGeneration && running;
  }

  /**
   * The new or changed comments in the DOM now; updates the state keyed by id. Null when the scan
   * was superseded (stop, rescan) while it paused.
   */
  async function diff(deadline: { at: number }, myGeneration: number): Promise<FoundComment[] | null> {
    if (!root || !root.isConnected) observe(); // the site replaced our container (SPA)
    const taken = observer?.takeRecords().filter((r) => !isOwnUi(r)) ?? [];
    const changes = records === null ? null : [...records, ...taken];
    records = [];
    const found = read(changes);
    // Rows that left the DOM (virtualised away, or their cell recycled with a new article):
    // their ids stop pointing at those elements; if they come back they are reported again.
    // Only removals can disconnect a row: rows merely appended (infinite scroll) skip the sweep.
    if (changes === null || changes.some((r) => r.removedNodes.length > 0)) {
      for (const [id, item] of known) if (!item.element.isConnected) known.delete(id);
    }
    const changed: FoundComment[] = [];
    for (const item of found) {
      if (spent(deadline) && !(await pause(deadline, myGeneration))) return null;
      // A row read before a pause may have left the DOM during it (the mutation is queued).
      if (!item.element.isConnected) continue;
      const id = item.comment.id;
      const previousOwner = ownerOf.get(item.element);
      if (previousOwner !== undefined && previousOwner !== id) {
        // Recycled row: the other comment no longer lives here.
        const stale = known.get(previousOwner);
        if (stale && stale.element === item.element) known.delete(previousOwner);
      }
      ownerOf.set(item.element, id);
      const before = known.get(id);
      if (before && sameRecord(before, item)) continue;
      known.set(id, item);
      changed.push(item);
    }
    return changed;
  }

  async function scan(reason: ScanReason): Promise<void> {
    if (!running) return;
    const myGeneration = generation;
    busy = true;
    try {
      const deadline = { at: clock.now() + budgetMs };
      const changed = await diff(deadline, myGeneration);
      if (!changed || changed.length === 0) return;
      // One slice is handed over at once: its order does not matter, and no layout is read.
      let ordered = changed;
      if (changed.length > sliceSize) {
        await afterNextFrame(doc.defaultView);
        if (generation !== myGeneration || !running) return;
        ordered = viewportFirst(changed);
      }
      for (let start = 0; start < ordered.length; start += sliceSize) {
        if (start > 0 && spent(deadline) && !(await pause(deadline, myGeneration))) return;
        const slice = ordered.slice(start, start + sliceSize).filter((f) => known.get(f.comment.id) === f && f.element.isConnected);
        for (const item of slice) markId(item.element, item.comment.id);
        if (slice.length > 0) onComments(slice, reason);
      }
    } finally {
      if (generation === myGeneration) {
        busy = false;
        if (pending && running) {
          const next = pending;
          pending = null;
          schedule(next);
        }
      }
    }
  }

  function reset(): void {
    generation += 1;
    busy = false;
    pending = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    known.clear();
    ownerOf.clear();
    records = null;
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      observe();
      // In a task of its own, not in the caller's (which may be drawing the page panel).
      schedule('initial', 0);
    },
    stop(): void {
      running = false;
      observer?.disconnect();
      observer = null;
      generation += 1;
      busy = false;
      pending = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    rescan(): void {
      reset();
      adapter.reset?.();
      if (!running) return;
      observe();
      schedule('navigation', 0);
    },
    known(): Map<string, FoundComment> {
      return new Map(known);
    },
  };
}
