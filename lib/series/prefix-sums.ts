import { additionError } from "./addition-error";

/**
 * Running totals of a series, each kept as two numbers whose sum is the total (high: the
 * rounded running sum; low: the rounding errors it dropped, added up). Row k holds the total
 * of values[0..k), so the sum of any window is two subtractions: what a sweep over many
 * windows wants, where rollingSum would redo a running sum per window.
 */
export interface PrefixSums {
  high: Float64Array;
  low: Float64Array;
}

/**
 * The compensated prefix sums of `values` (length values.length + 1, row 0 being 0).
 *
 * @example
 * const sums = prefixSums(Float64Array.of(1, 2, 3, 4));
 * windowSum(sums, 3, 2); // 7: values[2] + values[3]
 */
export function prefixSums(values: Float64Array): PrefixSums {
  const high = new Float64Array(values.length + 1);
  const low = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) {
    high[k + 1] = high[k] + values[k];
    low[k + 1] = low[k] + additionError(high[k], values[k], high[k + 1]);
  }
  return { high, low };
}

/**
 * The sum of the `window` values ending at row `end` (inclusive). For positive values (closes)
 * it lies within a few units in the last place of the exact sum, as rollingSum's does, though
 * the two may differ in that last place. No checks, as it runs in inner loops: check the
 * window once (checkWindow) and keep end in [window - 1, values.length).
 *
 * @example
 * windowSum(prefixSums(close), close.length - 1, 200) / 200; // the latest 200-day average
 */
export function windowSum(sums: PrefixSums, end: number, window: number): number {
  const from = end + 1 - window;
  return sums.high[end + 1] - sums.high[from] + (sums.low[end + 1] - sums.low[from]);
}
