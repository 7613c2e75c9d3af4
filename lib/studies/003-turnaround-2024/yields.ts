import { statementResult, type ClaimResult } from "../../claims/claim";
import type { Holds } from "../../claims/verdict";
import type { LoadedSeries } from "../../data/load";
import { correlationByYear, rollingCorrelation, type YearCorrelation } from "../../series/correlation";
import { sliceByDate } from "../../series/daily-series";
import { FALLING_YIELDS } from "./claims";
import type { StudyData } from "./data";
import type { Parameters } from "./parameters";
import { yieldRelation, yieldSpells, type YieldRelation, type YieldSpell } from "./yield-regimes";
import { relativeVsYieldSteps, type YieldSteps } from "./yield-steps";

/** The parameters 003-4 reads. */
export type YieldsParameters = Pick<Parameters, "stepDays" | "ratesFrom" | "recentFrom" | "corrWindow" | "spellThreshold" | "articleTo">;

/** Steps shorter than this many per year leave the year's correlation blank. */
export const MIN_STEPS_PER_YEAR = 20;

/** One reading of the yield test: a yield series, a step length and a start. */
export interface YieldReading {
  yields: string;
  step: number;
  from: string;
  relation: YieldRelation;
}

/** 003-4's measurements. */
export interface Yields {
  /** The yield series of the verdict. */
  yields: LoadedSeries;
  /** Steps of the whole history from `ratesFrom`, and of the recent regime from `recentFrom`. */
  steps: YieldSteps;
  recentSteps: YieldSteps;
  full: YieldRelation;
  recent: YieldRelation;
  /** Rolling correlation over `corrWindow` steps, one value per step of `steps`. */
  rolling: Float64Array;
  byYear: YearCorrelation[];
  /** Years whose correlation is below zero. */
  negativeYears: number[];
  spells: YieldSpell[];
  /** Both yield series x daily, weekly, monthly steps x both starts. */
  readings: YieldReading[];
}

/** The step lengths of the sensitivity readings: daily, weekly, monthly (trading days). */
export const READING_STEPS = [1, 5, 21] as const;

/**
 * Small caps against large caps as the 10-year yield moves: steps, correlations (whole
 * history, recent regime, rolling, by year), the yield's spells and every reading of the test.
 *
 * @example
 * measureYields(loadData(defaults), defaults).full.correlation; // 0.13 on the snapshot
 */
export function measureYields(data: StudyData, params: YieldsParameters): Yields {
  const { rut, gspc, yields, otherYields } = data;
  const { stepDays, ratesFrom, recentFrom } = params;
  const ratesRut = sliceByDate(rut.series, ratesFrom);
  const steps = relativeVsYieldSteps(ratesRut, gspc.series, yields.series, stepDays);
  const recentSteps = relativeVsYieldSteps(sliceByDate(rut.series, recentFrom), gspc.series, yields.series, stepDays);
  const byYear = correlationByYear(steps.endDates, steps.yieldChange, steps.relative, MIN_STEPS_PER_YEAR);
  const readings = [yields, otherYields].flatMap((y) => READING_STEPS.flatMap((step) => [ratesFrom, recentFrom].map((from) => ({
    yields: y.info.id, step, from,
    relation: yieldRelation(relativeVsYieldSteps(sliceByDate(rut.series, from), gspc.series, y.series, step)),
  }))));
  return {
    yields,
    steps,
    recentSteps,
    full: yieldRelation(steps),
    recent: yieldRelation(recentSteps),
    rolling: rollingCorrelation(steps.yieldChange, steps.relative, params.corrWindow),
    byYear,
    negativeYears: byYear.filter((y) => y.correlation < 0).map((y) => y.year),
    spells: yieldSpells(ratesRut, gspc.series, yields.series, params.spellThreshold),
    readings,
  };
}

/**
 * "Weekly", or the step in days: how the notes and charts name a step length.
 *
 * @example
 * stepWord(5); // "weekly"
 * stepWord(21); // "21-day"
 */
export function stepWord(stepDays: number): string {
  return stepDays === 5 ? "weekly" : `${stepDays}-day`;
}

/**
 * Whether a relation fits "falling yields favour small caps": a negative correlation and a
 * larger small-cap lead, on average, when yields fall.
 *
 * @example
 * fitsClaim({ n: 4, correlation: -0.2, fallingMean: 0.01, risingMean: -0.01 }); // true
 */
export function fitsClaim(relation: YieldRelation): boolean {
  return relation.correlation < 0 && relation.fallingMean > relation.risingMean;
}

/**
 * 003-4: yes when the relation holds over the whole history, partly when only in the recent
 * regime, no otherwise.
 *
 * @example
 * claimYields(measureYields(data, defaults), defaults).verdict; // "roughly"
 */
export function claimYields(m: Yields, params: YieldsParameters): ClaimResult {
  const { full, recent, steps, recentSteps, negativeYears } = m;
  const { recentFrom } = params;
  const holds: Holds = fitsClaim(full) ? "yes" : fitsClaim(recent) ? "partly" : "no";
  const whole = fitsClaim(full) ? "The relation holds over the whole history" : "Over the whole history the relation runs the other way (small caps tended to lead when yields rose)";
  const lately = fitsClaim(recent) ? `; it holds, weakly, in the regime since ${recentFrom} in which the article was written` : `; it does not hold since ${recentFrom} either`;
  return statementResult(FALLING_YIELDS,
    `correlation ${full.correlation.toFixed(2)} from ${steps.startDates[0]}, ${recent.correlation.toFixed(2)} from ${recentSteps.startDates[0]}`,
    holds,
    `${stepWord(params.stepDays)} steps of ${m.yields.info.id} changes vs Russell 2000 minus S&P 500 returns. ${whole}${lately}. Years with a negative correlation: ${negativeYears.join(", ") || "none"}.`);
}
