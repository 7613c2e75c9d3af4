// Generated inputs for the chart tests: seeded, so golden files are stable, and never downloaded.
import type { DailySeries } from "../../lib/series/daily-series";

/**
 * A seeded uniform random generator on [0, 1) (mulberry32).
 *
 * @example
 * const rand = seededRandom(7); rand(); // same number on every run
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` weekdays from `start` (an ISO date) on: trading days without holidays.
 *
 * @example
 * weekdays("2025-01-03", 2); // ["2025-01-03", "2025-01-06"]
 */
export function weekdays(start: string, count: number): string[] {
  const dates: string[] = [];
  const day = new Date(`${start}T00:00:00Z`);
  while (dates.length < count) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return dates;
}

/**
 * A random-walk daily series with open, high, low and close, starting near `level` and growing
 * by `drift` a day on average.
 *
 * @example
 * const rut = randomWalkSeries("RUT", 60, 1, 2000);
 */
export function randomWalkSeries(id: string, count: number, seed: number, level: number, drift = 0): DailySeries {
  const rand = seededRandom(seed);
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
