import { statementResult, type ClaimResult } from "../../claims/claim";
import type { Holds } from "../../claims/verdict";
import { formatNumber, formatPercent } from "../../claims/format";
import { isUnusual, SIGNIFICANT_PERCENTILE } from "../../claims/thresholds";
import type { LoadedSeries } from "../../data/load";
import { randomEntryBaseline, type Baseline } from "../../events/baseline";
import { juneReconstitutionDay, juneReconstitutionDays } from "../../events/reconstitution";
import {
  activityOnDays,
  indicesOfDates,
  returnsAroundDays,
  type ActivityComparison,
  type RatioSummary,
  type ReturnWindow,
  type WindowReturns,
} from "../../events/reconstitution-activity";
import { claimSpec } from "./claims";
import type { Parameters } from "./parameters";
import { unusualness } from "./signal-history";

/** A volume ratio above this (the day's volume over the median of the prior days) is busier than normal. */
export const NORMAL_RATIO = 1;

/** Trading days after the reconstitution over which "buying interest" is read from the index's return. */
export const DAYS_AFTER = 20;

/** The windows around the reconstitution day whose returns the notebook tabulates (t = the reconstitution close). */
export const RETURN_WINDOWS: readonly ReturnWindow[] = [{ from: -10, to: 0 }, { from: -5, to: 0 }, { from: 0, to: 5 }, { from: 0, to: 10 }, { from: 0, to: 20 }];

/**
 * 001-6's measurements: activity (IWM volume; the index members' volume and range) on every
 * June reconstitution day against ordinary days, the index's returns around those days, and
 * the 20 days after against random entry days.
 *
 * @example
 * const r: ReconstitutionActivity = measureReconstitution(data, DEFAULTS); r.etf.eventSummary.volumeRatio.median;
 */
export interface ReconstitutionActivity {
  days: string[];
  /** The pattern year's reconstitution day. */
  day: string;
  etf: ActivityComparison;
  index: ActivityComparison;
  around: WindowReturns[];
  after: Baseline;
}

/**
 * Measures activity and returns around every reconstitution from reconFromYear to the data's end.
 *
 * @example
 * measureReconstitution({ rut, iwm }, DEFAULTS).days[0]; // "2004-06-25"
 */
export function measureReconstitution(data: { rut: LoadedSeries; iwm: LoadedSeries }, params: Parameters): ReconstitutionActivity {
  const last = (s: LoadedSeries) => s.series.dates[s.series.dates.length - 1];
  const lastDate = last(data.iwm) < last(data.rut) ? last(data.iwm) : last(data.rut);
  const days = juneReconstitutionDays(params.reconFromYear, Number(lastDate.slice(0, 4))).filter((d) => d <= lastDate);
  if (days.length === 0) throw new Error(`reconFromYear ${params.reconFromYear}: no reconstitution day in the data (it ends ${lastDate})`);
  const rows = indicesOfDates(data.rut.series.dates, days).indices;
  return {
    days,
    day: juneReconstitutionDay(params.patternYear),
    etf: activityOnDays(data.iwm.series, days, { lookback: params.lookback }),
    index: activityOnDays(data.rut.series, days, { lookback: params.lookback }),
    around: returnsAroundDays(data.rut.series, rows, RETURN_WINDOWS),
    after: randomEntryBaseline(data.rut.series, rows, { horizon: { tradingDays: DAYS_AFTER }, from: days[0], seed: params.seed }),
  };
}

/**
 * Each reconstitution year's ratios, for the grouped bars: IWM volume, the members' volume
 * and the index's range.
 *
 * @example
 * reconstitutionBars(r).years; // ["2004", …]
 */
export function reconstitutionBars(r: ReconstitutionActivity): { years: string[]; etfVolume: number[]; indexVolume: number[]; indexRange: number[] } {
  const byDate = new Map(r.index.events.map((e) => [e.date, e]));
  return {
    years: r.etf.events.map((e) => e.date.slice(0, 4)),
    etfVolume: r.etf.events.map((e) => e.volumeRatio),
    indexVolume: r.etf.events.map((e) => byDate.get(e.date)?.volumeRatio ?? NaN),
    indexRange: r.etf.events.map((e) => byDate.get(e.date)?.rangeRatio ?? NaN),
  };
}

/**
 * Reconstitution days against ordinary days, one row per measure.
 *
 * @example
 * showTable(activityRows(r));
 */
export function activityRows(r: ReconstitutionActivity): object[] {
  const row = (measure: string, events: RatioSummary, ordinary: RatioSummary) => ({
    measure, "reconstitution days": events.n, "median ratio": events.median, "mean ratio": events.mean,
    "ordinary days": ordinary.n, "ordinary median": ordinary.median, "ordinary 90th pct": ordinary.p90,
  });
  return [
    row("IWM volume", r.etf.eventSummary.volumeRatio, r.etf.ordinary.volumeRatio),
    row("^RUT members' volume", r.index.eventSummary.volumeRatio, r.index.ordinary.volumeRatio),
    row("^RUT high-low range", r.index.eventSummary.rangeRatio, r.index.ordinary.rangeRatio),
  ];
}

/**
 * Returns around the reconstitution day against the same window from every day (fractions).
 *
 * @example
 * showTable(aroundRows(r), { percent: AROUND_PERCENT, shares: AROUND_SHARES });
 */
export function aroundRows(r: ReconstitutionActivity): object[] {
  return r.around.map((w) => ({
    window: w.label, reconstitutions: w.eventSummary.n, mean: w.eventSummary.mean, median: w.eventSummary.median,
    "share up": w.eventSummary.hitRate, "all days: mean": w.allDays.mean, "all days: share up": w.allDays.hitRate,
  }));
}

