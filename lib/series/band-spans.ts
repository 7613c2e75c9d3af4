import { trueSpans, type Span } from "./spans";

/**
 * The stretches of consecutive rows whose value lies in [low, high] (both ends included): the
 * dates on which a reading such as "about 17% below the peak" (-0.18..-0.16) held. A NaN
 * value is outside every band.
 *
 * @example
 * spansInBand(dates, drawdownSeries(close), -0.18, -0.16).map((s) => `${s.startDate}..${s.endDate}`);
 */
export function spansInBand(dates: readonly string[], values: ArrayLike<number>, low: number, high: number): Span[] {
  if (!(low <= high)) throw new Error(`band ${low}..${high}: the lower bound must not exceed the upper one`);
  return trueSpans(dates, Array.from(values, (value) => value >= low && value <= high));
}
