/**
 * Chromium trace recording and the attribution of main-thread work to Vigie's content script.
 *
 * Why a trace: the content script runs in an isolated world on the page's own main thread, so the
 * page's performance entries cannot tell its work from the page's. The trace records every task of
 * the renderer's main thread (toplevel RunTask, and the top-level microtask checkpoints that
 * scheduler.yield() continuations run in, with the style, layout and GC done inside them), the JS
 * entry points with their script URL (FunctionCall, EvaluateScript: devtools.timeline) and CPU
 * profile samples with their stacks (v8.cpu_profiler). Vigie's part of a task is the time of its
 * entry points with the extension's URL, plus the sampled time of Vigie's frames outside them
 * (promise and scheduler.yield continuations have no entry event, only samples). When that part is
 * at least half the task, the whole task counts as Vigie's (its GC, the style and layout our
 * script forced); otherwise only that part does (a page task, such as a hit test after layout,
 * in which one of our listeners ran). The sampler adds some overhead to the JavaScript it
 * measures: the figures are upper bounds.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, microseconds: the time the thread actually ran. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> & { url?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
/** Top-level units of main-thread work: tasks, and the microtask checkpoints scheduler.yield() resumes in. */
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' as const },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** One top-level main-thread task and how much of it was Vigie's. */
export interface Task {
  /** Trace clock, microseconds. */
  start: number;
  durMs: number;
  /** The whole task when Vigie started it, else the sampled time of Vigie's frames in it. */
  vigieMs: number;
  /**
   * The same in thread (CPU) time: the task's CPU time times Vigie's share of it. Wall time also
   * counts the moments the thread waited for a core (on a 2-core machine, while the extension's
   * service worker classifies, for one); CPU time does not.
   */
  vigieCpuMs: number;
  startedByVigie: boolean;
  /** The content script's module evaluation (its startup, before any scan). */
  evaluation: boolean;
}

export interface Attribution {
  tasks: Task[];
  /** user-timing marks by name (trace clock, microseconds), from performance.mark() in the page. */
  marks: Map<string, number>;
}

interface Sample {
  ts: number;
  ms: number;
  vigie: boolean;
}

function isVigieUrl(url: unknown, prefix: string): boolean {
  return typeof url === 'string' && url.startsWith(prefix);
}

