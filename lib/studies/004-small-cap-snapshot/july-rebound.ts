import { numericResult, type ClaimResult } from "../../claims/claim";
import { closestReading, type ClosestReading } from "../../claims/closest-reading";
import { formatPercent } from "../../claims/format";
import type { EventMarker } from "../../charts/traces";
import { claimSpec } from "./claims";
import type { StudyData } from "./data";
import { monthMoveReadings, type MonthReading } from "./month-readings";
import type { Params } from "./params";

/** The month the article's "July rebound" refers to. */
export const REBOUND_MONTH = { year: 2025, month: 7 } as const;

/** The article's rebound, percent. */
export const ARTICLE_REBOUND = 3.5;

/**
 * The readings of "July's rebound" and which come within `reboundTolerance` of 3.5%.
 *
 * @example
 * measureJulyRebound(data, params).readings[0].value; // 0.017, the monthly return
 */
export interface JulyRebound {
  /** Month end to month end first (the verdict's reading), then the other readings. */
  readings: MonthReading[];
  /** The readings against the article's 3.5, in percent. */
  match: ClosestReading;
}

/**
 * Every reading of July 2025's move on ^RUT closes, compared with the article's 3.5%.
 *
 * @example
 * measureJulyRebound(data, { reboundTolerance: 0.5 }).match.best.label;
 */
export function measureJulyRebound(data: StudyData, params: Pick<Params, "reboundTolerance">): JulyRebound {
  const readings = monthMoveReadings(data.rut.series, REBOUND_MONTH.year, REBOUND_MONTH.month);
  const match = closestReading(readings.map((r) => ({ label: r.reading, values: [100 * r.value] })), [ARTICLE_REBOUND], params.reboundTolerance);
  return { readings, match };
}

/**
 * The table rows: each reading, its dates and return, and whether it reproduces ~3.5%.
 *
 * @example
 * showTable(julyReboundRows(july), { percent: ["return"] });
 */
export function julyReboundRows(july: JulyRebound): Record<string, number | string>[] {
  return july.readings.map((r, k) => ({ reading: r.reading, from: r.fromDate, to: r.toDate, return: r.value, "reproduces ~3.5%": july.match.rows[k].reproduced[0] ? "yes" : "" }));
}

/**
 * The chart's markers: where the first three readings start and end.
 *
 * @example
 * lineChart(lines, { ..., events: julyReboundEvents(july) });
 */
export function julyReboundEvents(july: JulyRebound): EventMarker[] {
  const [monthEnd, fromLow, toHigh] = july.readings;
  return [
    { date: monthEnd.fromDate, text: `June's last close: base of the monthly return (${formatPercent(monthEnd.value)} to July 31)` },
    { date: fromLow.fromDate, text: `July's lowest close: ${formatPercent(fromLow.value)} from here to July 31` },
    { date: toHigh.toDate, text: `July's highest close: ${formatPercent(toHigh.value)} above June's last close` },
    { date: monthEnd.toDate, text: "July's last close" },
  ];
}

/**
 * 004-4: the July rebound, read as July's monthly return, with `reboundTolerance` as the
 * tolerance that confirms it.
 *
 * @example
 * claimJulyRebound(july, { reboundTolerance: 0.5 }).measured; // "1.7"
 */
export function claimJulyRebound(july: JulyRebound, params: Pick<Params, "reboundTolerance">): ClaimResult {
  const [monthEnd] = july.readings;
  const tolerance = params.reboundTolerance;
  const note = `July's month-end-to-month-end price return (${monthEnd.fromDate} to ${monthEnd.toDate}). Other readings: ${july.readings.slice(1).map((r) => `${r.reading} ${formatPercent(r.value)}`).join("; ")}. `
    + (july.match.best.matches > 0 ? `Only "${july.match.best.label}" comes within ${tolerance} pp.` : `None comes within ${tolerance} pp of 3.5%.`);
  return numericResult({ ...claimSpec("004-4"), tolerance }, 100 * monthEnd.value, note);
}
