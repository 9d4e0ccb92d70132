/** Trains one task: split, extract, weight, train, calibrate, choose thresholds, quantise. */
import type { Sensitivity } from '../../lib/types';
import { analyse, D, DENSE_NAMES, DI } from '../../lib/classify/features';
import { encodeBase64 } from '../../lib/classify/base64';
import { neverFlaggedCap, readsPlaces, type ModelFile } from '../../lib/classify/model';
import type { WordScoresFile } from '../../lib/classify/wordscores';
import { isConversation, priorLogit } from '../../lib/classify/rumour';
import { ruleScore } from '../../lib/classify/hostility';
import { extract, logit, train, type Linear } from './logreg';
import { figuresAt, GRID, pickThreshold, platt } from './calibrate';
import { mulberry32 } from './prng';
import { fitStage, type StageConfig } from './stage';
import { decodeStage, stageLogit, type StageFile } from '../../lib/classify/stage';
import type { Row } from './data';

export interface TaskConfig {
  task: 'hostility' | 'rumour';
  bits: number;
  seed: number;
  epochs: number;
  lr: number;
  l2: number;
  devFraction: number;
  /** Share of each source's total weight: sqrt of its size, so big sources count but do not dominate. */
  sourceWeight: (source: string, n: number) => number;
  denseMask: boolean[];
  nonPositive: boolean[];
  /** Factor on what the n-gram stage adds to the stage-1 weights (1 = as trained). */
  ngramShrink: number;
  /** Balanced threshold constraint: highest weighted FPR allowed on the dev rows of each of these sources. */
  fprCap: { groups: string[]; max: number } | null;
  /**
   * Share of positives assumed when choosing the balanced threshold (each dev source is reweighted
   * to it): one hostile comment in three is a heated thread, not a quiet one.
   */
  thresholdPrevalence: number;
  /** Balanced threshold: the highest one whose mean F1 is within this of the best (0 = the argmax). */
  thresholdTolerance: number;
  /** Within the tolerance: the highest threshold (rumours), the middle of them (hostility) or the lowest (a flag). */
  thresholdPick?: 'highest' | 'centre' | 'lowest';
  /** Training weights: classes balanced within each source, or each source's rows weighted alike. */
  balance: 'within' | 'none';
  /** Training weights balanced by event within a source (rumours: PHEME, RumourEval). */
  byEvent: boolean;
  /** With byEvent: weight of an event with one class only, relative to a mixed event. */
  singleClassEvent: number;
  /**
   * Run on the training rows and their weights before features are extracted (rumour: learns the
   * word scores that embed_mean / embed_max read, returned to ship in the model file).
   */
  prepare?: (train: Row[], weights: Float32Array) => WordScoresFile | undefined;
  /** Hostility: boosted trees after the linear stages, over the logit and a few dense features (lib/classify/stage.ts). */
  stage?: StageConfig;
  /**
   * Rows added to the training split only, after the split (hostility: the contrast templates of
   * contrast.ts): calibration and thresholds are still chosen on real comments. They train the
   * n-gram stage only: the lexicon and dense weights and the trees are learned from comments
   * (measured: with the templates in stage 1 too, Davidson held out lost 0.015 of ROC AUC, 0.009 so).
   */
  trainOnly?: Row[];
}

