import { alignOnCommonDates } from "../../series/align";
import type { DailySeries } from "../../series/daily-series";

/** Small caps against large caps over consecutive non-overlapping steps, beside the yield's change. */
export interface YieldSteps {
  /** Ids of the small-cap, large-cap and yield series. */
  small: string;
  large: string;
  yields: string;
  /** Shared trading days per step. */
  step: number;
  /** First (base) and last day of each step: a step runs from one close to the close `step` days later. */
  startDates: string[];
  endDates: string[];
  /** yield[end] - yield[start], in the yield's unit (percentage points). */
  yieldChange: Float64Array;
  /** Each index's return over the step (fractions). */
  smallReturn: Float64Array;
  largeReturn: Float64Array;
  /** smallReturn - largeReturn (fraction; x100 = percentage points): > 0 when small caps led. */
  relative: Float64Array;
}

/**
 * Cuts the dates the three series share into consecutive steps of `step` trading days
 * (5 = weekly, 21 = monthly) and measures, for each step, the change in the yield and the
 * small-cap return minus the large-cap return. Steps do not overlap, so the points are not
 * counted twice in a fit or a correlation. A last partial step is left out.
 *
 * @example
 * const weekly = relativeVsYieldSteps(rut, gspc, dgs10, 5);
 * correlation(weekly.yieldChange, weekly.relative); // < 0 if falling yields favour small caps
 */
export function relativeVsYieldSteps(small: DailySeries, large: DailySeries, yields: DailySeries, step: number): YieldSteps {
  if (!Number.isInteger(step) || step < 1) throw new Error(`step ${step}: must be a whole number of trading days >= 1`);
  const { dates, closes } = alignOnCommonDates([small, large, yields]);
  const [s, l, y] = closes;
  const count = Math.floor((dates.length - 1) / step);
  if (count < 1) throw new Error(`${small.id}, ${large.id} and ${yields.id} share ${dates.length} days: too few for one step of ${step}; choose a shorter step`);
  const out: YieldSteps = {
    small: small.id,
    large: large.id,
    yields: yields.id,
    step,
    startDates: [],
    endDates: [],
    yieldChange: new Float64Array(count),
    smallReturn: new Float64Array(count),
    largeReturn: new Float64Array(count),
    relative: new Float64Array(count),
  };
  for (let k = 0; k < count; k++) {
    const from = k * step;
    const to = from + step;
    out.startDates.push(dates[from]);
    out.endDates.push(dates[to]);
    out.yieldChange[k] = y[to] - y[from];
    out.smallReturn[k] = s[to] / s[from] - 1;
    out.largeReturn[k] = l[to] / l[from] - 1;
    out.relative[k] = out.smallReturn[k] - out.largeReturn[k];
  }
  return out;
}
