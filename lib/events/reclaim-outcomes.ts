import type { HorizonResult } from "./event-study";
import type { Reclaim } from "./reclaims";

/** One reclaim with what followed it at one horizon: the row of the study's reclaim table. */
export interface ReclaimOutcome {
  breakdown: string;
  reclaim: string;
  gapDays: number;
  close: number;
  average: number;
  /** Forward return over the horizon (fraction); null while the horizon is open. */
  forwardReturn: number | null;
  /** Return from the reclaim to the horizon's end, or to the data's last day when open. */
  returnToDate: number;
  endDate: string;
  status: "complete" | "open";
}

/**
 * Joins reclaims with their event-study outcomes at one horizon, by event row, so the table
 * shows each reclaim's breakdown, gap and forward return side by side (open horizons marked).
 *
 * @example
 * const study = eventStudy(rut, reclaims.map((r) => r.index), { horizons: [{ tradingDays: 252 }] });
 * reclaimOutcomes(reclaims, study.horizons[0]);
 */
export function reclaimOutcomes(reclaims: readonly Reclaim[], result: HorizonResult): ReclaimOutcome[] {
  const byRow = new Map([...result.complete, ...result.open].map((o) => [o.startIndex, o]));
  return reclaims.map((r) => {
    const outcome = byRow.get(r.index);
    if (!outcome) throw new Error(`reclaim on ${r.reclaimDate} (row ${r.index}) is not among the event study's events: pass the same reclaims to eventStudy`);
    return {
      breakdown: r.breakdownDate,
      reclaim: r.reclaimDate,
      gapDays: r.gapDays,
      close: r.closeAtReclaim,
      average: r.smaAtReclaim,
      forwardReturn: outcome.value,
      returnToDate: outcome.toDate,
      endDate: outcome.endDate,
      status: outcome.open ? "open" : "complete",
    };
  });
}
