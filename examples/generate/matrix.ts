/**
 * Integer matrices (rows × columns of öre) with given row and column sums, used to spread the
 * seed's per-group totals over units so that the per-unit totals come out exactly too.
 */
import { split, sum } from './exact';

/** Rows × columns of öre. */
export type Matrix = number[][];

/** Column sums. */
export function columnSums(m: Matrix, columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => sum(m.map((row) => row[c] ?? 0)));
}

/** Row sums. */
export function rowSums(m: Matrix): number[] {
  return m.map((row) => sum(row));
}

/**
 * Fill a matrix column by column: each column total is split over the rows by that column's
 * weights (weights[row][col], non-negative integers). Column sums are exact; row sums follow.
 */
export function splitColumns(columnTotals: readonly number[], weights: readonly (readonly number[])[], quantum: number): Matrix {
  const m: Matrix = weights.map((row) => row.map(() => 0));
  columnTotals.forEach((total, c) => {
    const w = weights.map((row) => row[c] ?? 0);
    if (total === 0 && w.every((x) => x === 0)) return;
    const parts = split(total, w, quantum);
    parts.forEach((p, r) => {
      const row = m[r];
      if (row) row[c] = p;
    });
  });
  return m;
}

/**
 * Make every row sum equal its target without changing any column sum: repeatedly move an amount
 * from the row with the largest surplus to the row with the largest shortfall, spread over the
 * columns by `transferWeights(from, to)` (zero for a column either row must not touch). The row
 * targets must add up to the matrix total. Each move settles at least one row.
 */
export function repairRows(
  m: Matrix,
  rowTargets: readonly number[],
  transferWeights: (to: number, from: number) => readonly number[],
  quantum: number,
): void {
  const residual = (): number[] => rowSums(m).map((s, r) => (rowTargets[r] ?? 0) - s);
  if (sum(residual()) !== 0) throw new Error('repairRows: row targets do not add up to the matrix total');
  for (let step = 0; step <= m.length; step++) {
    const r = residual();
    let to = 0;
    let from = 0;
    r.forEach((v, i) => {
      if (v > (r[to] ?? 0)) to = i;
      if (v < (r[from] ?? 0)) from = i;
    });
    const amount = Math.min(r[to] ?? 0, -(r[from] ?? 0));
    if (amount === 0) return;
    const parts = split(amount, transferWeights(to, from), quantum);
    const toRow = m[to];
    const fromRow = m[from];
    if (!toRow || !fromRow) throw new Error('repairRows: bad row');
    parts.forEach((p, c) => {
      toRow[c] = (toRow[c] ?? 0) + p;
      fromRow[c] = (fromRow[c] ?? 0) - p;
    });
  }
  throw new Error('repairRows: did not settle');
}

/**
 * Integer weights for a positive matrix with (approximately) the given row and column
 * magnitudes, by iterative proportional fitting of `seed`. Floating point is used only to shape
 * these dimensionless weights; the amounts are then split exactly by them.
 */
export function fittedWeights(seed: readonly (readonly number[])[], rowMagnitudes: readonly number[], columnMagnitudes: readonly number[]): number[][] {
  const x = seed.map((row) => row.map((v) => v));
  for (let iter = 0; iter < 200; iter++) {
    x.forEach((row, r) => {
      const s = row.reduce((a, b) => a + b, 0);
      const f = s > 0 ? (rowMagnitudes[r] ?? 0) / s : 0;
      row.forEach((_, c) => (row[c] = (row[c] ?? 0) * f));
    });
    columnMagnitudes.forEach((target, c) => {
      const s = x.reduce((a, row) => a + (row[c] ?? 0), 0);
      const f = s > 0 ? target / s : 0;
      x.forEach((row) => (row[c] = (row[c] ?? 0) * f));
    });
  }
  return x.map((row) => row.map((v) => (v > 0 ? Math.max(1, Math.round(v * 1e6)) : 0)));
}
