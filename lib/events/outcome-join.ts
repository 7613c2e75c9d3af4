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

/**
 * How an event table finds and shows a study's own events (reclaims, troughs): the row each
 * event starts on, its date and what it is called for the error, and its own columns.
 *
 * @example
 * const table: EventTable<Trough, { trough: string }> = { kind: "trough", row: (t) => t.troughIndex,
 *   date: (t) => t.troughDate, columns: (t) => ({ trough: t.troughDate }) };
 */
export interface EventTable<Event, Columns extends object> {
  /** What one event is called, e.g. "reclaim". */
  kind: string;
  row: (event: Event) => number;
  date: (event: Event) => string;
  columns: (event: Event) => Columns;
}

/**
 * One row per event: the event's own columns, then what followed it at one horizon (open
 * horizons marked). Every event must be among the study's: an event study run on other events
 * is refused, naming the event and the fix.
 *
 * @example
 * const study = eventStudy(rut, troughs.map((t) => t.troughIndex), { horizons: [{ tradingDays: 252 }] });
 * joinOutcomes(troughs, study.horizons[0], { kind: "trough", row: (t) => t.troughIndex,
 *   date: (t) => t.troughDate, columns: (t) => ({ trough: t.troughDate, decline: t.decline }) });
 * // [{ trough: "2020-03-18", decline: -0.41, forwardReturn: 0.94, returnToDate: 0.94, endDate: "2021-03-17", status: "complete" }, ...]
 */
export function joinOutcomes<Event, Columns extends object>(
  events: readonly Event[],
  result: HorizonResult,
  table: EventTable<Event, Columns>,
): (Columns & OutcomeColumns)[] {
  const byRow = outcomesByRow(result);
  return events.map((event) => {
    const row = table.row(event);
    const outcome = byRow.get(row);
    if (!outcome) {
      throw new Error(`${table.kind} on ${table.date(event)} (row ${row}) is not among the event study's events: pass the same ${table.kind}s to eventStudy`);
    }
    return { ...table.columns(event), ...outcomeColumns(outcome) };
  });
}
