import { additionError } from "./addition-error";
import { checkWindow } from "./checks";

/**
 * Sum over the trailing `window` values ending at each row. The first window-1 rows, and
 * any window holding a NaN, are NaN. O(n): a running sum with Neumaier compensation, so
 * adding and removing ~10,000 closes leaves no visible drift.
 *
 * @example
 * rollingSum(Float64Array.of(1, 2, 3, 4), 2); // [NaN, 3, 5, 7]
 */
export function rollingSum(values: Float64Array, window: number): Float64Array {
  return trailingSums(values, window, 1);
}

/**
 * Simple moving average over the trailing `window` rows (the row itself included):
 * NaN for the first window-1 rows and for any window holding a NaN.
 *
 * @example
 * const sma200 = rollingMean(series.close, 200);
 * rollingMean(Float64Array.of(1, 2, 3, 4), 2); // [NaN, 1.5, 2.5, 3.5]
 */
export function rollingMean(values: Float64Array, window: number): Float64Array {
  return trailingSums(values, window, window);
}

/** The trailing sums divided by `divisor` (1 for sums, the window for means), in one pass. */
function trailingSums(values: Float64Array, window: number, divisor: number): Float64Array {
  checkWindow(window, values.length);
  const out = new Float64Array(values.length);
  let sum = 0;
  let compensation = 0;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const entering = values[i];
    if (Number.isNaN(entering)) missing++;
    else {
      const total = sum + entering;
      compensation += additionError(sum, entering, total);
      sum = total;
    }
    if (i >= window) {
      const leaving = -values[i - window];
      if (Number.isNaN(leaving)) missing--;
      else {
        const total = sum + leaving;
        compensation += additionError(sum, leaving, total);
        sum = total;
      }
    }
    out[i] = i >= window - 1 && missing === 0 ? (sum + compensation) / divisor : NaN;
  }
  return out;
}
