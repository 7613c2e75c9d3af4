/**
 * The statistics of a two-parameter sweep as grids, one per named field, indexed [row][column]
 * (rows = the first parameter's values, as a Plotly heatmap's z). `rowCells(row)` does the work
 * the row's cells share once, then gives each column's statistics.
 *
 * @example
 * sweepGrids(["product"], [1, 2], [10, 20], (r) => (c) => ({ product: r * c })); // { product: [[10, 20], [20, 40]] }
 */
export function sweepGrids<Row, Column, Field extends string>(
  fields: readonly Field[],
  rows: readonly Row[],
  columns: readonly Column[],
  rowCells: (row: Row) => (column: Column) => Record<Field, number>,
): Record<Field, number[][]> {
  return gridsByRow(fields, rows, (row) => {
    const cells = columns.map(rowCells(row));
    return Object.fromEntries(fields.map((field) => [field, cells.map((cell) => cell[field])])) as Record<Field, number[]>;
  });
}

/**
 * Grids as sweepGrids gives them, built a whole row at a time: `rowLines(row)` returns, for each
 * field, that row's values across the columns. For sweeps with many cells, where an object per
 * cell would cost more than the statistics. Each row's lines are taken before the next
 * `rowLines` call, so rows may reuse one set of buffers.
 *
 * @example
 * gridsByRow(["sum", "product"], [1, 2], (r) => ({ sum: [r + 10, r + 20], product: [r * 10, r * 20] }));
 * // { sum: [[11, 21], [12, 22]], product: [[10, 20], [20, 40]] }
 */
export function gridsByRow<Row, Field extends string>(
  fields: readonly Field[],
  rows: readonly Row[],
  rowLines: (row: Row) => Record<Field, number[]>,
): Record<Field, number[][]> {
  const grids = Object.fromEntries(fields.map((field) => [field, [] as number[][]])) as Record<Field, number[][]>;
  for (const row of rows) {
    const lines = rowLines(row);
    for (const field of fields) grids[field].push(lines[field]);
  }
  return grids;
}

/**
 * A sweep's axis: from, from + step, ... up to `to` (inclusive when it falls on a step).
 * Whole-number steps give exact values; scale afterwards (percent to fractions) if needed.
 *
 * @example
 * gridSteps(50, 300, 10); // [50, 60, ..., 300]
 * gridSteps(15, 50, 10).map((v) => v / 100); // [0.15, 0.25, 0.35, 0.45]
 */
export function gridSteps(from: number, to: number, step: number): number[] {
  if (!(step > 0) || !Number.isFinite(step)) throw new Error(`step ${step}: must be a positive number, e.g. 5`);
  if (!(from <= to)) throw new Error(`from ${from} is after to ${to}: swap them`);
  return Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);
}
