import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatShare } from "../../claims/format";
import { readingsTried, readingsTriedNote, type ReadingsTried } from "../../claims/readings-tried";
import type { Holds } from "../../claims/verdict";
import type { LoadedSeries } from "../../data/load";
import { correlationByYear, rollingCorrelation, type YearCorrelation } from "../../series/correlation";
import { sliceByDate } from "../../series/daily-series";
import { FALLING_YIELDS } from "./claims";
import type { StudyData } from "./data";
import type { Parameters } from "./parameters";
import { yieldRelation, yieldSpells, type SmallCapMeasure, type YieldRelation, type YieldSpell } from "./yield-regimes";
import { relativeVsYieldSteps, type YieldSteps } from "./yield-steps";

/** The parameters 003-4 reads. */
export type YieldsParameters = Pick<Parameters, "stepDays" | "ratesFrom" | "recentFrom" | "corrWindow" | "spellThreshold" | "articleTo">;

/** Steps shorter than this many per year leave the year's correlation blank. */
export const MIN_STEPS_PER_YEAR = 20;

/** One reading of the yield test: a yield series, a step length, a small-cap measure and a start. */
export interface YieldReading {
  yields: string;
  step: number;
  measure: SmallCapMeasure;
  from: string;
  /** "DGS10, weekly, small minus large, from 1988-01-01". */
  label: string;
  relation: YieldRelation;
  /** The correlation is at least {@link MIN_CORRELATION} in the claimed (negative) direction. */
  shows: boolean;
}

/** 003-4's measurements. */
export interface Yields {
  /** The yield series of the default reading. */
  yields: LoadedSeries;
  /** Steps of the whole history from `ratesFrom`, and of the recent regime from `recentFrom`. */
  steps: YieldSteps;
  recentSteps: YieldSteps;
  /** The default reading (small minus large, `stepDays` steps of `yieldSeries`) over both periods. */
  full: YieldRelation;
  recent: YieldRelation;
  /** Rolling correlation over `corrWindow` steps, one value per step of `steps`. */
  rolling: Float64Array;
  byYear: YearCorrelation[];
  /** Years whose correlation is below zero. */
  negativeYears: number[];
  spells: YieldSpell[];
  /** Every reading tried: both yield series x daily, weekly, monthly (and `stepDays`) x both measures x both starts. */
  readings: YieldReading[];
  /** The default reading's label, and how the default sits among the readings. */
  defaultLabel: string;
  tried: ReadingsTried;
}

/** The step lengths of the readings: daily, weekly, monthly (trading days); `stepDays` joins them. */
export const READING_STEPS = [1, 5, 21] as const;

/** The small-cap measures of the readings: the standard one (against large caps) first. */
export const READING_MEASURES: readonly SmallCapMeasure[] = ["relative", "absolute"];

/**
 * A reading "shows" the claim when the correlation of the yield's change with the small-cap
 * outcome is at most minus this (a small effect by the usual convention, |r| = 0.1): a
 * correlation of -0.01 is no relation, whatever its sign.
 */
export const MIN_CORRELATION = 0.1;

/** Share of readings that must show the claim for "confirmed" (three in four). */
export const CONFIRMED_SHARE = 0.75;

/** Share of readings that must show the claim for "roughly" (half); below it, "not confirmed". */
export const ROUGHLY_SHARE = 0.5;

/**
 * Whether a correlation shows the claimed relation: at most -{@link MIN_CORRELATION} (with the
 * hair of slack readingsTried allows, so the two always count alike). NaN never does.
 *
 * @example
 * showsRelation(-0.15); // true
 * showsRelation(-0.01); // false: too weak
 * showsRelation(0.13); // false: the other way
 */
export function showsRelation(correlation: number): boolean {
  return correlation <= -MIN_CORRELATION + 1e-9;
}

/**
 * How far "falling yields favour small caps" holds, from the share of readings that show it:
 * yes from {@link CONFIRMED_SHARE}, partly from {@link ROUGHLY_SHARE}, no below.
 *
 * @example
 * yieldHolds(0.8); // "yes"
 * yieldHolds(0.5); // "partly"
 * yieldHolds(0.25); // "no"
 */
export function yieldHolds(share: number): Holds {
  if (!(share >= 0 && share <= 1)) throw new Error(`yieldHolds: share ${share} must be between 0 and 1`);
  if (share >= CONFIRMED_SHARE) return "yes";
  return share >= ROUGHLY_SHARE ? "partly" : "no";
}

function stepName(step: number): string {
  return step === 1 ? "daily" : step === 5 ? "weekly" : step === 21 ? "monthly" : `${step}-day`;
}

/**
 * The label of a reading, as tables and notes print it.
 *
 * @example
 * readingLabel("DGS10", 5, "relative", "1988-01-01"); // "DGS10, weekly, small minus large, from 1988-01-01"
 */
export function readingLabel(yields: string, step: number, measure: SmallCapMeasure, from: string): string {
  return `${yields}, ${stepName(step)}, ${measure === "relative" ? "small minus large" : "small caps alone"}, from ${from}`;
}

