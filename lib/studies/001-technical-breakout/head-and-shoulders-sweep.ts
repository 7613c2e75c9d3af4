import type { DailySeries } from "../../series/daily-series";
import type { Horizon } from "../../series/horizon";
import { pivotRuleLabel, type PivotRule } from "../../patterns/pivots";
import type { InverseHeadAndShouldersParams } from "../../patterns/inverse-head-and-shoulders";
import { inverseHeadAndShouldersRule } from "./head-and-shoulders-rule";
import { ruleSweep } from "../../events/rule-sweep";

/**
 * The readings a head-and-shoulders sweep tries.
 *
 * @example
 * const params: HeadAndShouldersSweepParams = { base: { maxNecklineTilt: 0.05 }, pivotRules: [{ window: 5 }], shoulderTolerances: [0.03], horizon: { tradingDays: 63 } };
 */
export interface HeadAndShouldersSweepParams {
  /** Everything not swept (prices, neckline tilt, breakout wait). */
  base: Omit<InverseHeadAndShouldersParams, "pivots" | "shoulderTolerance">;
  /** Pivot rules, one grid row each, e.g. windows 3..20 or zig-zags 3%..10%. */
  pivotRules: readonly PivotRule[];
  /** Shoulder tolerances, one grid column each (fractions). */
  shoulderTolerances: readonly number[];
  /** The horizon whose forward return is summarised. */
  horizon: Horizon;
  /** Count breakouts on or after this date only (default: all). */
  from?: string;
}

/**
 * The sweep's grids, indexed [pivot rule][tolerance] (rows = pivot rules, as a Plotly
 * heatmap's z). Means and hit rates cover breakouts with a complete horizon.
 *
 * @example
 * const grid: HeadAndShouldersSweep = headAndShouldersSweep(rut, params); grid.count[0][0];
 */
export interface HeadAndShouldersSweep {
  rowLabels: string[];
  shoulderTolerances: number[];
  label: string;
  /** Breakouts found (complete horizon or not). */
  count: number[][];
  /** Breakouts whose horizon ended within the data. */
  complete: number[][];
  meanForwardReturn: number[][];
  /** Share of complete breakouts with a positive forward return (0..1). */
  hitRate: number[][];
}

/**
 * How many inverse head-and-shoulders breakouts the detector finds, and what followed them,
 * for every pivot rule and shoulder tolerance: the general rule sweep (ruleSweep) over
 * inverseHeadAndShouldersRule, so the same events and returns eventStudy gives, cell by cell.
 *
 * @example
 * const grid = headAndShouldersSweep(rut, { base: { maxNecklineTilt: 0.05 },
 *   pivotRules: [3, 5, 10, 20].map((window) => ({ window })), shoulderTolerances: [0.01, 0.03, 0.05],
 *   horizon: { tradingDays: 63 } });
 * grid.count[1][1]; // breakouts with 5-day pivots and 3% shoulders
 */
export function headAndShouldersSweep(series: DailySeries, params: HeadAndShouldersSweepParams): HeadAndShouldersSweep {
  const grid = ruleSweep(series, {
    rows: params.pivotRules,
    columns: params.shoulderTolerances,
    rule: (pivots, shoulderTolerance) => inverseHeadAndShouldersRule({ ...params.base, pivots, shoulderTolerance }),
    horizon: params.horizon,
    from: params.from,
  });
  // The general grids under the names the study's figures read.
  return {
    rowLabels: params.pivotRules.map(pivotRuleLabel),
    shoulderTolerances: grid.columns,
    label: grid.label,
    count: grid.events,
    complete: grid.complete,
    meanForwardReturn: grid.meanForwardReturn,
    hitRate: grid.hitRate,
  };
}
