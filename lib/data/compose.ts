import { lowerBound, type DailySeries } from "../series/daily-series";

/** A series joined from two by {@link chainByDailyReturns}, with what the join did. */
export interface ChainedSeries {
  series: DailySeries;
  /** after's close / before's close on the join date: the factor applied to before's levels. */
  scale: number;
  /** Rows taken from each side. */
  beforeRows: number;
  afterRows: number;
}

/**
 * Joins two series of the same index: `after`'s closes from `join` on, unchanged, and before
 * it `before`'s daily returns chained back from `after`'s close on the join date (so level =
 * after(join) x before(t) / before(join), on `after`'s scale). Both must have a row on the join
 * date; the result is close only, and keeps `before`'s `dailyFrom` (if it has month-end rows).
 *
 * @example
 * const long = chainByDailyReturns(ru2000pr, rut, "1987-09-10", "RUT_LONG");
 * long.series.close[long.beforeRows]; // RUT's close on 1987-09-10
 */
export function chainByDailyReturns(before: DailySeries, after: DailySeries, join: string, id: string): ChainedSeries {
  const b = lowerBound(before.dates, join);
  const a = lowerBound(after.dates, join);
  const fix = `choose a join date both have (data/catalog.json compose.join)`;
  if (before.dates[b] !== join) throw new Error(`${id}: ${before.id} has no row on the join date ${join}; ${fix}`);
  if (after.dates[a] !== join) throw new Error(`${id}: ${after.id} has no row on the join date ${join}; ${fix}`);
  const scale = after.close[a] / before.close[b];
  const dates = [...before.dates.slice(0, b), ...after.dates.slice(a)];
  const close = new Float64Array(dates.length);
  for (let i = 0; i < b; i++) close[i] = before.close[i] * scale;
  close.set(after.close.subarray(a), b);
  const series: DailySeries = { id, dates, close };
  if (before.dailyFrom !== undefined && b > 0 && before.dates[0] < before.dailyFrom) {
    series.dailyFrom = before.dailyFrom < join ? before.dailyFrom : join;
  }
  return { series, scale, beforeRows: b, afterRows: after.dates.length - a };
}
