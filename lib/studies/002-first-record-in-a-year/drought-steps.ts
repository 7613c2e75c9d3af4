import type { DailySeries } from "../../series/daily-series";
import { recordBreakouts } from "./record-breakouts";
import type { RecordOptions } from "../../series/records";

/** A range of minimum drought lengths that all count the same breakouts. */
export interface DroughtStep {
  /** Smallest minimum drought (calendar days) in the range. */
  fromDays: number;
  /** Largest minimum drought in the range; null when the range is unbounded (no breakout left). */
  toDays: number | null;
  /** Breakouts counted with any minimum drought in [fromDays, toDays]. */
  events: number;
  /** Dates of the breakouts whose drought is exactly toDays: they drop out above it. */
  dropping: string[];
}

/** Which records and which thresholds {@link droughtCountSteps} covers. */
export interface DroughtStepOptions extends RecordOptions {
  /** Smallest minimum drought shown, calendar days (shorter thresholds count ever more ordinary records). */
  floorDays: number;
  /** First breakout date counted (earlier records still set the level). */
  from?: string;
  /** Last breakout date counted. */
  to?: string;
}

/**
 * How the number of "first records after a drought" moves with the minimum drought: the count
 * is a step function of the threshold, changing only at the drought lengths the data hold, so
 * this lists every step from `floorDays` up (ascending) and the breakouts lost at each step's end.
 * The last step is unbounded and counts none.
 *
 * @example
 * droughtCountSteps(rut, { floorDays: 180 });
 * // [..., { fromDays: 366, toDays: 424, events: 10, dropping: ["1995-05-16"] }, ...]
 */
export function droughtCountSteps(series: DailySeries, options: DroughtStepOptions): DroughtStep[] {
  const { floorDays } = options;
  if (!Number.isInteger(floorDays) || floorDays < 0) {
    throw new Error(`floorDays ${floorDays}: must be a whole number of calendar days >= 0`);
  }
  const breakouts = recordBreakouts(series, { ...options, minDays: floorDays });
  const lengths = [...new Set(breakouts.map((b) => b.droughtDays))].sort((a, b) => a - b);
  const steps: DroughtStep[] = lengths.map((length, k) => ({
    fromDays: k === 0 ? floorDays : lengths[k - 1] + 1,
    toDays: length,
    events: breakouts.filter((b) => b.droughtDays >= length).length,
    dropping: breakouts.filter((b) => b.droughtDays === length).map((b) => b.date),
  }));
  steps.push({ fromDays: lengths.length > 0 ? lengths[lengths.length - 1] + 1 : floorDays, toDays: null, events: 0, dropping: [] });
  return steps;
}
