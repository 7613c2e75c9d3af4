import type { DailySeries } from "../../series/daily-series";
import { droughtCountSteps, type DroughtStep, type DroughtStepOptions } from "./drought-steps";
import type { Horizon } from "../../series/horizon";
import { recordBreakouts } from "./record-breakouts";
import { crossSeriesEventStudy } from "../../events/cross-series";

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
 * returns). Shows whether a headline count and hit rate hold across reasonable definitions.
 *
 * @example
 * droughtSweep(rut, gspc, { floorDays: 180, horizon: { tradingDays: 252 }, to: "2025-09-19" });
 * // [{ fromDays: 180, toDays: 203, events: 17, complete: 16, higher: 13, hitRate: 0.81, mean: 0.11, ... }, ...]
 */
export function droughtSweep(source: DailySeries, target: DailySeries, options: DroughtSweepOptions): DroughtSweepRow[] {
  return droughtCountSteps(source, options).map((step) => {
    const dates = recordBreakouts(source, { ...options, minDays: step.fromDays }).map((b) => b.date);
    const [result] = crossSeriesEventStudy(target, dates, { horizons: [options.horizon], maxLagDays: options.maxLagDays }).horizons;
    const higher = result.complete.filter((o) => o.toDate > 0).length;
    return {
      ...step,
      horizon: result.label,
      complete: result.summary.n,
      higher,
      hitRate: result.summary.n > 0 ? higher / result.summary.n : NaN,
      mean: result.summary.mean,
    };
  });
}
