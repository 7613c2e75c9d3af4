import type { Span } from "./spans";
import { spansInBand } from "./band-spans";
import { sliceByDate, type DailySeries } from "./daily-series";
import { distanceFromLevel, periodExtreme, type ExtremeField, type PeriodExtreme } from "./period-extreme";

/** Which peak, which days, and which band count as "about X% below the peak". */
export interface DistanceBelowPeakOptions {
  /** The period holding the peak, e.g. November 2021: "2021-11-01".."2021-11-30". */
  peakFrom: string;
  peakTo: string;
  /** The peak's column: the highest close (default) or the intraday high. */
  field?: ExtremeField;
  /** The days to measure (ISO dates, inclusive). */
  from: string;
  to: string;
  /** The band counted as the article's figure, as fractions below the peak: 0.16..0.18 for "about 17%". */
  band: { low: number; high: number };
}

/** How far the closes sat below a past peak, day by day, and when that matched a figure. */
export interface DistanceBelowPeak {
  peak: PeriodExtreme;
  /** The days measured. */
  dates: string[];
  /** close / peak - 1 on each day (-0.17 = 17% below). */
  distance: Float64Array;
  /** Spells of days whose distance below the peak was inside the band. */
  spans: Span[];
  daysInBand: number;
  /** The days furthest below and closest to the peak in the range. */
  deepest: { date: string; distance: number };
  shallowest: { date: string; distance: number };
  /** The distance on the last day measured. */
  last: { date: string; distance: number };
}

/**
 * Closes measured against a past peak (the highest close, or intraday high, of a period), with
 * the spells on which they sat inside a band below it: which days fit "about 17% below the
 * November 2021 peak".
 *
 * @example
 * const d = distanceBelowPeak(rut, { peakFrom: "2021-11-01", peakTo: "2021-11-30", from: "2024-01-01", to: "2024-06-27",
 *   band: { low: 0.16, high: 0.18 } });
 * d.spans.map((s) => s.startDate); // the days the article's figure held
 */
export function distanceBelowPeak(series: DailySeries, options: DistanceBelowPeakOptions): DistanceBelowPeak {
  const { low, high } = options.band;
  if (!(low >= 0 && low <= high)) throw new Error(`band ${low}..${high}: fractions below the peak with 0 <= low <= high (0.16..0.18 for "about 17%")`);
  const peak = periodExtreme(series, options.peakFrom, options.peakTo, "max", options.field ?? "close");
  const window = sliceByDate(series, options.from, options.to);
  if (window.dates.length === 0) throw new Error(`${series.id}: no trading day in ${options.from}..${options.to}; choose a range with data`);
  const distance = distanceFromLevel(window.close, peak.value);
  const spans = spansInBand(window.dates, distance, -high, -low);
  const at = (i: number) => ({ date: window.dates[i], distance: distance[i] });
  let deepest = 0;
  let shallowest = 0;
  distance.forEach((d, i) => {
    if (d < distance[deepest]) deepest = i;
    if (d > distance[shallowest]) shallowest = i;
  });
  return {
    peak,
    dates: window.dates,
    distance,
    spans,
    daysInBand: spans.reduce((sum, s) => sum + s.tradingDays, 0),
    deepest: at(deepest),
    shallowest: at(shallowest),
    last: at(distance.length - 1),
  };
}
