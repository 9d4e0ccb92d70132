/**
 * Chromium trace recording and the attribution of main-thread work to Vigie's content script.
 *
 * Why a trace: the content script runs in an isolated world on the page's own main thread, so the
 * page's performance entries cannot tell its work from the page's. The trace records every task of
 * the renderer's main thread (toplevel RunTask, with the style, layout and GC done inside it), the
 * JS entry points with their script URL (FunctionCall, EvaluateScript: devtools.timeline) and CPU
 * profile samples with their stacks (v8.cpu_profiler). A task is Vigie's when Vigie's script
 * started it (an entry point with the extension's URL, or a task whose JavaScript is mostly
 * Vigie's: scheduler.yield and promise continuations have no entry event of their own, only
 * samples); its whole duration then counts, GC and forced layout included. In any other task only
 * the sampled time of Vigie's frames counts (a page task whose DOM change runs our
 * MutationObserver callback at its microtask checkpoint). The sampler adds some overhead to the
 * JavaScript it measures: the figures are upper bounds.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> & { url?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
const TASK = 'ThreadControllerImpl::RunTask';

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => {
    for (const v of e.value) events.push(v);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
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
  for (const e of onThread.filter((x) => x.name === TASK).sort((a, b) => a.ts - b.ts)) {
    if (e.ts >= end) {
      top.push(e);
      end = e.ts + (e.dur as number);
    }
  }

  const tasks: Task[] = [];
  let s = 0;
  let k = 0;
  const sortedEntries = entries.sort((a, b) => a.ts - b.ts);
  for (const task of top) {
    const taskEnd = task.ts + (task.dur as number);
    while (s < samples.length && samples[s].ts < task.ts) s += 1;
    let vigieSampled = 0;
    let jsSampled = 0;
    for (let i = s; i < samples.length && samples[i].ts <= taskEnd; i += 1) {
      jsSampled += samples[i].ms;
      if (samples[i].vigie) vigieSampled += samples[i].ms;
    }
    while (k < sortedEntries.length && sortedEntries[k].ts < task.ts) k += 1;
    let entered = false;
    let evaluated = false;
    for (let i = k; i < sortedEntries.length && sortedEntries[i].ts <= taskEnd; i += 1) {
      entered = true;
      if (sortedEntries[i] === evaluation) evaluated = true;
    }
    const durMs = (task.dur as number) / 1000;
    const startedByVigie = entered || (vigieSampled > 0 && vigieSampled >= jsSampled / 2);
    tasks.push({ start: task.ts, durMs, vigieMs: startedByVigie ? durMs : Math.min(durMs, vigieSampled), startedByVigie, evaluation: evaluated });
  }

  const marks = new Map<string, number>();
  for (const e of events) {
    if (e.cat?.includes('blink.user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')) marks.set(e.name, e.ts);
  }
  return { tasks, marks };
}

/** Vigie's work in tasks that started in [from, to) (trace clock, microseconds). */
export function vigieWork(tasks: Task[], from: number, to: number): { totalMs: number; longestTaskMs: number; tasks: number } {
  let totalMs = 0;
  let longestTaskMs = 0;
  let count = 0;
  for (const t of tasks) {
    if (t.start < from || t.start >= to || t.vigieMs === 0) continue;
    totalMs += t.vigieMs;
    if (t.startedByVigie) longestTaskMs = Math.max(longestTaskMs, t.durMs);
    count += 1;
  }
  return { totalMs, longestTaskMs, tasks: count };
}
