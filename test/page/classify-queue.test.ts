import { expect, test, vi } from 'vitest';
import { classify } from '../../lib/classify';
import { MAX_CLASSIFY_ITEMS, type Classified } from '../../lib/messages';
import { ClassifyQueue, type ClassifyItem } from '../../lib/page/classify-queue';

/** The background, answered by hand: each call waits until the test resolves or rejects it. */
function fakeBackground() {
  const calls: { items: ClassifyItem[]; resolve: () => void; reject: (e: Error) => void }[] = [];
  const send = (items: ClassifyItem[]) =>
    new Promise<Classified[]>((resolve, reject) => {
      calls.push({
        items,
        resolve: () => resolve(items.map(({ id, text }) => ({ id, verdict: { ...classify(text), reasons: [] }, dismissed: false, claim: null }))),
        reject,
      });
    });
  return { calls, send };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

test('comments asked for in one task leave in one message, larger pages in several, and every answer comes back', async () => {
  const bg = fakeBackground();
  const got: string[] = [];
  const queue = new ClassifyQueue({ send: bg.send, onResults: (rs) => got.push(...rs.map((r) => r.id)) });
  const n = MAX_CLASSIFY_ITEMS + 20;
  for (let i = 0; i < n; i += 1) queue.request(String(i), `comment ${i}`);
  await settle();
  expect(bg.calls.map((c) => c.items.length)).toEqual([MAX_CLASSIFY_ITEMS, 20]);
  expect(queue.pending).toBe(n);
  for (const c of bg.calls) c.resolve();
  await settle();
  expect(got).toHaveLength(n);
  expect(new Set(got).size).toBe(n);
  expect(queue.pending).toBe(0);
});

test('comments asked for in several tasks before the sending task runs leave together (a scan handed over in slices)', async () => {
  const bg = fakeBackground();
  const deferred: (() => void)[] = [];
  const queue = new ClassifyQueue({ send: bg.send, onResults: () => undefined, defer: (fn) => deferred.push(fn) });
  queue.request('1', 'first slice');
  await settle(); // another task: the scanner's next slice
  queue.request('2', 'second slice');
  await settle();
  expect(bg.calls).toHaveLength(0);
  expect(deferred).toHaveLength(1);
  deferred[0]();
  expect(bg.calls.map((c) => c.items.map((i) => i.id))).toEqual([['1', '2']]);
  queue.request('3', 'after the send');
  expect(deferred).toHaveLength(2);
});

test('an answer to an older request for the same comment is dropped: the newest text wins', async () => {
  const bg = fakeBackground();
  const got: Classified[] = [];
  const queue = new ClassifyQueue({ send: bg.send, onResults: (rs) => got.push(...rs) });
  queue.request('7', 'You are an idiot');
  await settle();
  queue.request('7', 'Thanks, that helped');
  await settle();
  expect(bg.calls).toHaveLength(2);
  bg.calls[1].resolve();
  await settle();
  bg.calls[0].resolve(); // arrives late
  await settle();
  expect(got).toHaveLength(1);
  expect(got[0].verdict.hostility.flagged).toBe(false);
});

test('after a reset (the page was left) nothing in flight is delivered', async () => {
  const bg = fakeBackground();
  const onResults = vi.fn();
  const queue = new ClassifyQueue({ send: bg.send, onResults });
  queue.request('1', 'a');
  await settle();
  queue.reset();
  bg.calls[0].resolve();
  await settle();
  expect(onResults).not.toHaveBeenCalled();
  expect(queue.pending).toBe(0);
});

test('a failed message is sent again later; after the last attempt the comments are given up with a logged reason', async () => {
  const bg = fakeBackground();
  const got: string[] = [];
  const timers: (() => void)[] = [];
  const log = vi.fn();
  const queue = new ClassifyQueue({ send: bg.send, onResults: (rs) => got.push(...rs.map((r) => r.id)), setTimer: (fn) => timers.push(fn), maxAttempts: 2, log });
  queue.request('1', 'a');
  await settle();
  bg.calls[0].reject(new Error('Could not establish connection'));
  await settle();
  expect(timers).toHaveLength(1);
  timers[0]();
  expect(bg.calls).toHaveLength(2);
  bg.calls[1].resolve();
  await settle();
  expect(got).toEqual(['1']);

  queue.request('2', 'b');
  await settle();
  bg.calls[2].reject(new Error('down'));
  await settle();
  timers[1]();
  bg.calls[3].reject(new Error('still down'));
  await settle();
  expect(timers).toHaveLength(2);
  expect(log).toHaveBeenCalledWith(expect.stringContaining('1 comments left unclassified after 2 attempts'), expect.any(Error));
  expect(queue.pending).toBe(0);
});

test("the answers to one sending's messages are handed on together, once the last has come: the page draws after the background is done", async () => {
  const bg = fakeBackground();
  const calls: string[][] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const queue = new ClassifyQueue({ send: bg.send, onResults: (rs) => calls.push(rs.map((r) => r.id)), setTimer: (fn, ms) => timers.push({ fn, ms }) });
  const n = 2 * MAX_CLASSIFY_ITEMS + 5;
  for (let i = 0; i < n; i += 1) queue.request(String(i), `comment ${i}`);
  await settle();
  expect(bg.calls).toHaveLength(3);
  bg.calls[0].resolve();
  bg.calls[2].resolve();
  await settle();
  expect(calls).toEqual([]);
  bg.calls[1].resolve();
  await settle();
  expect(calls).toHaveLength(1);
  const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => String(from + i));
  // In the order the answers came.
  expect(calls[0]).toEqual([...ids(0, MAX_CLASSIFY_ITEMS), ...ids(2 * MAX_CLASSIFY_ITEMS, n), ...ids(MAX_CLASSIFY_ITEMS, 2 * MAX_CLASSIFY_ITEMS)]);
  expect(queue.pending).toBe(0);
});

/** A page of MAX_CLASSIFY_ITEMS + 3 comments sent: two messages in flight, timers held by the test. */
async function twoMessagesSent() {
  const bg = fakeBackground();
  const calls: number[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const queue = new ClassifyQueue({ send: bg.send, onResults: (rs) => calls.push(rs.length), setTimer: (fn, ms) => timers.push({ fn, ms }) });
  for (let i = 0; i < MAX_CLASSIFY_ITEMS + 3; i += 1) queue.request(String(i), `comment ${i}`);
  await settle();
  expect(bg.calls).toHaveLength(2);
  return { bg, calls, timers, queue };
}

test('a message that does not answer holds the others back for a second at most; it goes on by itself when it comes', async () => {
  const { bg, calls, timers } = await twoMessagesSent();
  bg.calls[0].resolve();
  await settle();
  expect(calls).toEqual([]);
  expect(timers.map((t) => t.ms)).toEqual([1_000]);
  timers[0].fn();
  expect(calls).toEqual([MAX_CLASSIFY_ITEMS]);
  bg.calls[1].resolve();
  await settle();
  expect(calls).toEqual([MAX_CLASSIFY_ITEMS, 3]);
});

test('a failed message does not hold the others back: they go on when the rest have come, its retry by itself', async () => {
  const { bg, calls, timers, queue } = await twoMessagesSent();
  bg.calls[1].reject(new Error('Could not establish connection'));
  bg.calls[0].resolve();
  await settle();
  expect(calls).toEqual([MAX_CLASSIFY_ITEMS]);
  const retry = timers.find((t) => t.ms === 500)!;
  retry.fn();
  bg.calls[2].resolve();
  await settle();
  expect(calls).toEqual([MAX_CLASSIFY_ITEMS, 3]);
  expect(queue.pending).toBe(0);
});
