import { calendarYearReturns } from "./calendar";
import { lowerBound, upperBound, type DailySeries } from "./daily-series";
import { calendarDaysBetween } from "./dates";

/** A compound annual growth rate and the closes it joins. */
export interface Cagr {
  /** Fraction per year: 0.09 = 9% a year. */
  value: number;
  startDate: string;
  endDate: string;
  /** Calendar years between the two closes: days / 365.25. */
  years: number;
}

/**
 * Compound annual growth rate from the first trading day on or after `from` to the last
 * trading day on or before `to`: (end / start)^(1 / years) - 1, years = days / 365.25.
 *
 * @example
 * cagr(rut, "1987-09-10", "2025-07-08").value; // about 0.08
 */
export function cagr(series: DailySeries, from: string, to: string): Cagr {
  const { dates, close } = series;
  const start = lowerBound(dates, from);
  const end = upperBound(dates, to) - 1;
  if (end <= start) {
    throw new Error(`${series.id}: ${from}..${to} holds fewer than two trading days (data ${dates[0]}..${dates[dates.length - 1]})`);
  }
  const years = calendarDaysBetween(dates[start], dates[end]) / 365.25;
  return { value: (close[end] / close[start]) ** (1 / years) - 1, startDate: dates[start], endDate: dates[end], years };
}

/** The arithmetic mean of calendar-year returns and the years it covers. */
export interface MeanYearReturn {
  /** Fraction per year (NaN when no complete year falls in the range). */
  mean: number;
  years: number;
  firstYear: number | null;
  lastYear: number | null;
}

/**
 * The average (arithmetic mean) of complete calendar-year returns, optionally limited to
 * [fromYear, toYear]: the "average annual return" some articles quote instead of a CAGR.
 *
 * @example
 * meanCalendarYearReturn(rut, { fromYear: 1988 }).mean;
 */
export function meanCalendarYearReturn(series: DailySeries, range: { fromYear?: number; toYear?: number } = {}): MeanYearReturn {
  const years = calendarYearReturns(series).filter(
    (y) => y.year >= (range.fromYear ?? -Infinity) && y.year <= (range.toYear ?? Infinity),
  );
  const mean = years.reduce((sum, y) => sum + y.value, 0) / years.length;
  return {
    mean,
    years: years.length,
    firstYear: years.length ? years[0].year : null,
    lastYear: years.length ? years[years.length - 1].year : null,
  };
}
