/**
 * Classifier speed on real comment text from ../shared/data, in Node, one thread.
 * Line 1 (contract): {"bench":"classify","commentsPerSecond","p99Micros","weightsKB","loadMs"} for the
 * scoring path (classify(): scores, levels, sub-labels). Line 2: explanations, computed on demand
 * for flagged comments only: {"bench":"classify-explain","explainsPerSecond","p99Micros","n"}.
 * Throughput is per CPU-second of this process; p99 is wall-clock per call (inflated on a busy machine).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const weightsDir = path.join(repoRoot, 'lib/classify/weights');
const dataDir = path.resolve(repoRoot, '../shared/data');

function loadTexts(): string[] {
  const texts: string[] = [];
  for (const f of ['hostility.jsonl', 'brand_traffic.jsonl', 'rumour.jsonl']) {
    for (const line of readFileSync(path.join(dataDir, f), 'utf8').split('\n')) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  // Deterministic interleave so languages and sources are mixed as on a real page.
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++) out.push(texts[(i * 7919) % texts.length]);
  return out;
}

const p99 = (xs: number[]) => {
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))];
};

export async function run(): Promise<object[]> {
  const t0 = performance.now();
  const lib = await import('../../lib/classify/index');
  const importMs = performance.now() - t0;
  // The import may have happened earlier in this process: also time the work it does, explicitly.
  const { decodeModel } = await import('../../lib/classify/model');
  const files = readdirSync(weightsDir).filter((f) => f.endsWith('.json'));
  const raw = files.map((f) => readFileSync(path.join(weightsDir, f), 'utf8'));
  const t1 = performance.now();
  for (const r of raw) decodeModel(JSON.parse(r));
  const decodeMs = performance.now() - t1;
  const weightsKB = files.reduce((s, f) => s + statSync(path.join(weightsDir, f)).size, 0) / 1024;

  const texts = loadTexts();
  for (let i = 0; i < Math.min(texts.length, 20000); i++) lib.classify(texts[i]); // warm-up (JIT)

  // Throughput: whole passes over the texts for at least two seconds of this process's CPU time
  // (CPU time, not wall time, so that other work on a shared machine does not count against it;
  // the scoring path is synchronous and single-threaded).
  let n = 0;
  const cpu0 = process.cpuUsage();
  let cpuMs = 0;
  while (cpuMs < 2000) {
    for (let i = 0; i < texts.length; i++) lib.classify(texts[i]);
    n += texts.length;
    const c = process.cpuUsage(cpu0);
    cpuMs = (c.user + c.system) / 1000;
  }
  const commentsPerSecond = Math.round((n / cpuMs) * 1000);

  // Latency per call.
  const lat: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const a = performance.now();
    lib.classify(texts[i]);
    lat.push((performance.now() - a) * 1000);
  }

  // Explanations for flagged comments only.
  const flagged = texts.filter((t) => {
    const v = lib.classify(t);
    return v.hostility.flagged || v.rumour.flagged;
  }).slice(0, 20000);
  for (const t of flagged.slice(0, 2000)) lib.explain(t);
  const elat: number[] = [];
  const es = performance.now();
  for (const t of flagged) {
    const a = performance.now();
    lib.explain(t);
    elat.push((performance.now() - a) * 1000);
  }
  const eElapsed = performance.now() - es;

  return [
    {
      bench: 'classify',
      commentsPerSecond,
      p99Micros: Math.round(p99(lat) * 10) / 10,
      weightsKB: Math.round(weightsKB),
      // Weights load = parse + decode of the shipped weight files (what the content script does at import).
      loadMs: Math.round(decodeMs * 10) / 10,
      // First import of the whole module under tsx (includes transpiling TypeScript and compiling lexicons).
      importMs: Math.round(importMs),
    },
    {
      bench: 'classify-explain',
      explainsPerSecond: Math.round((flagged.length / eElapsed) * 1000),
      p99Micros: Math.round(p99(elat) * 10) / 10,
      n: flagged.length,
    },
  ];
}
