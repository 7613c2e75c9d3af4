import { lowerBound, upperBound, type DailySeries } from "./daily-series";

/** Which column a period's extreme is read from. */
export type ExtremeField = "close" | "high" | "low";

/** The highest or lowest value of a column inside a date range. */
export interface PeriodExtreme {
  index: number;
  date: string;
  value: number;
  field: ExtremeField;
}

/**
 * The highest ("max") or lowest ("min") value of a column within [from, to] (ISO dates,
 * inclusive): "the November 2021 peak" is periodExtreme(rut, "2021-11-01", "2021-11-30",
 * "max"); with field "high" it is the intraday peak instead of the closing one. Ties keep the
 * earliest day.
 *
 * @example
 * periodExtreme(rut, "2023-10-01", "2023-10-31", "min"); // { date: "2023-10-27", value: 1636.94, ... }
 */
export function periodExtreme(series: DailySeries, from: string, to: string, kind: "max" | "min", field: ExtremeField = "close"): PeriodExtreme {
  const values = series[field];
  if (!values) throw new Error(`${series.id} has no ${field} column: use field "close", or load a series with ${field} prices`);
  const first = lowerBound(series.dates, from);
  const last = upperBound(series.dates, to) - 1;
  if (last < first) {
    throw new Error(`${series.id}: no trading day in ${from}..${to} (data ${series.dates[0]}..${series.dates[series.dates.length - 1]}); choose a range with data`);
  }
  let best = first;
  for (let i = first + 1; i <= last; i++) {
    if (kind === "max" ? values[i] > values[best] : values[i] < values[best]) best = i;
  }
  return { index: best, date: series.dates[best], value: values[best], field };
}

/**
 * How far each value is from a reference level, as a fraction (-0.17 = 17% below it).
 *
 * @example
 * distanceFromLevel(Float64Array.of(83, 100, 110), 100); // [-0.17, 0, 0.1]
 */
export function distanceFromLevel(values: Float64Array, level: number): Float64Array {
  if (!(level > 0 && Number.isFinite(level))) throw new Error(`level ${level}: must be a positive finite number`);
  return values.map((value) => value / level - 1);
}
