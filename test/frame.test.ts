import { afterEach, expect, test, vi } from 'vitest';
import { frameOrTimeout } from '../lib/frame';

afterEach(() => vi.useRealTimers());

test('resolves when the frame comes, once', async () => {
  const frames: (() => void)[] = [];
  const view = { requestAnimationFrame: (cb: () => void) => frames.push(cb) };
  let resolved = 0;
  const wait = frameOrTimeout((raf, done) => raf(done), 10_000, view).then(() => (resolved += 1));
  await Promise.resolve();
  expect(resolved).toBe(0);
  frames[0]();
  await wait;
  expect(resolved).toBe(1);
});

test('resolves after the time limit where no frame comes (a tab in the background)', async () => {
  vi.useFakeTimers();
  const view = { requestAnimationFrame: () => 0 };
  let resolved = false;
  void frameOrTimeout((raf, done) => raf(done), 100, view).then(() => (resolved = true));
  await vi.advanceTimersByTimeAsync(99);
  expect(resolved).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(resolved).toBe(true);
});

test('without rendering at all, resolves on the next task', async () => {
  vi.useFakeTimers();
  let resolved = false;
  void frameOrTimeout(() => undefined, 100, null).then(() => (resolved = true));
  await vi.advanceTimersByTimeAsync(0);
  expect(resolved).toBe(true);
});
