import { checkSameLength } from "./checks";

/**
 * A stretch of consecutive rows on which something holds.
 *
 * @example
 * const spans: Span[] = trueSpans(dates, holds); spans.map((s) => `${s.startDate} to ${s.endDate}`);
 */
export interface Span {
  /** First and last row (inclusive). */
  start: number;
  end: number;
  startDate: string;
  endDate: string;
  /** Rows in the span: end - start + 1. */
  tradingDays: number;
}

/**
 * The stretches of consecutive rows where `holds` is true (non-zero), in order.
 *
 * @example
 * trueSpans(["2025-06-02", "2025-06-03", "2025-06-04"], [true, true, false]);
 * // [{ start: 0, end: 1, startDate: "2025-06-02", endDate: "2025-06-03", tradingDays: 2 }]
 */
export function trueSpans(dates: readonly string[], holds: ArrayLike<boolean | number>): Span[] {
  checkSameLength(dates, holds, "dates", "holds");
  const out: Span[] = [];
  let start = -1;
  for (let i = 0; i <= holds.length; i++) {
    const on = i < holds.length && Boolean(holds[i]);
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      out.push({ start, end: i - 1, startDate: dates[start], endDate: dates[i - 1], tradingDays: i - start });
      start = -1;
    }
  }
  return out;
}
