/**
 * Waiting for the page to render, bounded: a tab in the background renders no frames, so every
 * wait also ends after a time limit. Page-side code only (content scripts).
 */

/**
 * Resolves once, when `arm` calls its callback or after `maxMs`, whichever comes first; without
 * requestAnimationFrame (no rendering at all), on the next task.
 */
export function frameOrTimeout(arm: (raf: (cb: () => void) => void, done: () => void) => void, maxMs: number, view: { requestAnimationFrame?: (cb: () => void) => unknown } | null = globalThis): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    setTimeout(finish, maxMs);
    const raf = view?.requestAnimationFrame;
    if (typeof raf === 'function') arm((cb) => void raf.call(view, cb), finish);
    else setTimeout(finish, 0);
  });
}
