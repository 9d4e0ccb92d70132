import type { PlatformAdapter } from '../platforms/types';

export interface LoadAllProgress {
  expanded: number;
  done: boolean;
}

/**
 * Clicks the platform's "view more comments / replies" buttons, round after round, until none is
 * left or the bounds are reached: a thread with ten thousand comments must not keep the page busy.
 */
export async function loadAllComments(
  adapter: PlatformAdapter,
  root: ParentNode,
  onProgress: (p: LoadAllProgress) => void,
  bounds: { maxRounds?: number; maxClicks?: number; waitMs?: number } = {},
): Promise<number> {
  const { maxRounds = 15, maxClicks = 100, waitMs = 600 } = bounds;
  const clicked = new WeakSet<HTMLElement>();
  let expanded = 0;
  for (let round = 0; round < maxRounds && expanded < maxClicks; round++) {
    const buttons = adapter.findLoadMoreButtons(root).filter((b) => b.isConnected && !clicked.has(b));
    if (buttons.length === 0) break;
    for (const b of buttons) {
      if (expanded >= maxClicks) break;
      clicked.add(b);
      b.click();
      expanded++;
    }
    onProgress({ expanded, done: false });
    await new Promise((r) => setTimeout(r, waitMs));
  }
  onProgress({ expanded, done: true });
  return expanded;
}
