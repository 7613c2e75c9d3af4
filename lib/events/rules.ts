import { crossings } from "../series/crossings";
import { macd } from "../series/macd";
import { recordsAfterDrought, type RecordOptions } from "../series/records";
import { rollingMean } from "../series/rolling";
import type { EventRule } from "./rule";

/**
 * Days the `fast`-day simple average crosses the `slow`-day one (up by default). fast = 1
 * is the close itself, so { fast: 1, slow: 200 } is "price crosses its 200-day average";
 * { fast: 50, slow: 200 } is the golden cross (direction "down": the death cross).
 *
 * @example
 * const goldenCrosses = movingAverageCrossRule({ fast: 50, slow: 200 })(rut);
 */
export function movingAverageCrossRule(params: { fast: number; slow: number; direction?: "up" | "down" }): EventRule {
  if (!(params.fast < params.slow)) {
    throw new Error(`fast ${params.fast}, slow ${params.slow}: the fast average must be shorter than the slow one`);
  }
  return (series) =>
    crossings(rollingMean(series.close, params.fast), rollingMean(series.close, params.slow))
      .filter((c) => c.direction === (params.direction ?? "up"))
      .map((c) => c.index);
}

/**
 * Days the MACD line crosses its signal line (up by default); with `aboveZero`, only
 * crosses made while the MACD line is above zero (the "bullish crossover above zero").
 *
 * @example
 * macdCrossRule({ aboveZero: true })(rut); // 12, 26, 9
 */
export function macdCrossRule(
  params: { fast?: number; slow?: number; signal?: number; direction?: "up" | "down"; aboveZero?: boolean } = {},
): EventRule {
  return (series) => {
    const lines = macd(series.close, params.fast, params.slow, params.signal);
    return crossings(lines.macd, lines.signal)
      .filter((c) => c.direction === (params.direction ?? "up") && (!params.aboveZero || lines.macd[c.index] > 0))
      .map((c) => c.index);
  };
}

/**
 * Days setting a new all-time high after at least `minDays` calendar days without one.
 *
 * @example
 * recordAfterDroughtRule({ minDays: 366 })(rut);
 */
export function recordAfterDroughtRule(params: RecordOptions & { minDays: number }): EventRule {
  return (series) => recordsAfterDrought(series, params).map((r) => r.index);
}
