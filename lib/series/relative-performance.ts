import { alignOnCommonDates } from "./align";
import { lowerBound, upperBound, type DailySeries } from "./daily-series";

/** How one series did against another over a window, and the path there. */
export interface RelativePerformance {
  /** Ids of the series compared: `a` against `b`. */
  a: string;
  b: string;
  /** The base day (first shared trading day on or after the requested start) and the last day. */
  fromDate: string;
  toDate: string;
  /** The shared trading days from the base day to the last day. */
  dates: string[];
  /** Relative strength: (a / a[base]) / (b / b[base]), 1 on the base day; rising = a leads. */
  ratio: Float64Array;
  /** Each series' return over the window, as fractions. */
  aReturn: number;
  bReturn: number;
  /** aReturn - bReturn: the gap in return (fraction; x100 = percentage points). */
  difference: number;
  /** ratio on the last day - 1: a's return in units of b (the relative return). */
  relative: number;
}

/**
 * Series `a` against series `b` from the close of `from` (or the first shared trading day
 * after it) to the last shared close on or before `to`: both returns, their difference, and
 * the relative-strength line a/b rebased to 1.
 *
 * @example
 * const r = relativePerformance(rut, gspc, "2023-10-27", "2023-12-31");
 * r.difference; // Russell 2000 minus S&P 500 return from the October 2023 low to year end
 */
export function relativePerformance(a: DailySeries, b: DailySeries, from: string, to: string): RelativePerformance {
  const aligned = alignOnCommonDates([a, b]);
  const base = lowerBound(aligned.dates, from);
  const end = upperBound(aligned.dates, to) - 1;
  if (end <= base) {
    throw new Error(`${a.id} and ${b.id} share fewer than two trading days in ${from}..${to}: choose a longer window inside both series`);
  }
  const [x, y] = aligned.closes;
  const ratio = new Float64Array(end - base + 1);
  for (let i = base; i <= end; i++) ratio[i - base] = x[i] / x[base] / (y[i] / y[base]);
  const aReturn = x[end] / x[base] - 1;
  const bReturn = y[end] / y[base] - 1;
  return {
    a: a.id,
    b: b.id,
    fromDate: aligned.dates[base],
    toDate: aligned.dates[end],
    dates: aligned.dates.slice(base, end + 1),
    ratio,
    aReturn,
    bReturn,
    difference: aReturn - bReturn,
    relative: ratio[ratio.length - 1] - 1,
  };
}
