import type { HorizonResult } from "../../events/event-study";
import { joinOutcomes, type OutcomeColumns } from "../../events/outcome-join";
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
  return joinOutcomes(reclaims, result, {
    kind: "reclaim",
    row: (r) => r.index,
    date: (r) => r.reclaimDate,
    columns: (r) => ({ breakdown: r.breakdownDate, reclaim: r.reclaimDate, gapDays: r.gapDays, close: r.closeAtReclaim, average: r.smaAtReclaim }),
  });
}
