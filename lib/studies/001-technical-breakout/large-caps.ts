import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatShare } from "../../claims/format";
import type { LoadedSeries } from "../../data/load";
import { alignPaths, relativeSummary, type RelativeSummary } from "../../series/relative-paths";
import { yearToDatePath } from "../../series/year-to-date-path";
import { claimSpec } from "./claims";
import { yearRange, type Parameters } from "./parameters";

/**
 * "Lagged for much of the year": behind on more than this share of the trading days from
 * January to the article's date.
 *
 * @example
 * lag.shareBehind > LAGGED_SHARE; // the claim holds
 */
export const LAGGED_SHARE = 0.5;

/**
 * The Russell 2000's year-to-date price return against another index's, up to a day.
 *
 * @example
 * versus(data.rut, data.spx, 2025, "2025-07-09").shareBehind;
 */
export function versus(rut: LoadedSeries, other: LoadedSeries, year: number, to: string): RelativeSummary {
  return relativeSummary(alignPaths(yearToDatePath(rut.series, year, to), yearToDatePath(other.series, year, to)));
}

/** One comparison of the small caps with a large-cap index, up to a day. */
export interface LagComparison {
  against: string;
  summary: RelativeSummary;
}

/**
 * The Russell 2000 against the S&P 500 and the Nasdaq Composite, up to the reading day and
 * over the whole year (in that order).
 *
 * @example
 * measureLag(data, "2025-07-09", DEFAULTS)[0].summary.daysBehind;
 */
export function measureLag(data: { rut: LoadedSeries; spx: LoadedSeries; nasdaq: LoadedSeries }, readOn: string, params: Parameters): LagComparison[] {
  const yearTo = yearRange(params).to;
  return [
    { against: "S&P 500", summary: versus(data.rut, data.spx, params.patternYear, readOn) },
    { against: "Nasdaq Composite", summary: versus(data.rut, data.nasdaq, params.patternYear, readOn) },
    { against: "S&P 500", summary: versus(data.rut, data.spx, params.patternYear, yearTo) },
    { against: "Nasdaq Composite", summary: versus(data.rut, data.nasdaq, params.patternYear, yearTo) },
  ];
}

/**
 * The comparisons as table rows (gaps and shares as fractions: show them as percent).
 *
 * @example
 * showTable(lagRows(comparisons), { percent: ["share behind", "widest gap", "gap on the last day"] });
 */
export function lagRows(comparisons: readonly LagComparison[]): object[] {
  return comparisons.map((c) => ({
    "Russell 2000 vs": c.against,
    through: c.summary.last.date,
    "trading days": c.summary.days,
    "days behind": c.summary.daysBehind,
    "share behind": c.summary.shareBehind,
    "widest gap": c.summary.widestGap ? c.summary.widestGap.gap : 0,
    "widest gap on": c.summary.widestGap ? c.summary.widestGap.date : "",
    "gap on the last day": c.summary.last.gap,
  }));
}

/**
 * 001-5: behind the S&P 500 on more than LAGGED_SHARE of the days to the reading day confirms
 * it; behind on some days is partly.
 *
 * @example
 * lagClaim(measureLag(data, "2025-07-09", DEFAULTS), DEFAULTS).verdict; // "confirmed"
 */
export function lagClaim(comparisons: readonly LagComparison[], params: Parameters): ClaimResult {
  const lag = comparisons[0].summary;
  return statementResult(claimSpec("001-5"),
    `behind the S&P 500 on ${lag.daysBehind} of ${lag.days} trading days to ${lag.last.date} (${formatShare(lag.shareBehind, 1)}); `
      + `gap that day ${(100 * lag.last.gap).toFixed(1)} points`,
    lag.shareBehind > LAGGED_SHARE ? "yes" : lag.daysBehind > 0 ? "partly" : "no",
    `Price indexes (^RUT, ^GSPC, ^IXIC), YTD from the ${params.patternYear - 1} close; "much of the year" read as more than half the `
      + `trading days to ${lag.last.date}. Through ${comparisons[2].summary.last.date}: behind the S&P 500 on `
      + `${formatShare(comparisons[2].summary.shareBehind, 1)} of days, the Nasdaq on ${formatShare(comparisons[3].summary.shareBehind, 1)}.`);
}
