/**
 * Study 002: *Russell 2000 Breaks Out* (newsletter, September 2025). After the Russell 2000's
 * first record close in over a year, does the S&P 500 gain over the next year? The notebook
 * notebooks/002-first-record-in-a-year.ipynb calls these functions; `study.run` computes the
 * same claims in Node.
 */
import type { ClaimResult } from "../../claims/claim";
import { defineStudy } from "../../claims/spec";
import { claimBreakout, claimDrought, findBreakout } from "./breakout";
import { claims } from "./claims";
import { joinText, loadData, type StudyData } from "./data";
import { claimCount, measureHistory, measureSweep } from "./history";
import { claimSp500After, measureOutcomes } from "./outcomes";
import { claimOutOfSample, measureOutOfSample } from "./out-of-sample";
import { defaults, type Params } from "./params";
import { measureReadings, summarizeReadings } from "./readings";
import { claimRise, measureRise } from "./rise";

export * from "./breakout";
export * from "./claims";
export * from "./data";
export * from "./drought-steps";
export * from "./drought-sweep";
export * from "./history";
export * from "./outcomes";
export * from "./out-of-sample";
export * from "./params";
export * from "./readings";
export * from "./record-breakouts";
export * from "./rise";

/**
 * Every claim of the study on loaded data, in claims order, with the functions the notebook calls.
 *
 * @example
 * checkClaims(loadData(defaults), defaults).map((c) => c.verdict);
 */
export function checkClaims(data: StudyData, params: Params): ClaimResult[] {
  const [rut, long, gspc] = [data.rut.series, data.rutLong.series, data.gspc.series];
  const series = { rut: long, gspc, sp500: data.sp500.series };
  const breakout = findBreakout(rut, params);
  const history = measureHistory(long, breakout.date, params);
  const tried = summarizeReadings(measureReadings(long, gspc, history.historyTo, params), params);
  const sweep = measureSweep(long, gspc, history, params);
  const outcomes = measureOutcomes(series, history, params);
  return [
    claimBreakout(breakout, params),
    claimRise(measureRise(rut, params), params),
    claimCount(history, tried, sweep, params, joinText(data.rutLong)),
    claimSp500After(outcomes, history, tried, params),
    claimDrought(breakout, params),
    claimOutOfSample(measureOutOfSample({ ...series, rut }, breakout, params), params),
  ];
}

export const study = defineStudy<Params>({
  id: "002",
  slug: "first-record-in-a-year",
  article: { title: "Russell 2000 Breaks Out", publisher: "investment newsletter", date: "2025-09" },
  claims,
  defaults,
  run: (params) => checkClaims(loadData(params), params),
});
