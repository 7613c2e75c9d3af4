import { lowerBound, upperBound, type DailySeries } from "./daily-series";

/** A return between two closes, with the dates it was measured on. */
export interface DatedReturn {
  /** Fraction: 0.01 = 1%. */
  value: number;
  /** The base close's date (the last close before the period). */
  fromDate: string;
  /** The final close's date (the last close in the period). */
  toDate: string;
}

/**
 * The return over the calendar period [firstDay, lastDay]: from the last close before
 * firstDay to the last close on or before lastDay, the way year-to-date and monthly
 * returns are quoted.
 *
 * @example
 * returnOverPeriod(rut, "2025-07-01", "2025-07-31"); // July 2025
 */
export function returnOverPeriod(series: DailySeries, firstDay: string, lastDay: string): DatedReturn {
  const { dates, close } = series;
  const base = lowerBound(dates, firstDay) - 1;
  const end = upperBound(dates, lastDay) - 1;
  if (base < 0) {
    throw new Error(`${series.id}: no close before ${firstDay} (the data starts ${dates[0]}): choose a later period`);
  }
  if (end <= base) {
    throw new Error(`${series.id}: no trading day in ${firstDay}..${lastDay}: choose a period with data`);
  }
  return { value: close[end] / close[base] - 1, fromDate: dates[base], toDate: dates[end] };
}

/**
 * Year-to-date return at `date`: from the last close of the prior year to the last close on
 * or before `date`.
 *
 * @example
 * yearToDate(rut, "2025-08-01"); // { value: 0.0..., fromDate: "2024-12-31", toDate: "2025-08-01" }
 */
export function yearToDate(series: DailySeries, date: string): DatedReturn {
  return returnOverPeriod(series, `${date.slice(0, 4)}-01-01`, date);
}

/**
 * The return of one calendar month (month 1..12), month-to-date when the data ends inside it.
 *
 * @example
 * monthReturn(rut, 2025, 7); // July 2025
 */
export function monthReturn(series: DailySeries, year: number, month: number): DatedReturn {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`month ${month}: must be 1..12`);
  const mm = String(month).padStart(2, "0");
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return returnOverPeriod(series, `${year}-${mm}-01`, `${year}-${mm}-${lastDay}`);
}

/**
 * The return of each complete calendar year: years with a close in the year before (the
 * base) and one in the year after (so the year is over). Partial first and last years are left out.
 *
 * @example
 * calendarYearReturns(rut).map((y) => [y.year, y.value]);
 */
export function calendarYearReturns(series: DailySeries): (DatedReturn & { year: number })[] {
  const { dates } = series;
  if (dates.length === 0) return [];
  const firstYear = Number(dates[0].slice(0, 4)) + 1;
  const lastYear = Number(dates[dates.length - 1].slice(0, 4)) - 1;
  const out: (DatedReturn & { year: number })[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    out.push({ year, ...returnOverPeriod(series, `${year}-01-01`, `${year}-12-31`) });
  }
  return out;
}
