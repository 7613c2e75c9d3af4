import type { Baseline } from "../../events/baseline";
import { eventsVsRandom, type EventsVsRandomRow } from "../../events/events-vs-random";
import type { PatternPrices } from "../../patterns/inverse-head-and-shoulders";
import type { DailySeries } from "../../series/daily-series";
import { horizonLabel } from "../../series/horizon";
import { breakoutOutcomes, type BreakoutOutcomeRow } from "./breakout-outcomes";
import { headAndShouldersSweep, type HeadAndShouldersSweep } from "./head-and-shoulders-sweep";
import type { Parameters } from "./parameters";
import type { PatternMeasurement } from "./pattern";
import { SWING_RULES } from "./pattern";
import { signalHorizons } from "./signal-history";

/**
 * The shoulder tolerances the history sweep tries (fractions): the heatmaps' columns.
 *
 * @example
 * SHOULDER_TOLERANCES.length; // 6
 */
export const SHOULDER_TOLERANCES: readonly number[] = [0.01, 0.02, 0.03, 0.05, 0.08, 0.1];

/**
 * How many patterns the detector finds since 1987, and what followed them, for every swing
 * rule (SWING_RULES) and shoulder tolerance (SHOULDER_TOLERANCES), the other settings as in
 * the parameters.
 *
 * @example
 * patternSweep(rut.series, DEFAULTS).count[1][3]; // breakouts with 5-day pivots and 5% shoulders
 */
export function patternSweep(rut: DailySeries, params: Parameters): HeadAndShouldersSweep {
  return headAndShouldersSweep(rut, {
    base: { prices: params.prices as PatternPrices, maxNecklineTilt: params.maxNecklineTilt, maxBreakoutDays: params.maxBreakoutDays },
    pivotRules: SWING_RULES,
    shoulderTolerances: SHOULDER_TOLERANCES,
    horizon: { tradingDays: params.horizonDays },
  });
}

/**
 * Every breakout found with the parameters, its forward returns, and the events-vs-random
 * table of those returns.
 *
 * @example
 * const h: BreakoutHistory = breakoutHistory(rut.series, m, DEFAULTS); h.rows.length;
 */
export interface BreakoutHistory {
  rows: BreakoutOutcomeRow[];
  vsRandom: { rows: EventsVsRandomRow[]; baselines: Baseline[] };
}

/**
 * The pattern as a trading signal: every breakout's returns over signalHorizons, against
 * random entry days from the whole history (seeded).
 *
 * @example
 * breakoutHistory(rut.series, measurePattern(rut.series, DEFAULTS), DEFAULTS).vsRandom.rows[1].percentile;
 */
export function breakoutHistory(rut: DailySeries, m: PatternMeasurement, params: Parameters): BreakoutHistory {
  const history = breakoutOutcomes(rut, m.patterns, signalHorizons(params));
  return { rows: history.rows, vsRandom: eventsVsRandom(rut, history.study, { seed: params.seed }) };
}

/**
 * The range of breakout counts across the sweep's readings, in a sentence.
 *
 * @example
 * sweepSummary(rut.series, patternSweep(rut.series, DEFAULTS));
 */
export function sweepSummary(rut: DailySeries, sweep: HeadAndShouldersSweep): string {
  const counts = sweep.count.flat();
  return `Across these ${counts.length} readings the detector finds between **${Math.min(...counts)}** and **${Math.max(...counts)}** `
    + `breakouts in ${(rut.dates.length / 252).toFixed(0)} years of data. Short pivot windows see a pattern in every wiggle; long `
    + "windows and coarse zig-zags see a few large ones.";
}

/**
 * The percent columns of the breakout table: the depth and each horizon's return.
 *
 * @example
 * historyPercentColumns(DEFAULTS); // ["depth", "21d", "63d", "252d"]
 */
export function historyPercentColumns(params: Parameters): string[] {
  return ["depth", ...signalHorizons(params).map(horizonLabel)];
}
