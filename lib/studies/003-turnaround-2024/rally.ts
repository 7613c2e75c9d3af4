import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatPoints } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import type { LoadedSeries } from "../../data/load";
import { periodExtreme, type PeriodExtreme } from "../../series/period-extreme";
import { relativePerformance, type RelativePerformance } from "../../series/relative-performance";
import { LATE_2023_RALLY } from "./claims";
import type { StudyData } from "./data";
import type { Parameters } from "./parameters";

/** The parameters 003-2 reads. */
export type RallyParameters = Pick<Parameters, "rallyLowFrom" | "rallyLowTo" | "rallyEnd" | "summerLowFrom" | "summerEnd" | "september2024" | "articleTo">;

/** One window of the rally, for one pair of small- and large-cap series. */
export interface RallyReading {
  pair: string;
  window: string;
  performance: RelativePerformance;
}

/** 003-2's measurements. */
export interface Rally {
  /** The lowest close of October 2023: the rally's start. */
  octoberLow: PeriodExtreme;
  /** The summer-2023 reading: its low and the high after it, before September 2023. */
  summerLow: PeriodExtreme;
  summerHigh: PeriodExtreme;
  /** Every pair over every window (the verdict's window first). */
  readings: RallyReading[];
  /** The verdict's reading: October low to year end, indexes and ETFs. */
  index: RelativePerformance;
  etf: RelativePerformance;
  /** Relative strength from the summer-2023 low to September 2024, for the chart. */
  strength: RelativePerformance;
  strengthEtf: RelativePerformance;
}

/**
 * Small caps against large caps in the late-2023 rally and in the other readings of the
 * article's window: the Russell 2000 vs the S&P 500 (price) and IWM vs SPY (adjusted).
 *
 * @example
 * measureRally(loadData(defaults), defaults).index.difference; // 0.080: 8 points ahead
 */
export function measureRally(data: StudyData, params: RallyParameters): Rally {
  const { rut, gspc, iwm, spy } = data;
  const octoberLow = periodExtreme(rut.series, params.rallyLowFrom, params.rallyLowTo, "min");
  const summerLow = periodExtreme(rut.series, params.summerLowFrom, params.summerEnd, "min");
  const summerHigh = periodExtreme(rut.series, summerLow.date, params.summerEnd, "max");
  const windows = [
    { window: "October 2023 low to year end (the verdict's reading)", from: octoberLow.date, to: params.rallyEnd },
    { window: "October 2023 low to the article's last possible day", from: octoberLow.date, to: params.articleTo },
    { window: "October 2023 low to the last close before September 2024", from: octoberLow.date, to: params.september2024 },
    { window: "summer 2023: May low to the high before September 2023", from: summerLow.date, to: summerHigh.date },
  ];
  const pairs: { pair: string; a: LoadedSeries; b: LoadedSeries }[] = [
    { pair: "Russell 2000 vs S&P 500 (price)", a: rut, b: gspc },
    { pair: "IWM vs SPY (adjusted)", a: iwm, b: spy },
  ];
  const readings = pairs.flatMap((p) => windows.map((w) => ({
    pair: p.pair, window: w.window, performance: relativePerformance(p.a.series, p.b.series, w.from, w.to),
  })));
  return {
    octoberLow,
    summerLow,
    summerHigh,
    readings,
    index: readings[0].performance,
    etf: readings[windows.length].performance,
    strength: relativePerformance(rut.series, gspc.series, summerLow.date, params.september2024),
    strengthEtf: relativePerformance(iwm.series, spy.series, summerLow.date, params.september2024),
  };
}

/**
 * How far "small caps beat large caps" holds: yes when both the indexes and the ETFs show small
 * caps ahead, partly when one does, no when neither does.
 *
 * @example
 * rallyHolds(0.08, -0.01); // "partly"
 */
export function rallyHolds(indexDifference: number, etfDifference: number): Holds {
  if (indexDifference > 0 && etfDifference > 0) return "yes";
  return indexDifference > 0 || etfDifference > 0 ? "partly" : "no";
}

/**
 * 003-2: small caps against large caps from the October 2023 low to year end.
 *
 * @example
 * claimRally(measureRally(data, defaults), defaults).verdict; // "confirmed"
 */
export function claimRally(m: Rally, params: RallyParameters): ClaimResult {
  const { index, etf } = m;
  const agree = index.difference > 0 === etf.difference > 0 ? "price indexes and adjusted ETF closes agree" : "price indexes and adjusted ETF closes disagree";
  const lasted = leadLasted(m) ? "The lead lasted to the article's last possible day" : "The lead did not last";
  return statementResult(LATE_2023_RALLY,
    `Russell 2000 ${formatPercent(index.aReturn)} vs S&P 500 ${formatPercent(index.bReturn)} (${formatPoints(index.difference)}); IWM vs SPY ${formatPoints(etf.difference)}`,
    rallyHolds(index.difference, etf.difference),
    `Lowest close of ${params.rallyLowFrom.slice(0, 7)} (${index.fromDate}) to the last close of ${params.rallyEnd.slice(0, 4)} (${index.toDate}); `
    + `${agree}. ${lasted}: see the other windows in the table.`);
}

/**
 * Whether small caps were still ahead, measured from the October 2023 low, on the article's
 * last possible day (the second window of the readings).
 *
 * @example
 * leadLasted(measureRally(data, defaults)); // false: by June 2024 small caps trailed
 */
export function leadLasted(m: Rally): boolean {
  return m.readings[1].performance.difference > 0;
}
