/** Platt scaling and threshold choice on held-out development rows (weighted). */

export interface Scored { z: number; y: 0 | 1; w: number; group: string }

/** Fits p = sigmoid(a z + b) by Newton's method on the weighted log-loss. */
export function platt(rows: Scored[]): { a: number; b: number } {
  let a = 1, b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const r of rows) {
      const p = 1 / (1 + Math.exp(-(a * r.z + b)));
      const d = (p - r.y) * r.w;
      const h = p * (1 - p) * r.w;
      ga += d * r.z; gb += d;
      haa += h * r.z * r.z; hab += h * r.z; hbb += h;
    }
    haa += 1e-9; hbb += 1e-9;
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** Weighted precision/recall/F1/FPR of the rule score >= t. */
export function figuresAt(rows: Array<{ s: number; y: 0 | 1; w: number }>, t: number) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    if (r.s >= t) { if (r.y) tp += r.w; else fp += r.w; }
    else if (r.y) fn += r.w; else tn += r.w;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const fpr = fp + tn > 0 ? fp / (fp + tn) : 0;
  return { precision, recall, f1, fpr };
}

/** Candidate thresholds: 0.01 .. 0.99. */
export const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * The threshold of best mean F1; with a tolerance, the highest (or the lowest, or the middle one)
 * of the thresholds whose F1 is within it of the best. Where the curve is flat, flag less when
 * flagging more buys nothing measurable (and the argmax of a flat curve jumps with any unrelated
 * change of features). {t: 0.5, f1: -1} if empty.
 */
export function pickThreshold(curve: Array<{ t: number; f1: number }>, tolerance = 0, pick: 'highest' | 'centre' | 'lowest' = 'highest'): { t: number; f1: number } {
  let best = { t: 0.5, f1: -1 };
  for (const c of curve) if (c.f1 > best.f1) best = c;
  const floor = best.f1 - tolerance;
  if (tolerance > 0 && pick === 'lowest') return curve.find((c) => c.f1 >= floor) ?? best;
  if (tolerance > 0 && pick === 'centre') {
    // The middle of the near-best thresholds: where the curve is flat, its ends jump with any
    // change of the model (hostility: 0.46, 0.61, 0.66 for three near-identical models).
    const near = curve.filter((c) => c.f1 >= floor);
    return near.length > 0 ? near[Math.floor((near.length - 1) / 2)] : best;
  }
  if (tolerance > 0) for (const c of curve) if (c.t > best.t && c.f1 >= floor) best = { t: c.t, f1: c.f1 };
  return best;
}
