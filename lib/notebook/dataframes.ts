import * as aq from "arquero";
import type { DataFrame } from "danfojs-node";
import { displayBundle } from "./display";
import { tableHtml, type ShowTableOptions } from "./tables";

// danfojs-node loads TensorFlow.js (two to five seconds): load it only when a reader asks for a
// DataFrame, so a study that never does pays nothing (test/notebook/dataframes.test.ts checks it).
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

/** How a DataFrame is shown: a table's options, and a heading for its index column. */
export interface ShowDataFrameOptions extends ShowTableOptions {
  /** Heading of the index column (describe()'s statistics, a groupby's row numbers); default "". */
  index?: string;
  /** Leave the index out (a groupby result, whose index is only row numbers). */
  dropIndex?: boolean;
}

/**
 * A danfo.js DataFrame (a describe(), a groupby, a query) as the kit's escaped HTML table, its
 * index as the first column, so pandas-style results look like every other table in a report.
 *
 * @example
 * dataFrameHtml(df.describe(), { index: "statistic", caption: "The cases, described" });
 */
export function dataFrameHtml(df: DataFrame, options: ShowDataFrameOptions = {}): string {
  const table = fromDataFrame(df);
  const withIndex = options.dropIndex ? table : aq.table({ [options.index ?? ""]: df.index.map(String) }).assign(table);
  return tableHtml(withIndex, options);
}

/**
 * Shows a danfo.js DataFrame in the notebook as an HTML table (with a plain-text copy).
 *
 * @example
 * showDataFrame(df.groupby(["decade"]).agg({ return_pct: ["mean", "count"] }), { dropIndex: true });
 */
export function showDataFrame(df: DataFrame, options: ShowDataFrameOptions = {}): void {
  displayBundle({ "text/html": dataFrameHtml(df, options), "text/plain": df.toString() });
}
