import { lowerBound, type DailySeries } from "./daily-series";
import { horizonLabel, type Horizon } from "./horizon";

/**
 * Index of the first daily row: 0 for a series daily throughout, else the first row on or
 * after `series.dailyFrom` (rows before it are month-end values).
 *
 * @example
 * const growth = loadSeries("RU2000GPR").series; // month-end until 1993-05, daily from 1993-06-01
 * growth.dates[firstDailyIndex(growth)]; // "1993-06-01"
 */
export function firstDailyIndex(series: DailySeries): number {
  return series.dailyFrom === undefined ? 0 : lowerBound(series.dates, series.dailyFrom);
}

/**
 * True when a horizon can be measured from row `i`: calendar horizons always; a count of
 * trading days only from a daily row (counting rows from a month-end row would count months).
 *
 * @example
 * horizonCanStart(growth, 0, { tradingDays: 252 }); // false: 1978-12-31 is a month-end row
 * horizonCanStart(growth, 0, { calendar: { years: 1 } }); // true
 */
export function horizonCanStart(series: DailySeries, i: number, horizon: Horizon): boolean {
  return !("tradingDays" in horizon) || i >= firstDailyIndex(series);
}

/**
 * Throws unless {@link horizonCanStart}: the error names the series, the row and the fix (a
 * calendar horizon, or a start on or after the first daily row).
 *
 * @example
 * checkHorizonStart(growth, 0, { tradingDays: 252 });
 * // Error: "RU2000GPR 1978-12-31 is a month-end row (daily rows start 1993-06-01): ..."
 */
export function checkHorizonStart(series: DailySeries, i: number, horizon: Horizon): void {
  if (horizonCanStart(series, i, horizon)) return;
  throw new Error(
    `${series.id} ${series.dates[i]} is a month-end row (daily rows start ${series.dailyFrom}): a horizon of ` +
      `${horizonLabel(horizon)} (trading days) cannot be counted from it; use a calendar horizon ` +
      `(e.g. { calendar: { years: 1 } }) or start on or after ${series.dailyFrom}`,
  );
}
