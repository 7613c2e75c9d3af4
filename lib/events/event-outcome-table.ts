import type { CrossSeriesStudy } from "./cross-series";
import { outcomesByRow } from "./outcome-join";

/** One column of an event outcome table: one series at one horizon. */
export interface OutcomeColumn {
  /** Column heading, e.g. "S&P 500 252d". */
  name: string;
  study: CrossSeriesStudy;
  /** Which of the study's horizons (default 0). */
  horizon?: number;
}

/** One event's row: its date, one return per column (fraction; null where the column's series does not cover it), and a status. */
export type EventOutcomeRow = { event: string; status: string } & Record<string, string | number | null>;

/**
 * Joins several studies of the same events (e.g. the S&P 500 and the Russell 2000, at 252 trading
 * days and at one calendar year) into one row per event. A column's value is the forward return
 * when the horizon is complete, the return so far when it is open; `status` says which values are
 * partial and to which day (grouped by that day), and which series do not cover the event.
 *
 * @example
 * eventOutcomeTable(breakouts.map((b) => b.date), [
 *   { name: "S&P 500 252d", study: spx },
 *   { name: "Russell 2000 252d", study: rutOwn },
 * ]);
 * // [{ event: "1989-06-02", "S&P 500 252d": 0.116, "Russell 2000 252d": -0.021, status: "complete" }, ...]
 */
export function eventOutcomeTable(eventDates: readonly string[], columns: readonly OutcomeColumn[]): EventOutcomeRow[] {
  const seen = new Set<string>();
  const lookups = columns.map((column) => {
    if (seen.has(column.name) || column.name === "event" || column.name === "status") {
      throw new Error(`column name "${column.name}": must be unique and not "event" or "status" (rename the column)`);
    }
    seen.add(column.name);
    const k = column.horizon ?? 0;
    const result = column.study.horizons[k];
    if (!result) throw new Error(`column "${column.name}": the study has no horizon ${k} (it has ${column.study.horizons.length})`);
    const byRow = outcomesByRow(result);
    const byDate = new Map(column.study.alignment.aligned.map((a) => [a.eventDate, byRow.get(a.index)]));
    return { name: column.name, byDate };
  });
  return eventDates.map((event) => {
    const values: Record<string, number | null> = {};
    // Partial columns grouped by the day their data end: "A 2d, A 5d to 2024-01-12".
    const partial = new Map<string, string[]>();
    const missing: string[] = [];
    for (const { name, byDate } of lookups) {
      const outcome = byDate.get(event);
      values[name] = outcome ? outcome.toDate : null;
      if (!outcome) missing.push(name);
      else if (outcome.open) partial.set(outcome.endDate, [...(partial.get(outcome.endDate) ?? []), name]);
    }
    const partialText = [...partial].map(([endDate, names]) => `${names.join(", ")} to ${endDate}`).join("; ");
    const notes = [partialText ? `partial: ${partialText}` : "", missing.length > 0 ? `not covered: ${missing.join(", ")}` : ""];
    return { event, ...values, status: notes.filter(Boolean).join("; ") || "complete" } as EventOutcomeRow;
  });
}
