import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import { sliceByDate, type DailySeries } from "../../series/daily-series";
import { periodExtreme, type PeriodExtreme } from "../../series/period-extreme";
import { riseClaim } from "./claims";
import type { Params } from "./params";

/** One reading of "from early 2020 to late 2021": its start and end points and the rise between. */
export interface RiseReading {
  reading: string;
  from: string;
  start: number;
  to: string;
  end: number;
  /** end / start - 1 (fraction). */
  rise: number;
}

/** The rise of 002-2 by the reading used and two others. */
export interface RiseMeasure {
  /** The reading used: the lowest close in [lowFrom, lowTo] and the highest in [highFrom, highTo]. */
  low: PeriodExtreme;
  high: PeriodExtreme;
  rise: number;
  /** The reading used, then intraday low to intraday high, then the window's first close to the highest close. */
  readings: RiseReading[];
}

/**
 * Measures the 2020–2021 rise three ways: closing low to closing high (used), intraday low to
 * intraday high, and the low window's first close to the closing high.
 *
 * @example
 * measureRise(rut, defaults).rise; // 1.465: from the Covid low to the November 2021 high
 */
export function measureRise(series: DailySeries, params: Pick<Params, "lowFrom" | "lowTo" | "highFrom" | "highTo">): RiseMeasure {
  const { lowFrom, lowTo, highFrom, highTo } = params;
  const low = periodExtreme(series, lowFrom, lowTo, "min");
  const high = periodExtreme(series, highFrom, highTo, "max");
  const lowIntraday = periodExtreme(series, lowFrom, lowTo, "min", "low");
  const highIntraday = periodExtreme(series, highFrom, highTo, "max", "high");
  const window = sliceByDate(series, lowFrom, lowTo);
  const reading = (name: string, a: { date: string; value: number }, b: { date: string; value: number }): RiseReading =>
    ({ reading: name, from: a.date, start: a.value, to: b.date, end: b.value, rise: b.value / a.value - 1 });
  const readings = [
    reading("lowest close to highest close (used)", low, high),
    reading("intraday low to intraday high", lowIntraday, highIntraday),
    reading(`first close from ${lowFrom} to highest close`, { date: window.dates[0], value: window.close[0] }, high),
  ];
  return { low, high, rise: readings[0].rise, readings };
}

/**
 * 002-2: the closing low to closing high rise, in percent, against "nearly 150%" within
 * `riseTolerance` percentage points.
 *
 * @example
 * claimRise(measureRise(rut, defaults), defaults).verdict; // "confirmed"
 */
export function claimRise(m: RiseMeasure, params: Pick<Params, "riseTolerance">): ClaimResult {
  const fromFirstClose = m.readings[2].rise;
  return numericResult(
    { ...riseClaim, tolerance: params.riseTolerance },
    100 * m.rise,
    `Closing low ${m.low.value.toFixed(2)} on ${m.low.date} to closing high ${m.high.value.toFixed(2)} on ${m.high.date}; "nearly 150%" taken as 150 ± ${params.riseTolerance}. `
      + `From the first close of 2020 instead, the rise is only ${formatPercent(fromFirstClose)}: the article's figure fits the Covid low.`,
  );
}
