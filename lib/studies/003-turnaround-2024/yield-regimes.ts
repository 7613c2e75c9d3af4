import { alignOnCommonDates } from "../../series/align";
import { correlation } from "../../series/correlation";
import type { DailySeries } from "../../series/daily-series";
import { swings } from "../../series/swings";
import type { YieldSteps } from "./yield-steps";
import { summarizeReturns, type ReturnSummary } from "../../events/stats";

/**
 * What a step's small-cap outcome is: the Russell 2000's return minus the S&P 500's (`relative`,
 * the standard reading of "favours small caps") or the Russell 2000's own return (`absolute`).
 */
export type SmallCapMeasure = "relative" | "absolute";

/**
 * The small-cap outcome of each step under a measure.
 *
 * @example
 * smallCapOutcome(steps, "absolute") === steps.smallReturn; // true
 */
export function smallCapOutcome(steps: YieldSteps, measure: SmallCapMeasure): Float64Array {
  return measure === "relative" ? steps.relative : steps.smallReturn;
}

/** The small-cap outcome (`measure`) over the steps in which the yield moved one way. */
export interface DirectionSplit {
  direction: "rising" | "falling" | "unchanged";
  /** Statistics of the outcomes (fractions); hitRate = share of steps with a positive outcome (small caps led, or rose). */
  relative: ReturnSummary;
}

/**
 * Splits the steps by the sign of the yield's change (|change| <= `flat` counts as unchanged)
 * and summarises the small-cap outcome in each group (small minus large by default): if falling
 * yields favour small caps, the falling group's mean and hit rate should beat the rising group's.
 *
 * @example
 * relativeByYieldDirection(relativeVsYieldSteps(rut, gspc, dgs10, 5)).map((g) => [g.direction, g.relative.mean]);
 */
export function relativeByYieldDirection(steps: YieldSteps, flat = 0, measure: SmallCapMeasure = "relative"): DirectionSplit[] {
  if (!(flat >= 0 && Number.isFinite(flat))) throw new Error(`flat ${flat}: must be a number >= 0 (percentage points of yield)`);
  const outcome = smallCapOutcome(steps, measure);
  const groups: Record<DirectionSplit["direction"], number[]> = { rising: [], falling: [], unchanged: [] };
  steps.yieldChange.forEach((change, k) => {
    const direction = change > flat ? "rising" : change < -flat ? "falling" : "unchanged";
    groups[direction].push(outcome[k]);
  });
  return (["falling", "rising", "unchanged"] as const).map((direction) => ({ direction, relative: summarizeReturns(groups[direction]) }));
}

/** One rising or falling spell of the yield and how small caps did against large caps in it. */
export interface YieldSpell {
  direction: "rising" | "falling";
  fromDate: string;
  toDate: string;
  /** Shared trading days from start to end. */
  tradingDays: number;
  /** Yield at the start and the end, and the change (percentage points). */
  yieldFrom: number;
  yieldTo: number;
  yieldChange: number;
  /** Each index's return over the spell, and small minus large (fractions). */
  smallReturn: number;
  largeReturn: number;
  relative: number;
  /** False for the last spell, whose end is not yet confirmed by a reversal. */
  confirmed: boolean;
}

/**
 * The yield's rising and falling spells, from one turning point to the next (a turn counts once
 * the yield has moved `threshold` percentage points back), each with the small-cap and
 * large-cap returns over it. Turning points are known only in hindsight: this describes which
 * periods fit the claim, it is not a signal.
 *
 * @example
 * yieldSpells(rut, gspc, dgs10, 0.75).filter((s) => s.direction === "falling").map((s) => s.relative);
 */
export function yieldSpells(small: DailySeries, large: DailySeries, yields: DailySeries, threshold: number): YieldSpell[] {
  const { dates, closes } = alignOnCommonDates([small, large, yields]);
  const [s, l, y] = closes;
  return swings(y, threshold).map((swing) => {
    const { start, end } = swing;
    const smallReturn = s[end] / s[start] - 1;
    const largeReturn = l[end] / l[start] - 1;
    return {
      direction: swing.direction,
      fromDate: dates[start],
      toDate: dates[end],
      tradingDays: end - start,
      yieldFrom: y[start],
      yieldTo: y[end],
      yieldChange: swing.change,
      smallReturn,
      largeReturn,
      relative: smallReturn - largeReturn,
      confirmed: swing.confirmed,
    };
  });
}

/** How small caps did, step by step, as the yield moved. */
export interface YieldRelation {
  /** Steps measured. */
  n: number;
  /** Correlation of the yield's change with the small-cap outcome: < 0 when small caps did better as yields fell. */
  correlation: number;
  /** Mean small-cap outcome in falling- and rising-yield steps (fractions). */
  fallingMean: number;
  risingMean: number;
}

/**
 * The relation of a set of steps under a measure (small minus large by default): the
 * correlation of the yield's change with the small-cap outcome, and the mean outcome in
 * falling- and in rising-yield steps. If falling yields favour small caps, the correlation is
 * negative and the falling mean beats the rising one.
 *
 * @example
 * yieldRelation(relativeVsYieldSteps(sliceByDate(rut, "2022-01-01"), gspc, dgs10, 5)).correlation;
 */
export function yieldRelation(steps: YieldSteps, measure: SmallCapMeasure = "relative"): YieldRelation {
  const split = relativeByYieldDirection(steps, 0, measure);
  const meanOf = (direction: DirectionSplit["direction"]) => split.find((g) => g.direction === direction)?.relative.mean ?? NaN;
  return {
    n: steps.relative.length,
    correlation: correlation(steps.yieldChange, smallCapOutcome(steps, measure)),
    fallingMean: meanOf("falling"),
    risingMean: meanOf("rising"),
  };
}
