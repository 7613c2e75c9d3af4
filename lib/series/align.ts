import type { DailySeries } from "./daily-series";

/** Several series' closes on the dates they all share. */
export interface AlignedCloses {
  /** Ids of the series, in the order given. */
  ids: string[];
  /** The dates every series has, ascending. */
  dates: string[];
  /** One close column per series, aligned with `dates`. */
  closes: Float64Array[];
}

/**
 * The closes of several series on the dates they all have (an inner join on date). Markets
 * and publishers keep different holidays (FRED's yields skip bond-market holidays, exchanges
 * skip theirs), so comparing two series day by day starts here.
 *
 * @example
 * const { dates, closes: [rut, spx, dgs10] } = alignOnCommonDates([rutSeries, gspcSeries, dgs10Series]);
 */
export function alignOnCommonDates(series: readonly DailySeries[]): AlignedCloses {
  if (series.length === 0) throw new Error("series: empty (pass at least one series to align)");
  const lookups = series.map((s) => new Map(s.dates.map((date, i) => [date, s.close[i]])));
  const dates = series[0].dates.filter((date) => lookups.every((lookup) => lookup.has(date)));
  const closes = lookups.map((lookup) => Float64Array.from(dates, (date) => lookup.get(date) as number));
  if (dates.length === 0) {
    throw new Error(`series ${series.map((s) => s.id).join(", ")} share no date: check their date ranges overlap`);
  }
  return { ids: series.map((s) => s.id), dates, closes };
}

