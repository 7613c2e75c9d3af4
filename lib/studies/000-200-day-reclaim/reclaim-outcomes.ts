import type { HorizonResult } from "../../events/event-study";
import { outcomeColumns, outcomesByRow, type OutcomeColumns } from "../../events/outcome-join";
import type { Reclaim } from "./reclaims";

/** One reclaim with what followed it at one horizon: the row of the study's reclaim table. */
export interface ReclaimOutcome extends OutcomeColumns {
  breakdown: string;
  reclaim: string;
  gapDays: number;
  close: number;
  average: number;
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
  const byRow = outcomesByRow(result);
  return reclaims.map((r) => {
    const outcome = byRow.get(r.index);
    if (!outcome) throw new Error(`reclaim on ${r.reclaimDate} (row ${r.index}) is not among the event study's events: pass the same reclaims to eventStudy`);
    return {
      breakdown: r.breakdownDate,
      reclaim: r.reclaimDate,
      gapDays: r.gapDays,
      close: r.closeAtReclaim,
      average: r.smaAtReclaim,
      ...outcomeColumns(outcome),
    };
  });
}
