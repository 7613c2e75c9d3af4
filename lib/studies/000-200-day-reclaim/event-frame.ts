import type { ReclaimCases } from "./cases";
import type { ReclaimOutcome } from "./reclaim-outcomes";

/** One reclaim as the DataFrame view shows it: snake_case columns, the return in percent. */
export interface EventFrameRow {
  reclaim: string;
  breakdown: string;
  /** "2010s" for a reclaim in 2010-2019. */
  decade: string;
  /** "earlier case" (000-3, 000-4) or "current event" (the article's own reclaim, 000-6). */
  case: string;
  status: string;
  gap_days: number;
  /** The forward return in percent (the view is for display: percent reads as pandas users print it); NaN while open. */
  return_pct: number;
}

/**
 * The event table for a danfo.js DataFrame (`toDataFrame(eventFrameRows(...))`): the earlier
 * cases and the current event, one row each, for readers who would reach for pandas'
 * describe() and groupby().
 *
 * @example
 * const df = toDataFrame(eventFrameRows(cases, currentEventRows(rut.series, event, DEFAULTS)));
 * df.groupby(["decade", "case"]).agg({ return_pct: ["mean", "count"] });
 */
export function eventFrameRows(cases: ReclaimCases, current: readonly ReclaimOutcome[]): EventFrameRow[] {
  const row = (r: ReclaimOutcome, kind: string): EventFrameRow => ({
    reclaim: r.reclaim,
    breakdown: r.breakdown,
    decade: `${r.reclaim.slice(0, 3)}0s`,
    case: kind,
    status: r.status,
    gap_days: r.gapDays,
    return_pct: r.forwardReturn === null ? NaN : 100 * r.forwardReturn,
  });
  return [...cases.table.map((r) => row(r, "earlier case")), ...current.map((r) => row(r, "current event"))];
}
