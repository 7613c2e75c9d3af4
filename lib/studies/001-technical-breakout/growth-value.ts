import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import type { LoadedSeries } from "../../data/load";
import { spansInBand } from "../../series/band-spans";
import { upperBound } from "../../series/daily-series";
import { alignPaths, returnRatio, type AlignedPaths } from "../../series/relative-paths";
import type { Span } from "../../series/spans";
import { yearToDatePath } from "../../series/year-to-date-path";
import { datingNote, type ArticleDating } from "./article-dating";
import { claimSpec } from "./claims";
import type { Parameters } from "./parameters";
import type { RecentReading } from "./window-readings";
import { onDays, rangeText, recentReadingsNote, windowRuleNote, windowTally } from "./window-verdict";

/**
 * Growth against value year to date: both paths on their shared days, growth's return over
 * value's (NaN where value is up less than minValueReturn), and the stretches in the band.
 *
 * @example
 * const gv: GrowthValue = measureGrowthValue(iwo, iwn, DEFAULTS); gv.ratio[gv.paths.dates.length - 1];
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

/**
 * How far 001-4 holds on a day: growth's return over value's within [low, high] -> yes; growth
 * ahead of value without that ratio -> partly; value ahead (or level) -> no.
 *
 * @example
 * growthValueHolds(0.04, 0.02, 2, 1.75, 2.25); // "yes"
 * growthValueHolds(0.03, 0.02, 1.5, 1.75, 2.25); // "partly"
 */
export function growthValueHolds(growth: number, value: number, ratio: number, low: number, high: number): Holds {
  if (ratio >= low && ratio <= high) return "yes";
  return growth > value ? "partly" : "no";
}

/**
 * 001-4 read on one day: the year-to-date returns on the last shared day on or before it.
 *
 * @example
 * const [day]: GrowthValueDay[] = growthValueDays(gv, ["2025-07-09"], DEFAULTS); day.ratio; // 1.48
 */
export interface GrowthValueDay {
  date: string;
  growth: number;
  value: number;
  /** NaN where value is up less than minValueReturn. */
  ratio: number;
  holds: Holds;
}

/**
 * 001-4 on each of the given dates.
 *
 * @example
 * growthValueDays(gv, dating.dates, DEFAULTS).map((d) => d.holds);
 */
export function growthValueDays(gv: GrowthValue, dates: readonly string[], params: Parameters): GrowthValueDay[] {
  return dates.map((date) => {
    const at = upperBound(gv.paths.dates, date) - 1;
    if (at < 0) return { date, growth: NaN, value: NaN, ratio: NaN, holds: "untestable" };
    const growth = gv.paths.a[at];
    const value = gv.paths.b[at];
    const ratio = gv.ratio[at];
    return { date, growth, value, ratio, holds: growthValueHolds(growth, value, ratio, params.ratioLow, params.ratioHigh) };
  });
}

function spanText(spans: readonly Span[], joiner: string): string {
  return spans.map((s) => (s.startDate === s.endDate ? s.startDate : `${s.startDate}${joiner}${s.endDate}`)).join(", ") || "none";
}

/**
 * 001-4: growth against value read on every day of the article's window, decided by windowTally.
 *
 * @example
 * growthValueClaim(growthValueDays(gv, dating.dates, DEFAULTS), dating, recentReadings(inputs, DEFAULTS), gv, DEFAULTS).verdict; // "roughly"
 */
export function growthValueClaim(days: readonly GrowthValueDay[], dating: ArticleDating, readings: readonly RecentReading[], gv: GrowthValue, params: Parameters): ClaimResult {
  const tally = windowTally(days.map((d) => d.holds));
  return statementResult(claimSpec("001-4"),
    `ratio ${rangeText(days.map((d) => d.ratio), (v) => v.toFixed(2))} over the window: about twice ${onDays(tally.yes, tally.days)}, `
      + `growth ahead ${onDays(tally.yes + tally.partly, tally.days)}`,
    tally.holds,
    `${datingNote(dating)} ${windowRuleNote(tally)} ${recentReadingsNote(readings, "001-4")} ETF total returns (IWO, IWN adjusted closes), not the Russell growth/value `
      + `indexes; over the window growth ${rangeText(days.map((d) => d.growth), formatPercent)}, value `
      + `${rangeText(days.map((d) => d.value), formatPercent)} year to date. "About twice" read as a ratio in ${params.ratioLow}–`
      + `${params.ratioHigh}; growth ahead of value without that ratio counts as partly. Days in the band in ${params.patternYear}: `
      + `${spanText(gv.inBand, "–")}.`);
}

/**
 * The paragraph under the growth/value charts.
 *
 * @example
 * showMarkdown(growthValueSummary(gv, days, DEFAULTS));
 */
export function growthValueSummary(gv: GrowthValue, days: readonly GrowthValueDay[], params: Parameters): string {
  const inBand = gv.inBand.reduce((n, s) => n + s.tradingDays, 0);
  return `Over the article's window growth was ${rangeText(days.map((d) => d.growth), formatPercent)} and value `
    + `${rangeText(days.map((d) => d.value), formatPercent)} year to date: a ratio of **${rangeText(days.map((d) => d.ratio), (v) => v.toFixed(2))}**. `
    + `The ratio sits in the "about twice" band on ${inBand} trading days of ${params.patternYear}: ${spanText(gv.inBand, " to ")}. `
    + `On those days both returns are small, so "twice" is a difference of a point or two.`;
}
