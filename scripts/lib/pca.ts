/**
 * Principal components of a small dense matrix (rows x d, d about 100): the covariance, then its
 * eigenvectors (ml-matrix's symmetric eigen-decomposition).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

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
  const eig = new EigenvalueDecomposition(new Matrix(cov.map((r) => Array.from(r))), { assumeSymmetric: true });
  const values = eig.realEigenvalues;
  const vectors = eig.eigenvectorMatrix;
  const order = values.map((v, i) => [v, i] as const).sort((p, q) => q[0] - p[0]).map(([, i]) => i);
  const total = values.reduce((s, v) => s + v, 0);
  const components = order.slice(0, k).map((i) => Float64Array.from(vectors.getColumn(i)));
  return { mean, components, explained: order.slice(0, k).map((i) => values[i] / total) };
}
