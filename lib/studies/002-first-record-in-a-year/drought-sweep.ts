import type { DailySeries } from "../../series/daily-series";
import { droughtCountSteps, type DroughtStep, type DroughtStepOptions } from "./drought-steps";
import type { Horizon } from "../../series/horizon";
import { recordBreakouts } from "./record-breakouts";
import { alignEventDates, DEFAULT_MAX_LAG_DAYS } from "../../events/cross-series";
import { ruleSweep } from "../../events/rule-sweep";

/** One step of the drought sweep: the breakouts counted and what the target did after them. */
export interface DroughtSweepRow extends DroughtStep {
  /** Label of the horizon, e.g. "252d". */
  horizon: string;
  /** Breakouts the target covers whose horizon has ended. */
  complete: number;
  /** Of those, how many ended higher. */
  higher: number;
  /** higher / complete (NaN when none is complete). */
  hitRate: number;
  /** Mean forward return of the complete ones (fraction; NaN when none). */
  mean: number;
}

/** Options of {@link droughtSweep}. */
export interface DroughtSweepOptions extends DroughtStepOptions {
  horizon: Horizon;
  /** See alignEventDates. */
  maxLagDays?: number;
}

/**
 * The breakout study at every minimum drought from `floorDays` up: for each step of
 * droughtCountSteps (thresholds that count the same breakouts), the number of breakouts on
 * `source` and the forward returns of `target` after them (target = source for the index's own
 * returns), placed on the target's days as crossSeriesEventStudy places them, through the
 * general rule sweep. Shows whether a headline count and hit rate hold across reasonable definitions.
 *
 * @example
 * droughtSweep(rut, gspc, { floorDays: 180, horizon: { tradingDays: 252 }, to: "2025-09-19" });
 * // [{ fromDays: 180, toDays: 203, events: 17, complete: 16, higher: 13, hitRate: 0.81, mean: 0.11, ... }, ...]
 */
export function droughtSweep(source: DailySeries, target: DailySeries, options: DroughtSweepOptions): DroughtSweepRow[] {
  const steps = droughtCountSteps(source, options);
  // The general rule sweep on the target: rows are the steps, one column the alignment's largest lag.
  const grid = ruleSweep(target, {
    rows: steps,
    columns: [options.maxLagDays ?? DEFAULT_MAX_LAG_DAYS],
    rule: (step, maxLagDays) => () => {
      const dates = recordBreakouts(source, { ...options, minDays: step.fromDays }).map((b) => b.date);
      return alignEventDates(target, dates, { maxLagDays }).aligned.map((a) => a.index);
    },
    horizon: options.horizon,
  });
  return steps.map((step, r) => {
    const complete = grid.complete[r][0];
    return {
      ...step,
      horizon: grid.label,
      complete,
      higher: complete > 0 ? Math.round(grid.hitRate[r][0] * complete) : 0,
      hitRate: grid.hitRate[r][0],
      mean: grid.meanForwardReturn[r][0],
    };
  });
}
