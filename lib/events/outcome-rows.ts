import type { EventStudy } from "./event-study";
import { outcomesByRow } from "./outcome-join";

/**
 * One event's forward returns, one column per horizon label ("1m", "252d"...).
 *
 * @example
 * horizonOutcomeRows(study)[0]["252d"]; // a fraction, or "open: +4.2% to date"
 */
export type HorizonOutcomeRow = { date: string } & Record<string, string | number>;

/**
 * An event study as a table: one row per event, one column per horizon with the forward
 * return (a fraction; show it with showTable's `percent` option), or "open: +4.2% to date"
 * while the horizon runs past the data's end.
 *
 * @example
 * const study = eventStudy(rut, crosses, { horizons: [{ tradingDays: 21 }, { tradingDays: 252 }] });
 * showTable(horizonOutcomeRows(study), { percent: ["21d", "252d"] });
 * // [{ date: "1989-02-01", "21d": 0.021, "252d": 0.103 }, ..., { date: "2025-08-06", "21d": 0.052, "252d": "open: +12.0% to date" }]
 */
export function horizonOutcomeRows(study: EventStudy): HorizonOutcomeRow[] {
  const byHorizon = study.horizons.map((result) => ({
    label: result.label,
    byStart: outcomesByRow(result),
  }));
  return study.events.map((event) => {
    const row = { date: "" } as HorizonOutcomeRow;
    for (const { label, byStart } of byHorizon) {
      const outcome = byStart.get(event);
      if (!outcome) throw new Error(`event row ${event} has no outcome at ${label}: pass an eventStudy result unchanged`);
      row.date = outcome.date;
      const sign = outcome.toDate >= 0 ? "+" : "";
      row[label] = outcome.open ? `open: ${sign}${(100 * outcome.toDate).toFixed(1)}% to date` : outcome.toDate;
    }
    return row;
  });
}
