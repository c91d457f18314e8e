import { CholeskyDecomposition, Matrix } from 'ml-matrix';

/**
 * The (observed, possibly penalised) information matrix −H: its Cholesky factor, solves and
 * inverse, on ml-matrix.
 *
 * Columns are first scaled to unit diagonal (A = S B S, S = diag(1/√a_jj)) so that the
 * singularity test does not depend on the units of the covariates: a pivot of the scaled
 * matrix below 1e-10 means that column is, to working precision, a combination of the ones
 * before it.
 */

const PIVOT_FLOOR = 1e-10;

export type InformationFactor =
  | { ok: true; solve(b: readonly number[]): number[]; inverse(): number[][] }
  | { ok: false /** First column found dependent on the earlier ones. */; column: number };

export function factorInformation(a: readonly (readonly number[])[]): InformationFactor {
  const size = a.length;
  const scale = a.map((row, j) => {
    const diagonal = row[j] ?? 0;
    return diagonal > 0 && Number.isFinite(diagonal) ? 1 / Math.sqrt(diagonal) : Number.NaN;
  });
  const bad = scale.findIndex((s) => Number.isNaN(s));
  if (bad >= 0) return { ok: false, column: bad };
  const scaled = new Matrix(size, size);
  for (let r = 0; r < size; r++) {
    for (let c = r; c < size; c++) {
      const value = (scale[r] ?? 0) * (a[r]?.[c] ?? 0) * (scale[c] ?? 0);
      scaled.set(r, c, value);
      scaled.set(c, r, value);
    }
  }
  const cholesky = new CholeskyDecomposition(scaled);
  const L = cholesky.lowerTriangularMatrix;
  for (let j = 0; j < size; j++) {
    const pivot = L.get(j, j);
    if (!(pivot * pivot > PIVOT_FLOOR) || !Number.isFinite(pivot)) return { ok: false, column: j };
  }
  const solveColumns = (b: Matrix): Matrix => {
    const x = cholesky.solve(b);
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < x.columns; c++) x.set(r, c, x.get(r, c) * (scale[r] ?? 0));
    }
    return x;
  };
  return {
    ok: true,
    solve(b) {
      const rhs = Matrix.columnVector(b.map((value, r) => value * (scale[r] ?? 0)));
      return solveColumns(rhs).getColumn(0);
    },
    inverse() {
      const rhs = Matrix.diag(scale as number[]);
      const inv = solveColumns(rhs).to2DArray();
      // Symmetrise exactly: the two triangles differ only by rounding.
      for (let r = 0; r < size; r++) {
        for (let c = r + 1; c < size; c++) {
          const mean = ((inv[r]?.[c] ?? 0) + (inv[c]?.[r] ?? 0)) / 2;
          (inv[r] ?? [])[c] = mean;
          (inv[c] ?? [])[r] = mean;
        }
      }
      return inv;
    },
  };
}
