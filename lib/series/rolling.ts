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
  checkWindow(window, values.length);
  const out = new Float64Array(values.length).fill(NaN);
  let sum = 0;
  let compensation = 0;
  let missing = 0;
  const add = (x: number) => {
    const total = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - total + x : x - total + sum;
    sum = total;
  };
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) missing++;
    else add(values[i]);
    if (i >= window) {
      if (Number.isNaN(values[i - window])) missing--;
      else add(-values[i - window]);
    }
    if (i >= window - 1 && missing === 0) out[i] = sum + compensation;
  }
  return out;
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
  const out = rollingSum(values, window);
  for (let i = 0; i < out.length; i++) out[i] /= window;
  return out;
}
