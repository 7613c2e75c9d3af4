import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import { upperBound } from "../../series/daily-series";
import type { LoadedSeries } from "../../data/load";
import { alignPaths, returnRatio, type AlignedPaths } from "../../series/relative-paths";
import { spansInBand } from "../../series/band-spans";
import type { Span } from "../../series/spans";
import { yearToDatePath } from "../../series/year-to-date-path";
import { claimSpec } from "./claims";
import type { Parameters } from "./parameters";

/**
 * Growth against value year to date: both paths on their shared days, growth's return over
 * value's (NaN where value is up less than minValueReturn), and the stretches in the band.
 *
 * @example
 * const gv: GrowthValue = measureGrowthValue(iwo, iwn, DEFAULTS); gv.ratio[gv.dates.length - 1];
 */
export interface GrowthValue {
  /** a = growth, b = value: year-to-date total returns (fractions). */
  paths: AlignedPaths;
  ratio: Float64Array;
  /** Stretches of the year on which the ratio is within ratioLow..ratioHigh. */
  inBand: Span[];
}

/**
 * Measures growth (IWO) against value (IWN) through the pattern year.
 *
 * @example
 * measureGrowthValue(data.iwo, data.iwn, DEFAULTS).inBand.map((s) => s.startDate);
 */
export function measureGrowthValue(growth: LoadedSeries, value: LoadedSeries, params: Parameters): GrowthValue {
  const paths = alignPaths(yearToDatePath(growth.series, params.patternYear), yearToDatePath(value.series, params.patternYear));
  const ratio = returnRatio(paths.a, paths.b, params.minValueReturn);
  return { paths, ratio, inBand: spansInBand(paths.dates, ratio, params.ratioLow, params.ratioHigh) };
}

function spanText(spans: readonly Span[], joiner: string): string {
  return spans.map((s) => (s.startDate === s.endDate ? s.startDate : `${s.startDate}${joiner}${s.endDate}`)).join(", ") || "none";
}

/**
 * 001-4 on one day: the ratio in the band confirms it; growth ahead of value without that
 * ratio is partly; value ahead is "not confirmed".
 *
 * @example
 * growthValueClaim(gv, "2025-07-09", DEFAULTS).measured; // "growth +2.0% vs value +1.4% YTD on 2025-07-09 (ratio 1.48)"
 */
export function growthValueClaim(gv: GrowthValue, readOn: string, params: Parameters): ClaimResult {
  const at = upperBound(gv.paths.dates, readOn) - 1;
  const date = gv.paths.dates[at];
  const growth = gv.paths.a[at];
  const value = gv.paths.b[at];
  const ratio = gv.ratio[at];
  const inBand = ratio >= params.ratioLow && ratio <= params.ratioHigh;
  return statementResult(claimSpec("001-4"),
    `growth ${formatPercent(growth)} vs value ${formatPercent(value)} YTD on ${date}${Number.isNaN(ratio) ? "" : ` (ratio ${ratio.toFixed(2)})`}`,
    inBand ? "yes" : growth > value ? "partly" : "no",
    `ETF total returns (IWO, IWN adjusted closes), not the Russell growth/value indexes. "About twice" read as a ratio in `
      + `${params.ratioLow}–${params.ratioHigh} on ${date}; growth ahead of value without that ratio counts as partly. `
      + `Days in the band in ${params.patternYear}: ${spanText(gv.inBand, "–")}.`);
}

/**
 * The paragraph under the growth/value charts.
 *
 * @example
 * showMarkdown(growthValueSummary(gv, "2025-07-09", DEFAULTS));
 */
export function growthValueSummary(gv: GrowthValue, readOn: string, params: Parameters): string {
  const at = upperBound(gv.paths.dates, readOn) - 1;
  const ratio = gv.ratio[at];
  const days = gv.inBand.reduce((n, s) => n + s.tradingDays, 0);
  return `On **${gv.paths.dates[at]}** growth was ${formatPercent(gv.paths.a[at])} and value ${formatPercent(gv.paths.b[at])} year to date`
    + `${Number.isNaN(ratio) ? " (value not up enough for a ratio)" : `: a ratio of **${ratio.toFixed(2)}**`}. `
    + `The ratio sits in the "about twice" band on ${days} trading days of ${params.patternYear}: ${spanText(gv.inBand, " to ")}. `
    + `On those days both returns are small, so "twice" is a difference of a point or two.`;
}
