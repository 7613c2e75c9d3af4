import { dateRows, type DailySeries } from "./daily-series";

/** A series' cumulative return, day by day, from a base day. */
export interface CumulativeReturn {
  /** The base day: the first trading day on or after the requested date. */
  baseDate: string;
  dates: string[];
  /** close / close[base] - 1 on each day (0 on the base day). */
  values: Float64Array;
}

/**
 * The cumulative return of a series from the first trading day on or after `from` to each
 * later day up to `to` (default: the data's end): the line to draw when comparing how two
 * series did since an event, or year to date from the prior year's last close.
 *
 * @example
 * const sinceReclaim = cumulativeReturnSince(rut, "2025-06-30");
 * sinceReclaim.values[sinceReclaim.values.length - 1]; // return to the data's last day
 */
export function cumulativeReturnSince(series: DailySeries, from: string, to?: string): CumulativeReturn {
  const { dates, close } = series;
  const { start: base, end } = dateRows(dates, from, to);
  if (base >= end) {
    throw new Error(`${series.id}: no trading day in ${from}..${to ?? "the data's end"} (data ${dates[0]}..${dates[dates.length - 1]}); choose dates inside the data`);
  }
  const values = new Float64Array(end - base);
  for (let i = base; i < end; i++) values[i - base] = close[i] / close[base] - 1;
  return { baseDate: dates[base], dates: dates.slice(base, end), values };
}
