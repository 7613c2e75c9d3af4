import type { DailySeries } from "../../series/daily-series";
import { checkNonNegative } from "../../series/checks";
import { DAYS_PER_YEAR } from "../../series/dates";
import { recordsAfterDrought, type RecordAfterDrought, type RecordOptions } from "../../series/records";

/** A first record after a drought, with the levels and moves a reader quotes. */
export interface RecordBreakout extends RecordAfterDrought {
  /** Close on the breakout day. */
  close: number;
  /** The old record: the close on previousDate. */
  previousClose: number;
  /** The breakout day's move: close / the day before's close - 1 (fraction). */
  dayChange: number;
  /** How far the close cleared the old record: close / previousClose - 1 (fraction, > 0). */
  margin: number;
  /** Trading days (rows) from the old record to the breakout. */
  droughtTradingDays: number;
  /** droughtDays in years of DAYS_PER_YEAR days. */
  droughtYears: number;
}

/**
 * How a drought is measured: calendar days from the old record close to the new one, or
 * trading days (rows) between them. "More than a year" is 366 calendar days or 253 trading days.
 */
export type DroughtUnit = "calendar" | "trading";

/** Which breakouts {@link recordBreakouts} lists. */
export interface BreakoutOptions extends RecordOptions {
  /** Shortest drought that counts, in `unit` days from the previous record close (366 calendar days = "more than a year"). */
  minDays: number;
  /** The unit of `minDays` (default "calendar"). */
  unit?: DroughtUnit;
  /** First breakout date listed; records before it still set the level and start droughts. */
  from?: string;
  /** Last breakout date listed. */
  to?: string;
}

/**
 * The first closing records after droughts of at least `minDays` calendar (or, with `unit`
 * "trading", trading) days (see
 * recordsAfterDrought: a tie with the old record is not a record, and by default the first
 * day of data only sets the level), listed when dated within [from, to], each with its close,
 * the old record, the day's move, the margin over the old record and the drought's length.
 * The series is never cut at `from`: a record set before `from` still counts as the old record.
 *
 * @example
 * const breakouts = recordBreakouts(rut, { minDays: 366, from: "1980-01-01" });
 * breakouts.at(-1); // { date: "2025-09-18", close: 2467.70, previousDate: "2021-11-08", droughtDays: 1410, ... }
 * recordBreakouts(rut, { minDays: 253, unit: "trading" }); // more than 252 trading days without a record
 */
export function recordBreakouts(series: DailySeries, options: BreakoutOptions): RecordBreakout[] {
  const { close } = series;
  const trading = options.unit === "trading";
  if (trading) checkNonNegative(options.minDays, "minDays");
  // Trading-day droughts are filtered on rows: list every record with a previous one, then keep the long droughts.
  return recordsAfterDrought(series, { ...options, minDays: trading ? 0 : options.minDays })
    .filter((r) => !trading || r.index - r.previousIndex >= options.minDays)
    .filter((r) => (options.from === undefined || r.date >= options.from) && (options.to === undefined || r.date <= options.to))
    .map((r) => ({
      ...r,
      close: close[r.index],
      previousClose: close[r.previousIndex],
      // A breakout always follows its old record, so index >= 1 and the day before exists.
      dayChange: close[r.index] / close[r.index - 1] - 1,
      margin: close[r.index] / close[r.previousIndex] - 1,
      droughtTradingDays: r.index - r.previousIndex,
      droughtYears: r.droughtDays / DAYS_PER_YEAR,
    }));
}
