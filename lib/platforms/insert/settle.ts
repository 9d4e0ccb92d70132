/**
 * Waiting for an editor framework to catch up: React commits, Draft.js and Lexical reconcile, and
 * the page's selectionchange listeners run after the current task. Bounded, so a dead editor costs
 * at most the budget and never hangs the insertion.
 */
import { frameOrTimeout } from '../../frame';

/** Resolves after the next rendered frame, or after `fallbackMs` when frames are not running (hidden tab). */
export function nextFrame(fallbackMs = 50): Promise<void> {
  // Two frames: the one in which the editor's update is committed, and the one after it.
  return frameOrTimeout((raf, done) => raf(() => raf(done)), fallbackMs);
}

/** Polls `condition` until it holds (true) or `budgetMs` has passed (false). */
export async function waitUntil(condition: () => boolean, budgetMs: number, stepMs = 25): Promise<boolean> {
  await nextFrame();
  const deadline = Date.now() + budgetMs;
  for (;;) {
    if (condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