/**
 * Small caps as the 10-year yield moves: steps, correlations (whole history, recent regime,
 * rolling, by year), the yield's spells, and every reading of the test with how many show the
 * claimed relation. The default reading is the standard one: the Russell 2000's return minus
 * the S&P 500's against the change in `yieldSeries` over `stepDays` steps, from `ratesFrom`.
 *
 * @example
 * const m = measureYields(loadData(defaults), defaults);
 * m.tried.share; // share of the readings that show a correlation of -0.1 or below
 */
export function measureYields(data: StudyData, params: YieldsParameters): Yields {
  const { rut, gspc, yields, otherYields } = data;
  const { stepDays, ratesFrom, recentFrom } = params;
  const ratesRut = sliceByDate(rut.series, ratesFrom);
  const steps = relativeVsYieldSteps(ratesRut, gspc.series, yields.series, stepDays);
  const recentSteps = relativeVsYieldSteps(sliceByDate(rut.series, recentFrom), gspc.series, yields.series, stepDays);
  const byYear = correlationByYear(steps.endDates, steps.yieldChange, steps.relative, MIN_STEPS_PER_YEAR);
  const stepLengths = [...new Set([...READING_STEPS, stepDays])].sort((a, b) => a - b);
  const readings = [yields, otherYields].flatMap((y) => stepLengths.flatMap((step) => [ratesFrom, recentFrom].flatMap((from) => {
    const st = relativeVsYieldSteps(sliceByDate(rut.series, from), gspc.series, y.series, step);
    return READING_MEASURES.map((measure): YieldReading => {
      const relation = yieldRelation(st, measure);
      return { yields: y.info.id, step, measure, from, label: readingLabel(y.info.id, step, measure, from), relation, shows: showsRelation(relation.correlation) };
    });
  })));
  const defaultLabel = readingLabel(yields.info.id, stepDays, "relative", ratesFrom);
  // Closeness to a perfect inverse relation (-1): a reading within 1 - MIN_CORRELATION of it shows the claim.
  const tried = readingsTried(readings.map((r) => ({ label: r.label, value: r.relation.correlation })), defaultLabel, -1, 1 - MIN_CORRELATION);
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
    defaultLabel,
    tried,
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
 * 003-4: decided by the share of the readings that show a correlation of at most
 * -{@link MIN_CORRELATION} between the yield's change and the small-cap outcome (yes from
 * {@link CONFIRMED_SHARE}, partly from {@link ROUGHLY_SHARE}); the note says how many readings
 * were tried, where the default ranks, and how many point the other way.
 *
 * @example
 * claimYields(measureYields(data, defaults), defaults).verdict;
 */
export function claimYields(m: Yields, params: YieldsParameters): ClaimResult {
  const { full, recent, steps, recentSteps, negativeYears, tried, readings } = m;
  const contrary = readings.filter((r) => r.relation.correlation >= MIN_CORRELATION).length;
  const threshold = `-${MIN_CORRELATION.toFixed(2)}`;
  const showing = readings.filter((r) => r.shows).length;
  return statementResult(FALLING_YIELDS,
    `${showing} of ${tried.tried} readings (${formatShare(tried.share)}) show a correlation of ${threshold} or below; `
    + `default reading ${full.correlation.toFixed(2)} from ${steps.startDates[0]}, ${recent.correlation.toFixed(2)} from ${recentSteps.startDates[0]}`,
    yieldHolds(tried.share),
    `"Favour" read the standard way: the Russell 2000's return minus the S&P 500's against the change in the 10-year yield, `
    + `${stepWord(params.stepDays)} steps of ${m.yields.info.id} from ${params.ratesFrom} by default. A reading shows the claim when the correlation is ${threshold} or below `
    + `(a weaker one is no relation); confirmed when ${formatShare(CONFIRMED_SHARE)} of the readings show it, roughly from ${formatShare(ROUGHLY_SHARE)}. `
    + `Readings: DGS10 and TNX; daily, weekly and monthly steps; small minus large and small caps alone; from ${params.ratesFrom} and from ${params.recentFrom}. `
    + `${readingsTriedNote(tried, `claimed relation (correlation ${threshold} or below)`)} Closeness here is to a perfect inverse relation (-1). `
    + `${contrary} of ${tried.tried} point the other way (correlation ${MIN_CORRELATION.toFixed(2)} or above). By start: ${byStart(readings)}. `
    + `Years with a negative correlation (default reading): ${negativeYears.join(", ") || "none"}.`);
}

/** How many readings from one start show the claimed relation. */
export interface StartCount {
  from: string;
  showing: number;
  readings: number;
}

/**
 * The readings that show the claim, counted per start (the whole history, the recent regime).
 *
 * @example
 * showingByStart(m.readings); // [{ from: "1988-01-01", showing: 0, readings: 12 }, { from: "2022-01-01", showing: 9, readings: 12 }]
 */
export function showingByStart(readings: readonly YieldReading[]): StartCount[] {
  return [...new Set(readings.map((r) => r.from))].map((from) => {
    const these = readings.filter((r) => r.from === from);
    return { from, showing: these.filter((r) => r.shows).length, readings: these.length };
  });
}

function byStart(readings: readonly YieldReading[]): string {
  return showingByStart(readings).map((c) => `from ${c.from}, ${c.showing} of ${c.readings} show it`).join("; ");
}