/** aroundRows' columns holding returns (signed percent). */
export const AROUND_PERCENT: readonly string[] = ["mean", "median", "all days: mean"];

/** aroundRows' columns holding hit rates (unsigned percent). */
export const AROUND_SHARES: readonly string[] = ["share up", "all days: share up"];

/**
 * The pattern year's reconstitution day in a sentence.
 *
 * @example
 * showMarkdown(reconstitutionDaySummary(r, DEFAULTS));
 */
export function reconstitutionDaySummary(r: ReconstitutionActivity, params: Parameters): string {
  const etf = r.etf.events.find((e) => e.date === r.day);
  const index = r.index.events.find((e) => e.date === r.day);
  if (!etf) return `${r.day} is not in the data.`;
  const members = index
    ? `, the index members ${index.volumeRatio.toFixed(2)}× (above ${formatNumber(index.volumePercentile, 1)}%), and the index's range was ${index.rangeRatio.toFixed(2)}× normal`
    : "";
  return `On **${r.day}** IWM traded **${etf.volumeRatio.toFixed(2)}×** its prior-${params.lookback}-day median volume `
    + `(higher than ${formatNumber(etf.volumePercentile, 1)}% of ordinary days)${members}.`;
}

/**
 * The 20 days after, against random entry days, in a sentence.
 *
 * @example
 * showMarkdown(afterSummary(r, DEFAULTS));
 */
export function afterSummary(r: ReconstitutionActivity, params: Parameters): string {
  const a = r.after;
  return `In the ${DAYS_AFTER} trading days after a reconstitution the index returned **${formatPercent(a.eventMean)}** on average `
    + `(${a.n} years), against ${formatPercent(a.unconditional.mean)} for any ${DAYS_AFTER} days from ${a.eligible.fromDate}: the `
    + `reconstitutions' mean beats ${a.percentile.toFixed(0)}% of ${a.draws.toLocaleString("en-US")} random sets of ${a.n} entry days `
    + `(seed ${params.seed}), which is **${unusualness(a.percentile)}**.`;
}

/**
 * How far 001-6 holds: both median volume ratios (the ETF's and the index members') above
 * NORMAL_RATIO and the return after unusual (isUnusual) -> yes; the volume alone -> partly;
 * otherwise no.
 *
 * @example
 * reconstitutionHolds(1.23, 1.47, 85); // "partly"
 */
export function reconstitutionHolds(etfVolumeRatio: number, indexVolumeRatio: number, afterPercentile: number): Holds {
  if (!(etfVolumeRatio > NORMAL_RATIO && indexVolumeRatio > NORMAL_RATIO)) return "no";
  return isUnusual(afterPercentile) ? "yes" : "partly";
}

/**
 * 001-6: activity higher than normal (median volume ratios of IWM and of the index members
 * above NORMAL_RATIO) and an unusual return after (isUnusual) confirm it; higher activity
 * alone is partly; no higher activity is "not confirmed".
 *
 * @example
 * reconstitutionClaim(measureReconstitution(data, DEFAULTS), DEFAULTS).verdict; // "roughly"
 */
export function reconstitutionClaim(r: ReconstitutionActivity, params: Parameters): ClaimResult {
  const holds = reconstitutionHolds(r.etf.eventSummary.volumeRatio.median, r.index.eventSummary.volumeRatio.median, r.after.percentile);
  const volumeUp = holds !== "no";
  const thisYear = r.etf.events.find((e) => e.date === r.day);
  const first = r.days[0].slice(0, 4);
  const last = r.days[r.days.length - 1].slice(0, 4);
  return statementResult(claimSpec("001-6"),
    `IWM volume ${r.etf.eventSummary.volumeRatio.median.toFixed(2)}× normal (median, ${r.etf.eventSummary.volumeRatio.n} years)`
      + `${thisYear ? `, ${thisYear.volumeRatio.toFixed(2)}× in ${params.patternYear}` : ""}; index members `
      + `${r.index.eventSummary.volumeRatio.median.toFixed(2)}×; range ${r.index.eventSummary.rangeRatio.median.toFixed(2)}×`,
    holds,
    `Volume ratio = reconstitution-day volume / median of the prior ${params.lookback} trading days, ${first}–${last}; activity `
      + `${volumeUp ? "is higher than on a normal day" : "is not higher than normal"}. Volume is two-sided, so "buying interest" is read `
      + `from prices: the index's mean return over the ${DAYS_AFTER} trading days after (${formatPercent(r.after.eventMean)}) vs any `
      + `${DAYS_AFTER} days (${formatPercent(r.after.unconditional.mean)}) is ${unusualness(r.after.percentile)} (percentile `
      + `${r.after.percentile.toFixed(0)} of random entry sets; ${SIGNIFICANT_PERCENTILE} needed). The note's growth/value membership `
      + "shifts need the reconstitution lists, which are not in the data.");
}

/**
 * The caption of the activity table, naming reconstitution days that are not trading days.
 *
 * @example
 * showTable(activityRows(r), { caption: activityCaption(r, DEFAULTS) });
 */
export function activityCaption(r: ReconstitutionActivity, params: Parameters): string {
  const missing = r.etf.missing.length > 0 ? ` Not trading days: ${r.etf.missing.join(", ")}.` : "";
  return `Reconstitution days vs ordinary days, ${r.days[0]} to ${r.days[r.days.length - 1]}: ratios to the median of the prior `
    + `${params.lookback} trading days.${missing}`;
}
