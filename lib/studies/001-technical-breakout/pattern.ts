import { numericResult, statementResult, type ClaimResult } from "../../claims/claim";
import { formatShare } from "../../claims/format";
import { sliceByDate, type DailySeries } from "../../series/daily-series";
import {
  inverseHeadAndShoulders,
  necklineAt,
  type InverseHeadAndShoulders,
  type InverseHeadAndShouldersParams,
  type PatternPrices,
} from "../../patterns/inverse-head-and-shoulders";
import { patternRows, type PatternRow } from "../../patterns/pattern-rows";
import { pivotRuleLabel, type PivotRule } from "../../patterns/pivots";
import { claimSpec } from "./claims";
import { nearestBreakout, necklineReadings, type NecklineReading } from "./nearest-breakout";
import { yearRange, type Parameters } from "./parameters";

/**
 * The swing-point rules the neckline readings and the history sweep try: pivot windows, then
 * zig-zag sizes.
 *
 * @example
 * SWING_RULES.map(pivotRuleLabel); // ["3-day pivots", …, "8% zig-zag"]
 */
export const SWING_RULES: readonly PivotRule[] = [
  ...[3, 5, 8, 10, 15, 20].map((window) => ({ window })),
  ...[0.03, 0.05, 0.08].map((zigzag) => ({ zigzag })),
];

/**
 * The detector's definition from the parameters.
 *
 * @example
 * detectorOf(DEFAULTS).pivots; // { window: 5 }
 */
export function detectorOf(params: Parameters): InverseHeadAndShouldersParams {
  return {
    pivots: params.zigzag > 0 ? { zigzag: params.zigzag } : { window: params.pivotWindow },
    prices: params.prices as PatternPrices,
    shoulderTolerance: params.shoulderTolerance,
    maxNecklineTilt: params.maxNecklineTilt,
    maxBreakoutDays: params.maxBreakoutDays,
  };
}

/**
 * The detector's definition in words, for captions and notes.
 *
 * @example
 * detectorLabel(detectorOf(DEFAULTS)); // "5-day pivots of the closes, shoulders within 5.0%, neckline tilt within 5.0%"
 */
export function detectorLabel(detector: InverseHeadAndShouldersParams): string {
  const prices = (detector.prices ?? "close") === "close" ? "closes" : "highs and lows";
  return `${pivotRuleLabel(detector.pivots)} of the ${prices}, shoulders within ${formatShare(detector.shoulderTolerance, 1)}, `
    + `neckline tilt within ${formatShare(detector.maxNecklineTilt, 1)}`;
}

/** The breakout the article's neckline refers to: the pattern and its breakout day. */
export interface NecklineBreakout {
  pattern: InverseHeadAndShoulders;
  index: number;
  date: string;
  close: number;
  /** The neckline's level on the breakout day, index points. */
  neckline: number;
}

/**
 * 001-1's measurement: every pattern the detector finds, those formed in the year, and the
 * year's breakout whose neckline is nearest the article's.
 *
 * @example
 * const m: PatternMeasurement = measurePattern(rut.series, DEFAULTS); m.breakout?.neckline; // e.g. 2114.7
 */
export interface PatternMeasurement {
  detector: InverseHeadAndShouldersParams;
  label: string;
  patterns: InverseHeadAndShoulders[];
  /** The patterns formed (right shoulder confirmed) in the pattern year. */
  yearRows: PatternRow[];
  breakout: NecklineBreakout | null;
}

/**
 * Runs the detector over the whole history and picks the year's breakout nearest the
 * article's neckline.
 *
 * @example
 * measurePattern(rut.series, DEFAULTS).breakout?.date; // "2025-06-06"
 */
export function measurePattern(rut: DailySeries, params: Parameters): PatternMeasurement {
  const detector = detectorOf(params);
  const { from, to } = yearRange(params);
  const patterns = inverseHeadAndShoulders(rut, detector);
  const yearRows = patternRows(rut, patterns).filter((row) => row.formed >= from && row.formed <= to);
  const found = nearestBreakout(rut, patterns, params.articleNeckline, { from, to });
  const breakout = found === null || found.breakoutIndex === null ? null : {
    pattern: found,
    index: found.breakoutIndex,
    date: rut.dates[found.breakoutIndex],
    close: rut.close[found.breakoutIndex],
    neckline: necklineAt(found, found.breakoutIndex),
  };
  return { detector, label: detectorLabel(detector), patterns, yearRows, breakout };
}