export interface TaskResult {
  file: ModelFile;
  dev: Row[];
  /** Calibrated scores of dev rows, for reporting. */
  devScores: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Seeded split, stratified by source and label. */
export function split(rows: Row[], fraction: number, seed: number): { train: Row[]; dev: Row[] } {
  const rand = mulberry32(seed);
  const trainRows: Row[] = [], dev: Row[] = [];
  for (const r of rows) (rand() < fraction ? dev : trainRows).push(r);
  return { train: trainRows, dev };
}

/**
 * Per (source, label) weights: each source gets sourceWeight(n); within it, classes are balanced.
 * With `byEvent`, a source's share is split equally among its events (rows without one form their
 * own), classes balanced within each event: a big event's base rate does not become the model's,
 * and an event with one class only (all rumours) weighs `singleClassEvent` of a mixed one.
 */
function rowWeights(rows: Row[], cfg: TaskConfig, balance: 'within' | 'none' = 'within', byEvent = false): Float32Array {
  const bySource = new Map<string, number>(), byKey = new Map<string, number>();
  const ev = (r: Row) => (byEvent ? `${r.source}|${r.event ?? ''}` : r.source);
  const eventsOf = new Map<string, Map<string, number>>();
  for (const r of rows) {
    bySource.set(r.source, (bySource.get(r.source) ?? 0) + 1);
    byKey.set(`${ev(r)}|${r.y}`, (byKey.get(`${ev(r)}|${r.y}`) ?? 0) + 1);
    const m = eventsOf.get(r.source) ?? new Map<string, number>();
    eventsOf.set(r.source, m);
    const k = ev(r);
    if (!m.has(k)) m.set(k, 0);
  }
  // Share of each event within its source: 1 for a mixed event, singleClassEvent for a one-class one.
  const eventShare = new Map<string, number>();
  for (const [s, m] of eventsOf) {
    let total = 0;
    for (const k of m.keys()) {
      const mixed = byKey.has(`${k}|0`) && byKey.has(`${k}|1`);
      const v = mixed ? 1 : cfg.singleClassEvent;
      m.set(k, v);
      total += v;
    }
    for (const [k, v] of m) eventShare.set(k, total > 0 ? v / total : 0);
    void s;
  }
  let total = 0;
  for (const [s, n] of bySource) total += cfg.sourceWeight(s, n);
  const w = new Float32Array(rows.length);
  rows.forEach((r, i) => {
    const k = ev(r);
    const classes = byKey.has(`${k}|${1 - r.y}`) ? 2 : 1;
    const share = cfg.sourceWeight(r.source, bySource.get(r.source)!) / total * (byEvent ? eventShare.get(k)! : 1);
    w[i] = balance === 'within'
      ? (share / classes / byKey.get(`${k}|${r.y}`)!) * rows.length
      : (share / bySource.get(r.source)!) * rows.length;
  });
  return w;
}

/**
 * Calibrated score of a text with the just-trained model, including the same rules as lib/classify
 * (`cap`: hostility, untargeted profanity; rumour, conversation without a claim). Thresholds are
 * chosen with cap 0 (those comments never flagged), then the caps are set as lib/classify applies
 * them: untargeted profanity between the high and balanced thresholds (raised to the high one:
 * `ruleScore`), a threat aimed at someone raised to the balanced one, a colour word alone and
 * conversation just below the high threshold.
 */
function scoreText(task: 'hostility' | 'rumour', z: number, a: number, b: number, cap: number | undefined, text: string, high = 0, balanced = 1): number {
  const lang = analyse(text);
  if (task === 'rumour') {
    // French rumours are scored from cues in lib/classify; the training data is English.
    const p = sigmoid(a * z + b + priorLogit());
    return cap !== undefined && lang !== 'fr' && isConversation() ? Math.min(p, cap) : p;
  }
  const p = sigmoid(a * z + b);
  return cap !== undefined ? ruleScore(p, cap, high, balanced) : p;
}

export function trainTask(rows: Row[], cfg: TaskConfig, log: (s: string) => void): TaskResult {
  const { train: trainRows, dev } = split(rows, cfg.devFraction, cfg.seed);
  if (cfg.trainOnly) trainRows.push(...cfg.trainOnly);
  log(`${cfg.task}: ${trainRows.length} training rows, ${dev.length} dev rows`);
  const all = [...trainRows, ...dev];
  const wTrain = rowWeights(trainRows, cfg, cfg.balance, cfg.byEvent);
  const wordScores = cfg.prepare?.(trainRows, wTrain);
  const X = extract(all.map((r) => r.text), cfg.bits, readsPlaces(cfg.task));
  const y = Uint8Array.from(all.map((r) => r.y));
  const weights = new Float32Array(all.length);
  weights.set(wTrain, 0);
  const trainIds = trainRows.map((_, i) => i);
  // Rows added for training only teach the n-gram stage (see TaskConfig.trainOnly).
  const ngramOnly = new Uint8Array(all.length);
  if (cfg.trainOnly) ngramOnly.fill(1, trainRows.length - cfg.trainOnly.length, trainRows.length);
  const trainOpts = {
    bits: cfg.bits, epochs: cfg.epochs, lr: cfg.lr, l2: cfg.l2, seed: cfg.seed, denseMask: cfg.denseMask, nonPositive: cfg.nonPositive,
    ngramShrink: cfg.ngramShrink, ngramOnly,
  };
  const model: Linear = train(X, trainIds, y, weights, trainOpts);

  // Quantise first, so calibration and thresholds are chosen for the weights that ship.
  let maxAbs = 0;
  for (const v of model.w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(model.w.length);
  for (let i = 0; i < q.length; i++) { q[i] = Math.round(model.w[i] / scale); model.w[i] = q[i] * scale; }

  const devW = rowWeights(dev, cfg);
  let devZ = dev.map((_, i) => logit(model, X, trainRows.length + i));
  let stage: StageFile | undefined;
  if (cfg.stage) {
    stage = fitStage(cfg.stage, X, trainRows.length, y, weights, trainOpts, log);
    const st = decodeStage(stage);
    devZ = devZ.map((z, i) => stageLogit(st, z, X.dense.subarray((trainRows.length + i) * D, (trainRows.length + i + 1) * D)));
  }
  const { a, b } = platt(dev.map((r, i) => ({ z: devZ[i], y: r.y, w: devW[i], group: r.source })));
  log(`${cfg.task}: Platt a=${a.toFixed(3)} b=${b.toFixed(3)}`);

  // Thresholds on calibrated dev scores (before the profanity cap, which depends on them).
  let devS = dev.map((r, i) => scoreText(cfg.task, devZ[i], a, b, cfg.task === 'rumour' ? 0 : undefined, r.text));
  const groups = [...new Set(dev.map((r) => r.source))];
  const mixed = groups.filter((g) => dev.some((r) => r.source === g && r.y === 1) && dev.some((r) => r.source === g && r.y === 0));
  const prev = cfg.thresholdPrevalence;
  const rowsOf = (g: string | null) =>
    dev.map((r, i) => ({ s: devS[i], y: r.y, w: devW[i] * 2 * (r.y ? prev : 1 - prev), g: r.source })).filter((r) => g === null || r.g === g);
  const curve: Array<{ t: number; f1: number }> = [];
  for (const t of GRID) {
    if (cfg.fprCap && cfg.fprCap.groups.some((g) => figuresAt(rowsOf(g), t).fpr > cfg.fprCap!.max)) continue;
    curve.push({ t, f1: mixed.reduce((s, g) => s + figuresAt(rowsOf(g), t).f1, 0) / Math.max(1, mixed.length) });
  }
  const best = pickThreshold(curve, cfg.thresholdTolerance, cfg.thresholdPick ?? 'highest');
  const balanced = best.t;
  // High and low sensitivities are defined on class-balanced dev rows: recall 0.9, precision 0.9.
  const evenRows = dev.map((r, i) => ({ s: devS[i], y: r.y, w: devW[i] }));
  let high = GRID.filter((t) => t <= balanced - 0.05 && figuresAt(evenRows, t).recall >= 0.9).pop() ?? Math.max(0.02, balanced - 0.15);
  high = Math.min(high, balanced - 0.05);
  const low = GRID.find((t) => t >= balanced + 0.05 && figuresAt(evenRows, t).precision >= 0.9) ?? Math.min(0.98, balanced + 0.2);
  const thresholds: Record<Sensitivity, number> = { low, balanced, high };
  const profanityCap = cfg.task === 'hostility' ? (balanced + high) / 2 : undefined;
  // Rumours: the same value as conversationCap() in lib/classify/rumour.ts (below high: never flagged).
  const ruleCap = profanityCap ?? neverFlaggedCap(high);
  devS = dev.map((r, i) => scoreText(cfg.task, devZ[i], a, b, ruleCap, r.text, high, balanced));
  log(`${cfg.task}: thresholds low=${low} balanced=${balanced} high=${high.toFixed(3)} (mean per-source balanced F1 ${best.f1.toFixed(3)})`);

  // Dense features the task never uses are left off the end of the list: adding a feature for one
  // model does not change the other's file (lib/classify/model.ts reads a prefix).
  let used = D;
  while (used > 1 && !cfg.denseMask[used - 1]) used--;
  const dense = Array.from(model.dense.subarray(0, used), (v) => Math.round(v * 1e5) / 1e5);
  const file: ModelFile = {
    format: 'vigie-linear-1',
    task: cfg.task,
    bits: cfg.bits,
    scale,
    weights: encodeBase64(new Uint8Array(q.buffer)),
    denseNames: DENSE_NAMES.slice(0, used),
    dense,
    calibration: { a, b },
    thresholds,
    ...(profanityCap !== undefined ? { profanityCap } : {}),
    ...(wordScores ? { wordScores } : {}),
    ...(stage ? { stage } : {}),
    meta: {
      seed: cfg.seed,
      epochs: cfg.epochs,
      ngramShrink: cfg.ngramShrink,
      trainedRows: trainRows.length,
      devRows: dev.length,
      sources: Object.fromEntries(groups.map((g) => [g, all.filter((r) => r.source === g).length])),
      strongestDense: DENSE_NAMES.slice(0, used).map((n, i) => [n, dense[i]] as const).filter(([, v]) => v !== 0)
        .sort((x, y2) => Math.abs(y2[1]) - Math.abs(x[1])).slice(0, 12),
    },
  };
  if (D !== DENSE_NAMES.length || DI.bias !== 0) throw new Error('dense feature layout changed');
  return { file, dev, devScores: devS };
}
