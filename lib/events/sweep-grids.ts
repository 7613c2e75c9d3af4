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
  const grids = Object.fromEntries(fields.map((field) => [field, [] as number[][]])) as Record<Field, number[][]>;
  for (const row of rows) {
    const cells = columns.map(rowCells(row));
    for (const field of fields) grids[field].push(cells.map((cell) => cell[field]));
  }
  return grids;
}