/** CPU samples of one thread, each flagged when a frame of Vigie's script is on its stack. */
function samplesOf(events: TraceEvent[], pid: number, tid: number, prefix: string): Sample[] {
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  // Profile chunks are emitted from the sampler thread: match them by profile id, not tid.
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && profileIds.has(e.id));
  const starts = new Map(events.filter((e) => e.name === 'Profile' && profileIds.has(e.id)).map((e) => [e.id, Number((e.args?.data as { startTime?: number })?.startTime ?? e.ts)]));
  const out: Sample[] = [];
  for (const id of profileIds) {
    const parent = new Map<number, number>();
    const vigieNode = new Map<number, boolean>();
    const raw: { node: number; ts: number }[] = [];
    let ts = starts.get(id) ?? 0;
    for (const chunk of chunks.filter((c) => c.id === id)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] }; timeDeltas?: number[] };
      for (const node of data.cpuProfile?.nodes ?? []) {
        if (node.parent !== undefined) parent.set(node.id, node.parent);
        vigieNode.set(node.id, isVigieUrl(node.callFrame.url, prefix));
      }
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i += 1) {
        ts += deltas[i] ?? 0;
        raw.push({ node: samples[i], ts });
      }
    }
    const onStack = new Map<number, boolean>();
    const isVigieStack = (node: number): boolean => {
      const known = onStack.get(node);
      if (known !== undefined) return known;
      const up = parent.get(node);
      const value = vigieNode.get(node) === true || (up !== undefined && isVigieStack(up));
      onStack.set(node, value);
      return value;
    };
    for (let i = 0; i < raw.length; i += 1) {
      const next = raw[i + 1]?.ts ?? raw[i].ts;
      out.push({ ts: raw[i].ts, ms: (next - raw[i].ts) / 1000, vigie: isVigieStack(raw[i].node) });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * The renderer main thread that evaluated Vigie's content script, its top-level tasks and how
 * much of each was Vigie's. `prefix` is the extension's origin, e.g. chrome-extension://ID/.
 */
export function attribute(events: TraceEvent[], prefix: string): Attribution {
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && isVigieUrl(e.args?.data?.url, prefix));
  if (!evaluation) throw new Error('the trace holds no evaluation of the content script: did it run on the page?');
  const { pid, tid } = evaluation;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  const entries = onThread.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && isVigieUrl(e.args?.data?.url, prefix));
  const samples = samplesOf(events, pid, tid, prefix);

  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of onThread.filter((x) => TOP_LEVEL.has(x.name)).sort((a, b) => a.ts - b.ts)) {
    if (e.ts >= end) {
      top.push(e);
      end = e.ts + (e.dur as number);
    }
  }

  // Outermost entries only (a FunctionCall may nest in another).
  const outer: TraceEvent[] = [];
  for (const e of entries.sort((x, y) => x.ts - y.ts)) {
    const last = outer[outer.length - 1];
    if (!last || e.ts >= last.ts + (last.dur as number)) outer.push(e);
  }
  const tasks: Task[] = [];
  let s = 0;
  let k = 0;
  for (const task of top) {
    const taskEnd = task.ts + (task.dur as number);
    while (k < outer.length && outer[k].ts < task.ts) k += 1;
    const inside: TraceEvent[] = [];
    for (let i = k; i < outer.length && outer[i].ts <= taskEnd; i += 1) inside.push(outer[i]);
    const enteredMs = inside.reduce((sum, e) => sum + (e.dur as number) / 1000, 0);
    const inEntry = (ts: number) => inside.some((e) => ts >= e.ts && ts <= e.ts + (e.dur as number));
    while (s < samples.length && samples[s].ts < task.ts) s += 1;
    let sampledMs = 0;
    for (let i = s; i < samples.length && samples[i].ts <= taskEnd; i += 1) {
      if (samples[i].vigie && !inEntry(samples[i].ts)) sampledMs += samples[i].ms;
    }
    const durMs = (task.dur as number) / 1000;
    const ownMs = Math.min(durMs, enteredMs + sampledMs);
    // Mostly ours: the whole task is (its GC, the style and layout our script forced). Otherwise
    // only our part: the page's task in which a listener or observer callback of ours ran.
    const startedByVigie = ownMs > 0 && ownMs >= durMs / 2;
    const vigieMs = startedByVigie ? durMs : ownMs;
    const cpuRatio = typeof task.tdur === 'number' && durMs > 0 ? Math.min(1, task.tdur / 1000 / durMs) : 1;
    tasks.push({ start: task.ts, durMs, vigieMs, vigieCpuMs: vigieMs * cpuRatio, startedByVigie, evaluation: inside.includes(evaluation) });
  }

  const marks = new Map<string, number>();
  for (const e of events) {
    if (e.cat?.includes('blink.user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')) marks.set(e.name, e.ts);
  }
  return { tasks, marks };
}

/** Vigie's work in tasks that started in [from, to) (trace clock, microseconds). */
export function vigieWork(tasks: Task[], from: number, to: number): { totalMs: number; totalCpuMs: number; longestTaskMs: number; tasks: number } {
  let totalMs = 0;
  let totalCpuMs = 0;
  let longestTaskMs = 0;
  let count = 0;
  for (const t of tasks) {
    if (t.start < from || t.start >= to || t.vigieMs === 0) continue;
    totalMs += t.vigieMs;
    totalCpuMs += t.vigieCpuMs;
    if (t.startedByVigie) longestTaskMs = Math.max(longestTaskMs, t.durMs);
    count += 1;
  }
  return { totalMs, totalCpuMs, longestTaskMs, tasks: count };
}
