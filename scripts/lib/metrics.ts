/** Binary classification figures. A figure that cannot be computed is null. */
export interface BinaryFigures {
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  fpr: number | null;
  auc: number | null;
}

const round = (x: number | null) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10000) / 10000);

/** `predicted` is the decision at the chosen threshold; `score` ranks for ROC AUC. */
export function binaryFigures(rows: Array<{ positive: boolean; predicted: boolean; score: number }>): BinaryFigures {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    if (r.predicted && r.positive) tp++;
    else if (r.predicted) fp++;
    else if (r.positive) fn++;
    else tn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null ? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) : null;
  const fpr = fp + tn > 0 ? fp / (fp + tn) : null;
  return { n: rows.length, precision: round(precision), recall: round(recall), f1: round(f1), fpr: round(fpr), auc: round(rocAuc(rows)) };
}

/** ROC AUC by the rank-sum (Mann-Whitney) formula, ties counted half. Null without both classes. */
export function rocAuc(rows: Array<{ positive: boolean; score: number }>): number | null {
  const pos = rows.filter((r) => r.positive).length;
  const neg = rows.length - pos;
  if (pos === 0 || neg === 0) return null;
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let rankSumPos = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].score === sorted[i].score) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (sorted[k].positive) rankSumPos += avgRank;
    i = j + 1;
  }
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Groups rows by a key and computes figures for each group. */
export function figuresBy<T extends { positive: boolean; predicted: boolean; score: number }>(
  rows: T[],
  key: (r: T) => string,
): Record<string, BinaryFigures> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  const out: Record<string, BinaryFigures> = {};
  for (const k of [...groups.keys()].sort()) out[k] = binaryFigures(groups.get(k)!);
  return out;
}
