// Generated inputs for the chart tests: seeded, so golden files are stable, and never downloaded.
import { mulberry32 } from "../../lib/events/rng";
import type { DailySeries } from "../../lib/series/daily-series";
import { weekdays } from "../fixtures/series";

/**
 * A random-walk daily series with open, high, low and close, starting near `level` and growing
 * by `drift` a day on average.
 *
 * @example
 * const rut = randomWalkSeries("RUT", 60, 1, 2000);
 */
export function randomWalkSeries(id: string, count: number, seed: number, level: number, drift = 0): DailySeries {
  const rand = mulberry32(seed);
  const open = new Float64Array(count);
  const high = new Float64Array(count);
  const low = new Float64Array(count);
  const close = new Float64Array(count);
  let last = level;
  for (let i = 0; i < count; i++) {
    open[i] = last * (1 + (rand() - 0.5) * 0.004);
    close[i] = open[i] * (1 + drift + (rand() - 0.5) * 0.03);
    high[i] = Math.max(open[i], close[i]) * (1 + rand() * 0.006);
    low[i] = Math.min(open[i], close[i]) * (1 - rand() * 0.006);
    last = close[i];
  }
  return { id, dates: weekdays("2024-01-02", count), open, high, low, close };
}

/**
 * The trailing mean of the last `window` values by plain summation (NaN until the window is
 * full): an independent stand-in for the library's moving average.
 *
 * @example
 * trailingMean([1, 2, 3], 2); // [NaN, 1.5, 2.5]
 */
export function trailingMean(values: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  for (let i = window - 1; i < values.length; i++) {
    let sum = 0;
    for (let j = i - window + 1; j <= i; j++) sum += values[j];
    out[i] = sum / window;
  }
  return out;
}
