import { monthReturn, type DatedReturn } from "../../series/calendar";
import { lowerBound, upperBound, type DailySeries } from "../../series/daily-series";
import { periodExtreme } from "../../series/period-extreme";

/**
 * One way to read "the month's move", with the closes it joins.
 *
 * @example
 * const [monthEnd] = monthMoveReadings(rut, 2025, 7); // { reading: "month end to month end", value: 0.017, ... }
 */
export interface MonthReading extends DatedReturn {
  /** How the move is measured, in words. */
  reading: string;
}

/**
 * The readings a reader could mean by "the index rose X% in July", on closes:
 * 1. month end to month end (the usual monthly return);
 * 2. from the month's lowest close to its last close (the rebound off the low);
 * 3. from the previous month's last close to the month's highest close (the gain at its best);
 * 4. the largest rise from a close to a later close, both inside the month.
 * The first two end on the month's last close; the others end wherever the high was.
 *
 * @example
 * monthMoveReadings(rut, 2025, 7).map((r) => [r.reading, r.value]);
 */
export function monthMoveReadings(series: DailySeries, year: number, month: number): MonthReading[] {
  const monthEnd = monthReturn(series, year, month);
  const { dates, close } = series;
  // monthReturn has checked the month: a close before it (the base) and one inside it.
  const monthStart = `${year}-${String(month).padStart(2, "0")}-01`;
  const first = lowerBound(dates, monthStart);
  const last = upperBound(dates, monthEnd.toDate) - 1;
  const low = periodExtreme(series, monthStart, monthEnd.toDate, "min").index;
  const high = periodExtreme(series, monthStart, monthEnd.toDate, "max").index;
  let runningLow = first;
  let rise = { from: first, to: first, value: 0 };
  for (let i = first; i <= last; i++) {
    if (close[i] < close[runningLow]) runningLow = i;
    const value = close[i] / close[runningLow] - 1;
    if (value > rise.value) rise = { from: runningLow, to: i, value };
  }
  const between = (from: number, to: number, reading: string): MonthReading => ({
    reading,
    value: close[to] / close[from] - 1,
    fromDate: dates[from],
    toDate: dates[to],
  });
  return [
    { reading: "month end to month end", ...monthEnd },
    between(low, last, "from the month's lowest close to its last close"),
    between(first - 1, high, "from the previous month's last close to the month's highest close"),
    { reading: "largest rise between two closes inside the month", value: rise.value, fromDate: dates[rise.from], toDate: dates[rise.to] },
  ];
}
