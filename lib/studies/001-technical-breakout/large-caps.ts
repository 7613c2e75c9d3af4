import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPoints, formatShare } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import type { LoadedSeries } from "../../data/load";
import { upperBound } from "../../series/daily-series";
import { alignPaths, type AlignedPaths } from "../../series/relative-paths";
import { yearToDatePath } from "../../series/year-to-date-path";
import { datingNote, type ArticleDating } from "./article-dating";
import { claimSpec } from "./claims";
import type { Parameters } from "./parameters";
import type { RecentReading } from "./window-readings";
import { onDays, rangeText, recentReadingsNote, windowRuleNote, windowTally } from "./window-verdict";

/**
 * "Lagged for much of the year": behind on more than this share of the trading days from
 * January to the article's date.
 *
 * @example
 * lagHolds(0.6, 60); // "yes": 0.6 > LAGGED_SHARE
 */
export const LAGGED_SHARE = 0.5;

/**
 * The Russell 2000's year-to-date price return beside the S&P 500's (a = Russell 2000, b = the
 * other) and the Nasdaq Composite's, through the pattern year.
 *
 * @example
 * const lag: LargeCapPaths = measureLag(data, DEFAULTS); lag.spx.dates.length;
 */
export interface LargeCapPaths {
  spx: AlignedPaths;
  nasdaq: AlignedPaths;
}

/**
 * Measures the small caps against the large caps through the pattern year.
 *
 * @example
 * measureLag(data, DEFAULTS).spx.a[0]; // the Russell 2000's return on the year's first day
 */
export function measureLag(data: { rut: LoadedSeries; spx: LoadedSeries; nasdaq: LoadedSeries }, params: Parameters): LargeCapPaths {
  const ytd = (loaded: LoadedSeries) => yearToDatePath(loaded.series, params.patternYear);
  return { spx: alignPaths(ytd(data.rut), ytd(data.spx)), nasdaq: alignPaths(ytd(data.rut), ytd(data.nasdaq)) };
}

/**
 * How far the small caps trailed from January to one day: trading days, days behind, their
 * share, and the gap that day (a return difference, fraction).
 *
 * @example
 * const day: LagDay = lagOn(lag.spx, "2025-07-09"); day.shareBehind; // 0.89
 */
export interface LagDay {
  date: string;
  days: number;
  daysBehind: number;
  shareBehind: number;
  gap: number;
  holds: Holds;
}

/**
 * How far 001-5 holds on a day: behind on more than LAGGED_SHARE of the days so far -> yes;
 * behind on some days -> partly; never behind -> no.
 *
 * @example
 * lagHolds(0.5, 64); // "partly": half is not "much of the year"
 */
export function lagHolds(shareBehind: number, daysBehind: number): Holds {
  if (shareBehind > LAGGED_SHARE) return "yes";
  return daysBehind > 0 ? "partly" : "no";
}

/**
 * The small caps against one large-cap path from January to `date` (the last shared day on or before it).
 *
 * @example
 * lagOn(measureLag(data, DEFAULTS).spx, "2025-12-31").shareBehind;
 */
export function lagOn(paths: AlignedPaths, date: string): LagDay {
  const last = upperBound(paths.dates, date) - 1;
  if (last < 0) return { date, days: 0, daysBehind: 0, shareBehind: NaN, gap: NaN, holds: "untestable" };
  let daysBehind = 0;
  for (let i = 0; i <= last; i++) if (paths.a[i] < paths.b[i]) daysBehind++;
  const days = last + 1;
  return { date, days, daysBehind, shareBehind: daysBehind / days, gap: paths.a[last] - paths.b[last], holds: lagHolds(daysBehind / days, daysBehind) };
}

/**
 * 001-5 against the S&P 500 on each of the given dates.
 *
 * @example
 * lagDays(lag, dating.dates).map((d) => d.holds);
 */
export function lagDays(lag: LargeCapPaths, dates: readonly string[]): LagDay[] {
  return dates.map((date) => lagOn(lag.spx, date));
}

/**
 * The small caps against both large-cap indexes through the window's first and last days and
 * the year's end, as table rows (shares and gaps as fractions: show them with LAG_SHARES and LAG_POINTS).
 *
 * @example
 * showTable(lagRows(lag, dating, DEFAULTS), { shares: LAG_SHARES, points: LAG_POINTS });
 */
export function lagRows(lag: LargeCapPaths, dating: ArticleDating, params: Parameters): object[] {
  const dates = [...new Set([dating.dates[0], dating.dates[dating.dates.length - 1], `${params.patternYear}-12-31`])].filter(Boolean);
  return dates.flatMap((date) => ([["S&P 500", lag.spx], ["Nasdaq Composite", lag.nasdaq]] as const).map(([against, paths]) => {
    const day = lagOn(paths, date);
    return { "Russell 2000 vs": against, through: date, "trading days": day.days, "days behind": day.daysBehind, "share behind": day.shareBehind, "gap that day": day.gap };
  }));
}

/** lagRows' share columns. */
export const LAG_SHARES: readonly string[] = ["share behind"];

/** lagRows' columns of return differences (percentage points). */
export const LAG_POINTS: readonly string[] = ["gap that day"];

/**
 * 001-5: the small caps' lag read on every day of the article's window, decided by windowTally.
 *
 * @example
 * lagClaim(lagDays(lag, dating.dates), dating, recentReadings(inputs, DEFAULTS), lag, DEFAULTS).verdict; // "confirmed"
 */
export function lagClaim(days: readonly LagDay[], dating: ArticleDating, readings: readonly RecentReading[], lag: LargeCapPaths, params: Parameters): ClaimResult {
  const tally = windowTally(days.map((d) => d.holds));
  const read = days.filter((d) => d.days > 0);
  const yearEnd = `${params.patternYear}-12-31`;
  const spx = lagOn(lag.spx, yearEnd);
  const nasdaq = lagOn(lag.nasdaq, yearEnd);
  const share = (v: number) => formatShare(v, 1);
  return statementResult(claimSpec("001-5"),
    read.length === 0 ? "no window day to read" : `lagging ${onDays(tally.yes, tally.days)}: behind the S&P 500 on `
      + `${rangeText(read.map((d) => d.shareBehind), share)} of the trading days to date; gap ${rangeText(read.map((d) => d.gap), formatPoints)}`,
    tally.holds,
    `${datingNote(dating)} ${windowRuleNote(tally)} ${recentReadingsNote(readings, "001-5")} Price indexes (^RUT, ^GSPC), YTD from the ${params.patternYear - 1} close; "much `
      + `of the year" read as behind on more than ${formatShare(LAGGED_SHARE)} of the trading days from January to the day. Through `
      + `${spx.date}: behind the S&P 500 on ${share(spx.shareBehind)} of days, the Nasdaq Composite on ${share(nasdaq.shareBehind)}.`);
}
