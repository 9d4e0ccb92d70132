/**
 * Waiting for an editor framework to catch up: React commits, Draft.js and Lexical reconcile, and
 * the page's selectionchange listeners run after the current task. Bounded, so a dead editor costs
 * at most the budget and never hangs the insertion.
 */

/** Resolves after the next rendered frame, or after `fallbackMs` when frames are not running (hidden tab). */
export function nextFrame(fallbackMs = 50): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(finish));
    setTimeout(finish, fallbackMs);
  });
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
