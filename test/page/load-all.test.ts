import { expect, test } from 'vitest';
import { loadAllComments } from '../../lib/page/load-all';
import type { PlatformAdapter } from '../../lib/platforms/types';

/** A page whose "View more comments" button reveals another batch and another button, `pages` times. */
function pagedThread(pages: number) {
  const root = document.body.appendChild(document.createElement('div'));
  let shown = 0;
  const addButton = () => {
    const b = document.createElement('div');
    b.setAttribute('role', 'button');
    b.textContent = 'View more comments';
    b.addEventListener('click', () => {
      b.remove();
      shown++;
      if (shown < pages) addButton();
    });
    root.append(b);
  };
  addButton();
  const adapter = { findLoadMoreButtons: (r: ParentNode) => Array.from(r.querySelectorAll<HTMLElement>('[role=button]')) } as unknown as PlatformAdapter;
  return { root, adapter, shown: () => shown };
}

test('expands "view more" round after round until nothing is left, reporting progress', async () => {
  const t = pagedThread(4);
  const progress: number[] = [];
  const n = await loadAllComments(t.adapter, t.root, (p) => progress.push(p.expanded), { waitMs: 0 });
  expect(n).toBe(4);
  expect(t.shown()).toBe(4);
  expect(progress.at(-1)).toBe(4);
});

test('stops at its bounds on a thread that never ends', async () => {
  const t = pagedThread(1_000);
  expect(await loadAllComments(t.adapter, t.root, () => {}, { waitMs: 0, maxRounds: 5 })).toBe(5);
  const u = pagedThread(1_000);
  expect(await loadAllComments(u.adapter, u.root, () => {}, { waitMs: 0, maxClicks: 3 })).toBe(3);
});
