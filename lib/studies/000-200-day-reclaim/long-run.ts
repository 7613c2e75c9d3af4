import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { LoadedSeries } from "../../data/load";
import { cagr, meanCalendarYearReturn, type Cagr, type MeanYearReturn } from "../../series/cagr";
import { SPEC } from "./claims";
import type { ReclaimStudyParams } from "./params";

/** The readings of "average annual return" the study measures. */
export interface LongRun {
  /** Price CAGR from the first day of ^RUT to the article's date. */
  priceCagr: Cagr;
  /** Mean of complete calendar-year price returns up to the year before the article. */
  yearly: MeanYearReturn;
  /** IWM total-return CAGR minus ^RUT price CAGR over the years both cover: the dividends. */
  dividendGap: number;
  /** First day of the ETF, where the dividend gap starts. */
  overlapFrom: string;
}

/**
 * The long-run annual return of the index by reading.
 *
 * @example
 * measureLongRun(rut, iwm, DEFAULTS).priceCagr.value; // about 0.071
 */
export function measureLongRun(rut: LoadedSeries, iwm: LoadedSeries, params: ReclaimStudyParams): LongRun {
  const priceCagr = cagr(rut.series, rut.series.dates[0], params.articleDate);
  const yearly = meanCalendarYearReturn(rut.series, { toYear: Number(params.articleDate.slice(0, 4)) - 1 });
  const overlapFrom = iwm.series.dates[0];
  const dividendGap = cagr(iwm.series, overlapFrom, params.articleDate).value - cagr(rut.series, overlapFrom, params.articleDate).value;
  return { priceCagr, yearly, dividendGap, overlapFrom };
}

/**
 * The table of readings: one row each, annual returns as fractions.
 *
 * @example
 * showTable(longRunRows(longRun, DEFAULTS), { percent: ["annual"] });
 */
export function longRunRows(m: LongRun, params: ReclaimStudyParams): { reading: string; annual: number }[] {
  return [
    { reading: `price CAGR ${m.priceCagr.startDate} to ${m.priceCagr.endDate}`, annual: m.priceCagr.value },
    { reading: `mean of calendar-year price returns ${m.yearly.firstYear}-${m.yearly.lastYear}`, annual: m.yearly.mean },
    { reading: `IWM total-return CAGR minus ^RUT price CAGR, ${m.overlapFrom} to ${params.articleDate} (dividends)`, annual: m.dividendGap },
    { reading: "price CAGR + dividend gap (a total-return estimate)", annual: m.priceCagr.value + m.dividendGap },
  ];
}

/**
 * 000-5: the long-run average annual return "since 1978", about 9.1%.
 *
 * @example
 * claim5(measureLongRun(rut, iwm, DEFAULTS)).verdict;
 */
export function claim5(m: LongRun): ClaimResult {
  return numericResult(
    SPEC["000-5"],
    100 * m.priceCagr.value,
    `Price CAGR from ${m.priceCagr.startDate} (our data's start; 1978-87 not covered) to ${m.priceCagr.endDate}. The mean of calendar-year returns gives ${formatPercent(m.yearly.mean)}, and adding the dividend gap gives about ${formatPercent(m.priceCagr.value + m.dividendGap)}: the article's figure fits an arithmetic mean or a total-return reading better than a price CAGR.`,
  );
}
