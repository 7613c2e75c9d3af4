import type { HorizonResult } from "../../events/event-study";
import { joinOutcomes, type OutcomeColumns } from "../../events/outcome-join";
import type { Trough } from "./troughs";

/**
 * One bear-market trough with what followed it at one horizon: a row of the trough table.
 *
 * @example
 * troughOutcomes(troughs, study.horizons[0]).filter((t) => t.status === "complete");
 */
export interface TroughOutcome extends OutcomeColumns {
  peak: string;
  trough: string;
  /** The day the bear market ended: the next record close, or the bounce (null for a provisional trough). */
  end: string | null;
  /** Fall from peak to trough (fraction, negative). */
  decline: number;
}

/**
 * Joins troughs with their event-study outcomes at one horizon, by row, so one table shows each
 * bear market's peak, trough, depth and what followed.
 *
 * @example
 * const troughs = bearMarketTroughs(rut, { rule: "record-to-record", fall: 0.2 });
 * const study = eventStudy(rut, troughs.map((t) => t.troughIndex), { horizons: [{ tradingDays: 252 }] });
 * troughOutcomes(troughs, study.horizons[0]);
 */
export function troughOutcomes(troughs: readonly Trough[], result: HorizonResult): TroughOutcome[] {
  return joinOutcomes(troughs, result, {
    kind: "trough",
    row: (t) => t.troughIndex,
    date: (t) => t.troughDate,
    columns: (t) => ({ peak: t.peakDate, trough: t.troughDate, end: t.recoveryDate, decline: t.decline }),
  });
}
