import { checkNonNegative } from "../../series/checks";
import { dateRows, lowerBound, type DailySeries } from "../../series/daily-series";

/**
 * One trading day's close and its move from the previous close.
 *
 * @example
 * dailyMove(rut, "2025-07-31").change; // -0.0093
 */
export interface DailyMove {
  index: number;
  date: string;
  close: number;
  /** The previous trading day, or null on the first row of data. */
  previousDate: string | null;
  previousClose: number | null;
  /** close / previousClose - 1 as a fraction (-0.009 = -0.9%), or null on the first row. */
  change: number | null;
}

/**
 * The close of the trading day `date` and its move from the day before. A date that is not a
 * trading day of the series is an error naming the trading days around it.
 *
 * @example
 * dailyMove(rut, "2025-07-31"); // { date: "2025-07-31", close: 2211.65, previousDate: "2025-07-30", change: -0.0093, ... }
 */
export function dailyMove(series: DailySeries, date: string): DailyMove {
  const i = lowerBound(series.dates, date);
  if (series.dates[i] !== date) {
    const before = i > 0 ? series.dates[i - 1] : "none";
    const after = i < series.dates.length ? series.dates[i] : "none";
    throw new Error(`${series.id}: ${date} is not a trading day in the data (the days around it: ${before} and ${after}); pass one of those`);
  }
  return moveAt(series, i);
}

/**
 * Options of daysClosingNear.
 *
 * @example
 * const options: ClosingNearOptions = { tolerance: 0.5, from: "2025-01-01", to: "2025-08-01" };
 */
export interface ClosingNearOptions {
  /** Largest |close - level| that counts as near, in the series' units (index points). */
  tolerance: number;
  /** Only days within [from, to] (ISO dates, inclusive; either may be omitted). */
  from?: string;
  to?: string;
}

/**
 * Every trading day whose close lies within `tolerance` of `level`, with its daily move: the
 * way to find which day a quoted close belongs to.
 *
 * @example
 * daysClosingNear(rut, 2211.65, { tolerance: 0.5, from: "2025-07-01", to: "2025-08-31" }).map((d) => d.date); // ["2025-07-31"]
 */
export function daysClosingNear(series: DailySeries, level: number, options: ClosingNearOptions): DailyMove[] {
  if (!Number.isFinite(level)) throw new Error(`level ${level}: must be a finite number (the quoted close)`);
  checkNonNegative(options.tolerance, "tolerance");
  const { start, end } = dateRows(series.dates, options.from, options.to);
  const out: DailyMove[] = [];
  for (let i = start; i < end; i++) {
    if (Math.abs(series.close[i] - level) <= options.tolerance) out.push(moveAt(series, i));
  }
  return out;
}

function moveAt(series: DailySeries, i: number): DailyMove {
  const { dates, close } = series;
  const hasPrevious = i > 0;
  return {
    index: i,
    date: dates[i],
    close: close[i],
    previousDate: hasPrevious ? dates[i - 1] : null,
    previousClose: hasPrevious ? close[i - 1] : null,
    change: hasPrevious ? close[i] / close[i - 1] - 1 : null,
  };
}
