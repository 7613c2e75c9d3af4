import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatPoints } from "../../claims/format";
import { readingsTried, readingsTriedNote } from "../../claims/readings-tried";
import { cagr, meanCalendarYearReturn } from "../../series/cagr";
import { maxDrawdown } from "../../series/drawdowns";
import { SPEC } from "./claims";
import type { ReclaimStudyData } from "./data";
import type { ReclaimStudyParams } from "./params";

/** "Since 1978": the last close of 1978, the first day of the long history. */
export const SINCE_1978 = "1978-12-29";
/** The first day of ^RUT in our data, where the old reading started. */
export const RUT_FIRST_DAY = "1987-09-10";
/** Where the October 1987 crash is looked for after that first day. */
export const CRASH_1987 = { from: "1987-09-10", to: "1987-12-31" } as const;

/** One reading of "long-term average annual return". */
export interface LongRunReading {
  label: string;
  series: string;
  from: string;
  to: string;
  /** Fraction per year. */
  annual: number;
  /** The standard reading (the verdict's), fixed before looking: the price CAGR since the end of 1978. */
  standard: boolean;
}

/** The readings side by side, and what the old reading's start missed. */
export interface LongRun {
  readings: LongRunReading[];
  /** The standard reading: the price CAGR of RUT_LONG from the end of 1978 to the article's date. */
  standard: LongRunReading;
  /** Price CAGR from the end of 1978 to ^RUT's first day, and the fall of October 1987 after it. */
  before1987: number;
  crash: { peakDate: string; troughDate: string; drawdown: number };
  /** Price CAGR of RU2000PR over the total-return index's span: its like-for-like price figure. */
  priceOverTotalReturnSpan: number;
}

/**
 * The long-run annual return of the Russell 2000 by reading: the price CAGR since the end of
 * 1978 on the long history (standard), the price CAGR since ^RUT's first day (September 1987),
 * the arithmetic mean of calendar-year price returns since 1979, and the total-return CAGR where
 * FRED's total-return index exists (to 2019-01-10), with the price CAGR over the same span.
 *
 * @example
 * measureLongRun(data, DEFAULTS).standard.annual; // about 0.090
 */
export function measureLongRun(data: ReclaimStudyData, params: ReclaimStudyParams): LongRun {
  const { long, rut, price, totalReturn } = data;
  const to = params.articleDate;
  const standardCagr = cagr(long.series, SINCE_1978, to);
  const fromRut = cagr(rut.series, RUT_FIRST_DAY, to);
  const lastYear = Number(to.slice(0, 4)) - 1;
  const yearly = meanCalendarYearReturn(long.series, { toYear: lastYear });
  const trEnd = totalReturn.series.dates[totalReturn.series.dates.length - 1];
  const tr = cagr(totalReturn.series, SINCE_1978, trEnd);
  const standard: LongRunReading = { label: "price CAGR since the end of 1978", series: "RUT_LONG", from: standardCagr.startDate, to: standardCagr.endDate, annual: standardCagr.value, standard: true };
  const readings: LongRunReading[] = [
    standard,
    { label: "price CAGR since ^RUT's first day", series: "RUT", from: fromRut.startDate, to: fromRut.endDate, annual: fromRut.value, standard: false },
    { label: "mean of calendar-year price returns", series: "RUT_LONG", from: String(yearly.firstYear), to: String(yearly.lastYear), annual: yearly.mean, standard: false },
    { label: "total-return CAGR (dividends reinvested), where it exists", series: "RU2000TR", from: tr.startDate, to: tr.endDate, annual: tr.value, standard: false },
  ];
  const crash = maxDrawdown(long.series, CRASH_1987.from, CRASH_1987.to);
  return {
    readings,
    standard,
    before1987: cagr(long.series, SINCE_1978, RUT_FIRST_DAY).value,
    crash: { peakDate: crash.peakDate, troughDate: crash.troughDate, drawdown: crash.drawdown },
    priceOverTotalReturnSpan: cagr(price.series, SINCE_1978, trEnd).value,
  };
}

/**
 * The table of readings, side by side, the standard one labelled.
 *
 * @example
 * showTable(longRunRows(longRun), { percent: ["annual"] });
 */
export function longRunRows(m: LongRun): { reading: string; series: string; from: string; to: string; annual: number; standard: string }[] {
  return m.readings.map((r) => ({ reading: r.label, series: r.series, from: r.from, to: r.to, annual: r.annual, standard: r.standard ? "standard (the verdict's)" : "" }));
}

/**
 * 000-5: the long-run average annual return "since 1978", about 9.1%, measured as the price
 * CAGR from the end of 1978 to the article's date.
 *
 * @example
 * claim5(measureLongRun(data, DEFAULTS)).verdict; // "confirmed"
 */
export function claim5(m: LongRun): ClaimResult {
  const spec = SPEC["000-5"];
  const [, fromRut, yearly, tr] = m.readings;
  const tried = readingsTried(m.readings.map((r) => ({ label: r.label, value: 100 * r.annual })), m.standard.label, spec.figure ?? NaN, spec.tolerance ?? 0);
  return numericResult(
    spec,
    100 * m.standard.annual,
    `Price CAGR of the Russell 2000 from ${m.standard.from} to ${m.standard.to} (RUT_LONG: FRED's RU2000PR chained into ^RUT by daily returns at ${RUT_FIRST_DAY}). `
      + `Starting at ^RUT's first day instead gives ${formatPercent(fromRut.annual)}: ${fromRut.from} falls just before the October 1987 crash `
      + `(${formatPercent(m.crash.drawdown)} from ${m.crash.peakDate} to ${m.crash.troughDate}), after years in which the index had compounded ${formatPercent(m.before1987)} a year since the end of 1978. `
      + `The mean of calendar-year returns ${yearly.from}-${yearly.to} is ${formatPercent(yearly.annual)}; the total-return CAGR ${tr.from} to ${tr.to} is ${formatPercent(tr.annual)}, `
      + `${formatPoints(tr.annual - m.priceOverTotalReturnSpan)} above the price CAGR over the same span. ${readingsTriedNote(tried, `${spec.figure}%`)}`,
  );
}
