import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { LoadedSeries } from "../../data/load";
import { distanceBelowPeak, type DistanceBelowPeak } from "../../series/distance-below-peak";
import type { ExtremeField } from "../../series/period-extreme";
import { BELOW_PEAK } from "./claims";
import type { StudyData } from "./data";
import type { Parameters } from "./parameters";

/** The parameters 003-1 reads. */
export type BelowPeakParameters = Pick<Parameters, "peakFrom" | "peakTo" | "articleFrom" | "articleTo" | "belowTarget" | "belowTolerance">;

/** One reading of "below the November 2021 peak": a series and the field its peak is taken from. */
export interface BelowPeakReading {
  reading: string;
  loaded: LoadedSeries;
  field: ExtremeField;
  distance: DistanceBelowPeak;
}

/** 003-1's measurements. */
export interface BelowPeak {
  /** "About 17%" as a band of distances (fractions, 0.16..0.18). */
  band: { low: number; high: number };
  /** The verdict's reading (^RUT close vs the record close) over the article's window. */
  window: DistanceBelowPeak;
  /** The same distance from the record to the end of 2024, for the chart. */
  path: DistanceBelowPeak;
  /** Every reading tried, the verdict's first. */
  readings: BelowPeakReading[];
}

/**
 * How far the Russell 2000 stood below its November 2021 record on each day the article could
 * have been written, and the same for the other readings (intraday high, IWM, a second IWM source).
 *
 * @example
 * measureBelowPeak(loadData(defaults), defaults).window.last.distance; // -0.166
 */
export function measureBelowPeak(data: StudyData, params: BelowPeakParameters): BelowPeak {
  const { peakFrom, peakTo, articleFrom, articleTo, belowTarget, belowTolerance } = params;
  const band = { low: (belowTarget - belowTolerance) / 100, high: (belowTarget + belowTolerance) / 100 };
  const over = (loaded: LoadedSeries, field: ExtremeField) =>
    distanceBelowPeak(loaded.series, { peakFrom, peakTo, field, from: articleFrom, to: articleTo, band });
  const readings: BelowPeakReading[] = [
    { reading: "^RUT close vs record close (the verdict's reading)", loaded: data.rut, field: "close", distance: over(data.rut, "close") },
    { reading: "^RUT close vs record intraday high", loaded: data.rut, field: "high", distance: over(data.rut, "high") },
    { reading: "IWM adjusted close vs its November 2021 high close", loaded: data.iwm, field: "close", distance: over(data.iwm, "close") },
    { reading: "IWM_ADJ (second source) vs its November 2021 high close", loaded: data.iwmAdj, field: "close", distance: over(data.iwmAdj, "close") },
  ];
  const window = readings[0].distance;
  const path = distanceBelowPeak(data.rut.series, { peakFrom, peakTo, from: window.peak.date, to: "2024-12-31", band });
  return { band, window, path, readings };
}

/**
 * 003-1: the distance below the record on the last day of the article's window (the day before
 * the reconstitution it anticipates), against "about `belowTarget`%" ± `belowTolerance`.
 *
 * @example
 * claimBelowPeak(measureBelowPeak(data, defaults), defaults).verdict; // "confirmed"
 */
export function claimBelowPeak(m: BelowPeak, params: BelowPeakParameters): ClaimResult {
  const { articleFrom, articleTo, belowTarget, belowTolerance } = params;
  const { window } = m;
  const lastSpell = window.spans[window.spans.length - 1];
  const spell = lastSpell ? `${lastSpell.startDate} to ${lastSpell.endDate}` : "none";
  const spec = { ...BELOW_PEAK, article: `about ${belowTarget} below`, figure: belowTarget, tolerance: belowTolerance };
  return numericResult(spec, -100 * window.last.distance,
    `Close on ${window.last.date} (the day before the reconstitution the article anticipates) vs the record close of ${window.peak.date}. `
    + `"About ${belowTarget}%" (± ${belowTolerance}) held on ${window.daysInBand} of ${window.dates.length} trading days from ${articleFrom} to ${articleTo}, `
    + `last spell in the band ${spell}; the distance ranged ${formatPercent(window.shallowest.distance)} to ${formatPercent(window.deepest.distance)} in the window.`);
}
