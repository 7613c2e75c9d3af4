import * as aq from "arquero";

/**
 * One daily market series in column form: ascending unique ISO dates and numeric columns
 * aligned with them. Transforms read these typed arrays; tables are for joins and display.
 *
 * @example
 * const s: DailySeries = { id: "RUT", dates: ["2025-01-02"], close: Float64Array.of(2200) };
 */
export interface DailySeries {
  /** Catalog id of the series, e.g. "RUT". */
  id: string;
  /** Exchange dates, "YYYY-MM-DD", strictly ascending. */
  dates: string[];
  close: Float64Array;
  open?: Float64Array;
  high?: Float64Array;
  low?: Float64Array;
  /** Shares traded; NaN where not recorded (rows appended from an archive without volume). */
  volume?: Float64Array;
  /**
   * First date of daily rows when the earlier rows are month-end values (FRED's Russell 2000
   * Growth and Value before 1993-06): a trading-day horizon cannot start before it (see
   * lib/series/daily-from.ts). Absent: daily throughout.
   */
  dailyFrom?: string;
}

/** The optional columns a DailySeries may carry, in table order. */
export const OPTIONAL_COLUMNS = ["open", "high", "low", "volume"] as const;

/**
 * The series as an arquero table with columns date, close[, open, high, low, volume].
 *
 * @example
 * seriesToTable(series).filter((d) => d.date >= "2025-01-01").print();
 */
export function seriesToTable(series: DailySeries): aq.ColumnTable {
  const columns: Record<string, ArrayLike<unknown>> = { date: series.dates, close: series.close };
  for (const name of OPTIONAL_COLUMNS) {
    const values = series[name];
    if (values) columns[name] = values;
  }
  return aq.table(columns);
}

/**
 * The part of a series whose dates fall in [from, to] (either bound may be omitted); it keeps
 * `dailyFrom` while it still starts on month-end rows.
 *
 * @example
 * sliceByDate(rut, "2025-01-01", "2025-12-31").dates.length; // trading days of 2025
 */
export function sliceByDate(series: DailySeries, from?: string, to?: string): DailySeries {
  const { start, end } = dateRows(series.dates, from, to);
  const out: DailySeries = { id: series.id, dates: series.dates.slice(start, end), close: series.close.slice(start, end) };
  if (series.dailyFrom !== undefined && out.dates.length > 0 && out.dates[0] < series.dailyFrom) out.dailyFrom = series.dailyFrom;
  for (const name of OPTIONAL_COLUMNS) {
    const values = series[name];
    if (values) out[name] = values.slice(start, end);
  }
  return out;
}

/**
 * The rows [start, end) whose dates fall in [from, to] (either bound may be omitted); start >=
 * end when none does.
 *
 * @example
 * dateRows(["2025-01-02", "2025-01-03", "2025-01-06"], "2025-01-03"); // { start: 1, end: 3 }
 */
export function dateRows(dates: readonly string[], from?: string, to?: string): { start: number; end: number } {
  return {
    start: from === undefined ? 0 : lowerBound(dates, from),
    end: to === undefined ? dates.length : upperBound(dates, to),
  };
}

/**
 * Index of the first entry >= `value` in an ascending array (its length when there is none):
 * on dates, the trading day "on or after" a calendar date.
 *
 * @example
 * lowerBound(["2025-01-02", "2025-01-03"], "2025-01-01"); // 0
 */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < value);
}

/**
 * Index of the first entry > `value` in an ascending array (its length when there is none):
 * where `value` would be inserted after its equals.
 *
 * @example
 * upperBound(["2025-01-02", "2025-01-03"], "2025-01-02"); // 1
 */
export function upperBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  return partitionPoint(sorted.length, (i) => sorted[i] <= value);
}

/** Binary search: the first index in [0, length) where `before` is false, `before` being true on a prefix. */
function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The part of a column aligned with `series` (e.g. its moving average) whose dates fall in
 * [from, to]: slices the same rows sliceByDate keeps, so the two stay aligned.
 *
 * @example
 * const zoom = sliceByDate(rut, "2024-07-01", "2025-09-30");
 * const zoomAverage = sliceColumnByDate(rut, rollingMean(rut.close, 200), "2024-07-01", "2025-09-30");
 */
export function sliceColumnByDate(series: DailySeries, column: Float64Array, from?: string, to?: string): Float64Array {
  if (column.length !== series.dates.length) {
    throw new Error(`column of ${column.length} values is not aligned with ${series.id} (${series.dates.length} rows): compute it from the same series`);
  }
  const { start, end } = dateRows(series.dates, from, to);
  return column.slice(start, end);
}
