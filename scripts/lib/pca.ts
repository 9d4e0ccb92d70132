/**
 * Principal components of a small dense matrix (rows x d, d about 100): the covariance, then its
 * eigenvectors by cyclic Jacobi rotations (exact enough for d of a few hundred, no dependency).
 */
export interface Pca {
  mean: Float64Array;
  /** k components, each of length d, by decreasing variance. */
  components: Float64Array[];
  /** Share of the total variance each kept component explains. */
  explained: number[];
}

export function pca(rows: ArrayLike<number>[], d: number, k: number): Pca {
  const n = rows.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / n;
  const cov = Array.from({ length: d }, () => new Float64Array(d));
  const x = new Float64Array(d);
  for (const r of rows) {
    for (let j = 0; j < d; j++) x[j] = r[j] - mean[j];
    for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[a][b] += (x[a] * x[b]) / n;
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a][b] = cov[b][a];
  const { values, vectors } = jacobi(cov);
  const order = values.map((v, i) => [v, i] as const).sort((p, q) => q[0] - p[0]).map(([, i]) => i);
  const total = values.reduce((s, v) => s + v, 0);
  const components = order.slice(0, k).map((i) => Float64Array.from(vectors, (row) => row[i]));
  return { mean, components, explained: order.slice(0, k).map((i) => values[i] / total) };
}

/** Eigen-decomposition of a symmetric matrix: values and the eigenvectors as the columns of `vectors`. */
function jacobi(m: Float64Array[]): { values: number[]; vectors: Float64Array[] } {
  const d = m.length;
  const a = m.map((r) => Float64Array.from(r));
  const v = Array.from({ length: d }, (_, i) => { const r = new Float64Array(d); r[i] = 1; return r; });
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p][q] * a[p][q];
    if (off < 1e-22) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k][p], akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p][k], aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k][p], vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((r, i) => r[i]), vectors: v };
}
