import type { EventStudy } from "./event-study";

/** One event's forward returns, one column per horizon label ("1m", "252d"...). */
export type OutcomeRow = { date: string } & Record<string, string | number>;

/**
 * An event study as a table: one row per event, one column per horizon with the forward
 * return in percent, or "open: +4.2% to date" while the horizon runs past the data's end.
 *
 * @example
 * showTable(outcomePercentRows(eventStudy(rut, crosses, { horizons: [{ tradingDays: 21 }, { tradingDays: 252 }] })));
 * // [{ date: "1989-02-01", "21d": 2.1, "252d": 10.3 }, ..., { date: "2025-08-06", "21d": 5.2, "252d": "open: +12.0% to date" }]
 */
export function outcomePercentRows(study: EventStudy): OutcomeRow[] {
  const rows = new Map<number, OutcomeRow>();
  study.events.forEach((_, k) => rows.set(k, { date: "" } as OutcomeRow));
  for (const result of study.horizons) {
    const byStart = new Map([...result.complete, ...result.open].map((o) => [o.startIndex, o]));
    study.events.forEach((event, k) => {
      const outcome = byStart.get(event);
      if (!outcome) throw new Error(`event row ${event} has no outcome at ${result.label}: pass an eventStudy result unchanged`);
      const row = rows.get(k) as OutcomeRow;
      row.date = outcome.date;
      const sign = outcome.toDate >= 0 ? "+" : "";
      row[result.label] = outcome.open ? `open: ${sign}${(100 * outcome.toDate).toFixed(1)}% to date` : 100 * outcome.toDate;
    });
  }
  return [...rows.values()];
}
