import type { DailySeries } from "../../lib/series/daily-series";
import { mulberry32 } from "../../lib/events/rng";

/** `count` weekday dates (Monday to Friday) from `start` on: a holiday-free trading calendar. */
export function weekdays(start: string, count: number): string[] {
  const out: string[] = [];
  const day = new Date(`${start}T00:00:00Z`);
  while (out.length < count) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return out;
}

/** A DailySeries on weekdays from `start` (default Monday 2024-01-01) with the given closes. */
export function makeSeries(close: ArrayLike<number>, start = "2024-01-01"): DailySeries {
  return { id: "TEST", dates: weekdays(start, close.length), close: Float64Array.from(close) };
}

/** A seeded random walk of positive closes (daily log steps ~ drift + noise). */
export function randomWalk(count: number, seed: number, drift = 0.0003, volatility = 0.012): Float64Array {
  const random = mulberry32(seed);
  const out = new Float64Array(count);
  let level = 100;
  for (let i = 0; i < count; i++) {
    level *= Math.exp(drift + volatility * (random() + random() + random() - 1.5) * 2);
    out[i] = level;
  }
  return out;
}

/** A sine wave around an upward trend: cycles of `period` rows, `amplitude` as a fraction. */
export function sineTrend(count: number, period: number, amplitude = 0.1, drift = 0.0005): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => 100 * Math.exp(drift * i) * (1 + amplitude * Math.sin((2 * Math.PI * i) / period)));
}
