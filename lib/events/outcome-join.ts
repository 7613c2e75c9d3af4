import type { EventOutcome, HorizonResult } from "./event-study";

/**
 * A study's outcomes at one horizon by event row, complete and open alike: how a table joins
 * its own events (reclaims, troughs) with what followed them.
 *
 * @example
 * outcomesByRow(study.horizons[0]).get(reclaim.index)?.toDate;
 */
export function outcomesByRow(result: HorizonResult): Map<number, EventOutcome> {
  return new Map([...result.complete, ...result.open].map((o) => [o.startIndex, o]));
}

/**
 * What followed an event at one horizon, as the last columns of an event table.
 *
 * @example
 * const row: OutcomeColumns = { forwardReturn: null, returnToDate: 0.042, endDate: "2025-08-29", status: "open" };
 */
export interface OutcomeColumns {
  /** Forward return over the horizon (fraction); null while the horizon is open. */
  forwardReturn: number | null;
  /** Return from the event to the horizon's end, or to the data's last day when open. */
  returnToDate: number;
  endDate: string;
  status: "complete" | "open";
}

/**
 * An event-study outcome as an event table's outcome columns.
 *
 * @example
 * ({ trough: t.troughDate, ...outcomeColumns(outcome) });
 */
export function outcomeColumns(outcome: EventOutcome): OutcomeColumns {
  return { forwardReturn: outcome.value, returnToDate: outcome.toDate, endDate: outcome.endDate, status: outcome.open ? "open" : "complete" };
}
