import { checkSameLength } from "./checks";
import { calendarDaysBetween } from "./dates";

/** Which side of the reference a run sits on. */
export type Side = "above" | "below";

/** A spell of consecutive days on one side of a reference (a close above its average). */
export interface Run {
  side: Side;
  /** First and last row of the run (inclusive). */
  start: number;
  end: number;
  startDate: string;
  endDate: string;
  /** Rows in the run: end - start + 1. */
  tradingDays: number;
  /** Calendar days spanned, both ends included: endDate - startDate + 1. */
  calendarDays: number;
  /** True when the run is still going on the data's last day. */
  open: boolean;
}

/**
 * Splits the days into runs above / below a reference. A day is above when a > b and below
 * when a < b; a tie (a == b) keeps the current side, so touching the average is not a
 * break. A day where either value is NaN ends the current run, and the next run starts at
 * the next day with a strict side.
 *
 * @example
 * runs(series.dates, series.close, rollingMean(series.close, 200)).filter((r) => r.side === "below");
 */
export function runs(dates: readonly string[], a: Float64Array, b: Float64Array): Run[] {
  checkSameLength(dates, a, "dates", "a");
  checkSameLength(a, b, "a", "b");
  const out: Run[] = [];
  let side: Side | null = null;
  let start = 0;
  const finish = (end: number, open: boolean) => {
    if (side !== null) {
      out.push({
        side,
        start,
        end,
        startDate: dates[start],
        endDate: dates[end],
        tradingDays: end - start + 1,
        calendarDays: calendarDaysBetween(dates[start], dates[end]) + 1,
        open,
      });
    }
  };
  for (let i = 0; i < a.length; i++) {
    const difference = a[i] - b[i];
    const today: Side | null = Number.isNaN(difference) ? null : difference > 0 ? "above" : difference < 0 ? "below" : side;
    if (today !== side) {
      finish(i - 1, false);
      side = today;
      start = i;
    }
  }
  finish(a.length - 1, true);
  return out;
}
