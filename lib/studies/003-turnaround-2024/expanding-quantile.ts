import { upperBound } from "../../series/daily-series";
import { quantileSorted } from "../../events/stats";

/**
 * The q-quantile (0..1) of all finite values up to and including each row, with linear
 * interpolation between order statistics (numpy's default): a threshold that uses only the
 * past, so "below the 10th percentile" never peeks at later data. NaN values are skipped;
 * rows before `minCount` finite values have been seen are NaN.
 *
 * @example
 * expandingQuantile(Float64Array.of(3, 1, 2, 4), 0.5, 2); // [NaN, 2, 2, 2.5]
 */
export function expandingQuantile(values: Float64Array, q: number, minCount = 1): Float64Array {
  quantileSorted([], q); // checks q before the loop
  if (!Number.isInteger(minCount) || minCount < 1) throw new Error(`minCount ${minCount}: must be a whole number >= 1`);
  const sorted: number[] = [];
  const out = new Float64Array(values.length).fill(NaN);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isNaN(value)) sorted.splice(upperBound(sorted, value), 0, value);
    if (sorted.length >= minCount) out[i] = quantileSorted(sorted, q);
  }
  return out;
}
