import { checkCloses, checkNonNegative } from "./checks";
import type { DailySeries } from "./daily-series";
import { calendarDaysBetween } from "./dates";

/** Options shared by the record (all-time high) functions. */
export interface RecordOptions {
  /**
   * Whether the first day of data counts as a record. Default false: it sets the level to
   * beat but is not a record day (the data does not show what came before it).
   */
  firstDayCounts?: boolean;
}

/**
 * Rows closing strictly above every earlier close: all-time highs within the data. A tie
 * with the old record is not a new record. A series that never exceeds its first close
 * has none. (The running record level itself is `runningPeak`.)
 *
 * @example
 * recordDays(Float64Array.of(100, 100, 101, 99, 102)); // [2, 4]
 * recordDays(Float64Array.of(100, 101), { firstDayCounts: true }); // [0, 1]
 */
export function recordDays(close: Float64Array, options: RecordOptions = {}): number[] {
  checkCloses(close);
  const out: number[] = close.length > 0 && options.firstDayCounts ? [0] : [];
  let record = close[0];
  for (let i = 1; i < close.length; i++) {
    if (close[i] > record) {
      record = close[i];
      out.push(i);
    }
  }
  return out;
}

/** A record set after at least `minDays` calendar days without one. */
export interface RecordAfterDrought {
  index: number;
  date: string;
  /** The record before it (the drought's start). */
  previousIndex: number;
  previousDate: string;
  /** Calendar days from the previous record to this one. */
  droughtDays: number;
}

/**
 * The first record after a drought: a record day whose previous record is at least
 * `minDays` calendar days earlier. With the default `firstDayCounts: false` the first
 * record in the data has no previous record, so it is never a drought event (the length
 * of its drought is unknown); with true, the drought is measured from the first day.
 *
 * @example
 * recordsAfterDrought(rut, { minDays: 366 }).map((r) => r.date); // first highs after more than a year
 */
export function recordsAfterDrought(series: DailySeries, options: RecordOptions & { minDays: number }): RecordAfterDrought[] {
  checkNonNegative(options.minDays, "minDays");
  const records = recordDays(series.close, options);
  const out: RecordAfterDrought[] = [];
  for (let k = 1; k < records.length; k++) {
    const previousDate = series.dates[records[k - 1]];
    const date = series.dates[records[k]];
    const droughtDays = calendarDaysBetween(previousDate, date);
    if (droughtDays >= options.minDays) {
      out.push({ index: records[k], date, previousIndex: records[k - 1], previousDate, droughtDays });
    }
  }
  return out;
}
