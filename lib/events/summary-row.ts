import type { ReturnSummary } from "./stats";

/** A ReturnSummary as a table row, with the count of rises spelled out. */
export interface SummaryRow {
  /** What the returns are, e.g. "S&P 500 252d after breakouts". */
  reading: string;
  n: number;
  /** "8 of 9 (88.9%)": returns above zero out of n, and their share. */
  higher: string;
  mean: number;
  median: number;
  best: number;
  worst: number;
}

/**
 * One row of a comparison table: the events' returns beside the unconditional ones, say.
 *
 * @example
 * showTable([summaryRow("after breakouts", result.summary), summaryRow("any day", baseline.unconditional)],
 *   { percent: ["mean", "median", "best", "worst"] });
 */
export function summaryRow(reading: string, summary: ReturnSummary): SummaryRow {
  const { n, hitRate, mean, median, best, worst } = summary;
  const share = n > 0 ? ` (${(100 * hitRate).toFixed(1)}%)` : "";
  return { reading, n, higher: `${n > 0 ? Math.round(hitRate * n) : 0} of ${n}${share}`, mean, median, best, worst };
}
