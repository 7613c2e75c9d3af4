import { lowerBound } from "./daily-series";
import { addCalendarPeriod, type CalendarPeriod } from "./dates";

/**
 * How far ahead a forward return looks: a count of trading days (rows), or a calendar
 * period ending on the first trading day on or after the target date.
 */
export type Horizon = { tradingDays: number } | { calendar: CalendarPeriod };

/**
 * Throws unless the horizon is a whole number >= 1 of trading days, days, months or years.
 *
 * @example
 * checkHorizon({ tradingDays: 0 }); // Error: "horizon 0 trading days: must be a whole number >= 1"
 */
export function checkHorizon(horizon: Horizon): void {
  const [count, unit] = horizonParts(horizon);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`horizon ${count} ${unit}: must be a whole number >= 1`);
  }
}

/**
 * A short label for tables and chart axes: "252d" (trading days), "365cd" (calendar days),
 * "6m", "1y".
 *
 * @example
 * horizonLabel({ tradingDays: 252 }); // "252d"
 * horizonLabel({ calendar: { years: 1 } }); // "1y"
 */
export function horizonLabel(horizon: Horizon): string {
  const [count, unit] = horizonParts(horizon);
  const suffix: Record<string, string> = { "trading days": "d", days: "cd", months: "m", years: "y" };
  return `${count}${suffix[unit]}`;
}

/**
 * Row where a horizon starting on row `i` ends; a value >= dates.length means the horizon
 * runs past the data's end (the outcome is still open).
 *
 * @example
 * horizonEndIndex(series.dates, i, { calendar: { years: 1 } }); // first row on or after dates[i] + 1 year
 */
export function horizonEndIndex(dates: readonly string[], i: number, horizon: Horizon): number {
  checkHorizon(horizon);
  if ("tradingDays" in horizon) return i + horizon.tradingDays;
  return lowerBound(dates, addCalendarPeriod(dates[i], horizon.calendar));
}

function horizonParts(horizon: Horizon): [number, string] {
  if ("tradingDays" in horizon) return [horizon.tradingDays, "trading days"];
  const period = horizon.calendar;
  if ("days" in period) return [period.days, "days"];
  if ("months" in period) return [period.months, "months"];
  return [period.years, "years"];
}

/**
 * The last row whose horizon ends within the data (-1 when none does): the last day on
 * which an entry has a complete outcome.
 *
 * @example
 * lastCompleteStart(series.dates, { tradingDays: 252 }); // series.dates.length - 253
 */
export function lastCompleteStart(dates: readonly string[], horizon: Horizon): number {
  checkHorizon(horizon);
  // The horizon's end never moves back as the start moves forward, so binary search.
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (horizonEndIndex(dates, mid, horizon) < dates.length) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
