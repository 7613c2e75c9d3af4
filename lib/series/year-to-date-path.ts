import { lowerBound, upperBound, type DailySeries } from "./daily-series";

/**
 * Values on dates: a path such as a year-to-date return, aligned date by date.
 *
 * @example
 * const path: DatedValues = { dates: ["2025-01-02"], values: Float64Array.of(-0.004) };
 */
export interface DatedValues {
  dates: string[];
  values: Float64Array;
}

/**
 * The year-to-date return (fraction) on every trading day of `year` up to `to` (default: the
 * year's end): each close over the last close of the prior year, minus 1, the way YTD returns
 * are quoted (yearToDate gives one of these values).
 *
 * @example
 * const ytd = yearToDatePath(rut, 2025);
 * ytd.values[ytd.dates.indexOf("2025-08-01")]; // equals yearToDate(rut, "2025-08-01").value
 */
export function yearToDatePath(series: DailySeries, year: number, to?: string): DatedValues {
  if (!Number.isInteger(year)) throw new Error(`year ${year}: must be a whole number, e.g. 2025`);
  const { dates, close } = series;
  const first = lowerBound(dates, `${year}-01-01`);
  const end = upperBound(dates, to ?? `${year}-12-31`);
  const last = Math.min(end, upperBound(dates, `${year}-12-31`));
  if (first === 0) {
    throw new Error(`${series.id}: no close before ${year}-01-01 (the data starts ${dates[0]}): a year-to-date return needs the prior year's last close`);
  }
  if (last <= first) throw new Error(`${series.id}: no trading day in ${year}${to ? ` up to ${to}` : ""}: choose a year with data`);
  const base = close[first - 1];
  const values = new Float64Array(last - first);
  for (let i = first; i < last; i++) values[i - first] = close[i] / base - 1;
  return { dates: dates.slice(first, last), values };
}
