import * as aq from "arquero";
import type { DataFrame } from "danfojs-node";

// danfojs-node loads TensorFlow.js (about a second): load it only when a reader asks for a DataFrame.
function danfo(): typeof import("danfojs-node") {
  return require("danfojs-node") as typeof import("danfojs-node");
}

/**
 * A danfo.js DataFrame view of an arquero table or of result rows, for readers who think in
 * pandas (`df.head()`, `df.describe()`, `df.groupby(...)`).
 *
 * @example
 * const df = toDataFrame(reclaimTable);
 * df.describe().print();
 */
export function toDataFrame(rows: aq.ColumnTable | readonly object[]): DataFrame {
  const objects = Array.isArray(rows) ? (rows as object[]) : (rows as aq.ColumnTable).objects();
  if (objects.length === 0) throw new Error("toDataFrame: the table has no rows (danfo.js cannot build an empty DataFrame); filter less or check the input");
  return new (danfo().DataFrame)(objects);
}

/**
 * An arquero table from a danfo.js DataFrame, so results made with danfo feed back into the
 * library's transforms.
 *
 * @example
 * const table = fromDataFrame(df.query(df["close"].gt(2000)));
 */
export function fromDataFrame(df: DataFrame): aq.ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const name of df.columns) columns[name] = df[name].values as unknown[];
  return aq.table(columns);
}
