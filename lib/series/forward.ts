import { checkIndex } from "./checks";
import type { DailySeries } from "./daily-series";
import { checkHorizonStart, firstDailyIndex } from "./daily-from";
import { checkHorizon, horizonEndIndex, type Horizon } from "./horizon";

/**
 * The return from a start row over a horizon. When the horizon ends past the data's last
 * row the outcome is open: `value` is null and `toDate` holds the return so far, so an
 * unfinished outcome is never averaged with complete ones by mistake.
 */
export interface ForwardReturn {
  startIndex: number;
  /** The horizon's last row, or the data's last row when open. */
  endIndex: number;
  /** The return over the full horizon (fraction), or null when open. */
  value: number | null;
  /** The return from the start row to `endIndex` (equals `value` when complete). */
  toDate: number;
  open: boolean;
}

/**
 * The forward return from row `i` over any horizon: `n` trading days (close[i+n] / close[i]
 * - 1), or a calendar period ending on the first trading day on or after dates[i] plus it.
 * A trading-day horizon from a month-end row (before `series.dailyFrom`) throws: use a
 * calendar horizon there.
 *
 * @example
 * forwardReturn(series, i, { tradingDays: 252 }).value; // null when i + 252 is past the end
 * forwardReturn(series, i, { calendar: { years: 1 } }); // "one year later" on a calendar
 */
export function forwardReturn(series: DailySeries, i: number, horizon: Horizon): ForwardReturn {
  checkIndex(i, series.close.length, "start index");
  checkHorizonStart(series, i, horizon);
  return outcome(series.close, i, horizonEndIndex(series.dates, i, horizon));
}

/**
 * Forward returns over `n` trading days for every row; the last n rows, whose horizon is
 * past the end, are NaN. Given a series with month-end rows (`dailyFrom`), those rows are NaN
 * too: n rows from a month-end row are not n trading days.
 *
 * @example
 * forwardReturns(Float64Array.of(100, 110, 121), 1); // [0.1, 0.1, NaN]
 * forwardReturns(loadSeries("RU2000GPR").series, 252); // NaN before 1993-06-01
 */
export function forwardReturns(closeOrSeries: Float64Array | DailySeries, n: number): Float64Array {
  checkHorizon({ tradingDays: n });
  const series = closeOrSeries instanceof Float64Array ? undefined : closeOrSeries;
  const close = series ? series.close : (closeOrSeries as Float64Array);
  const out = new Float64Array(close.length).fill(NaN);
  for (let i = series ? firstDailyIndex(series) : 0; i + n < close.length; i++) out[i] = close[i + n] / close[i] - 1;
  return out;
}

function outcome(close: Float64Array, i: number, end: number): ForwardReturn {
  if (end < close.length) {
    const value = close[end] / close[i] - 1;
    return { startIndex: i, endIndex: end, value, toDate: value, open: false };
  }
  const last = close.length - 1;
  return { startIndex: i, endIndex: last, value: null, toDate: close[last] / close[i] - 1, open: true };
}