/**
 * "Which breakout of the year had a neckline nearest the article's?" for every swing rule of
 * SWING_RULES, read from closes and from highs and lows (other settings as in the parameters).
 *
 * @example
 * necklineReadingRows(rut.series, DEFAULTS).length; // 18
 */
export function necklineReadingRows(rut: DailySeries, params: Parameters): NecklineReading[] {
  const detector = detectorOf(params);
  const readings = (["close", "high-low"] as PatternPrices[]).flatMap((prices) => SWING_RULES.map((pivots) => ({
    label: `${pivotRuleLabel(pivots)}, ${prices === "close" ? "closes" : "highs/lows"}`,
    params: { ...detector, pivots, prices },
  })));
  return necklineReadings(rut, readings, params.articleNeckline, yearRange(params));
}

/**
 * The days the pattern chart shows: from the left shoulder (or zoomFrom, if earlier) to zoomTo.
 *
 * @example
 * patternWindow(rut.series, m, DEFAULTS).dates[0]; // "2025-02-03"
 */
export function patternWindow(rut: DailySeries, m: PatternMeasurement, params: Parameters): DailySeries {
  const leftShoulder = m.breakout ? rut.dates[m.breakout.pattern.leftShoulder.index] : params.zoomFrom;
  return sliceByDate(rut, params.zoomFrom < leftShoulder ? params.zoomFrom : leftShoulder, params.zoomTo);
}

/**
 * 001-1: the neckline at the breakout against the article's, within `necklineTolerance`
 * points; no breakout in the year is "not confirmed".
 *
 * @example
 * necklineClaim(rut.series, measurePattern(rut.series, DEFAULTS), DEFAULTS).verdict; // "confirmed"
 */
export function necklineClaim(rut: DailySeries, m: PatternMeasurement, params: Parameters): ClaimResult {
  const spec = { ...claimSpec("001-1"), figure: params.articleNeckline, tolerance: params.necklineTolerance };
  const detector = `Detector: ${m.label}, breakout within ${params.maxBreakoutDays} trading days`;
  if (m.breakout === null) {
    return statementResult(spec, `no breakout in ${params.patternYear}`, "no",
      `${detector}: no inverse head-and-shoulders broke out in ${params.patternYear} (the readings table below shows which settings find one).`);
  }
  const { pattern, date } = m.breakout;
  const day = (row: number) => rut.dates[row];
  return numericResult(spec, m.breakout.neckline,
    `${detector}. Pattern ${day(pattern.leftShoulder.index)} / ${day(pattern.head.index)} / ${day(pattern.rightShoulder.index)}; `
      + `breakout close ${date}; neckline measured on the breakout day; confirmed within ±${params.necklineTolerance} points.`, 0);
}

/**
 * The paragraph under the pattern chart: the swings, the neckline and the breakout.
 *
 * @example
 * showMarkdown(patternSummary(rut.series, m, DEFAULTS));
 */
export function patternSummary(rut: DailySeries, m: PatternMeasurement, params: Parameters): string {
  if (m.breakout === null) {
    return `With these parameters the detector finds **no inverse head-and-shoulders breakout in ${params.patternYear}**. `
      + "Try the defaults (5-day pivots, 5% tolerances) or a looser `shoulderTolerance`.";
  }
  const { pattern: p, date, close, neckline } = m.breakout;
  const day = (row: number) => rut.dates[row];
  return [
    `Left shoulder **${day(p.leftShoulder.index)}** (${p.leftShoulder.value.toFixed(0)}), head **${day(p.head.index)}** `,
    `(${p.head.value.toFixed(0)}), right shoulder **${day(p.rightShoulder.index)}** (${p.rightShoulder.value.toFixed(0)}, `,
    `known ${day(p.formedIndex)}). The neckline runs from ${p.leftPeak.value.toFixed(1)} (${day(p.leftPeak.index)}) to `,
    `${p.rightPeak.value.toFixed(1)} (${day(p.rightPeak.index)}); the first close above it was **${date}** at ${close.toFixed(2)}, `,
    `when the neckline stood at **${neckline.toFixed(1)}**, ${(neckline - params.articleNeckline).toFixed(1)} points from the `,
    `article's ${params.articleNeckline.toLocaleString("en-US")}.`,
  ].join("");
}
