// Generated Russell 2000-like histories for study 002's tests: records at known rows, so the
// breakouts and their droughts are known without running the code under test.
import type { DailySeries } from "../../../lib/series/daily-series";
import { makeSeries } from "../../fixtures/series";

/**
 * Weekday closes from `start`: 100 on the first day (the level to beat), then 90 except a new
 * record (100 + k) on every `cycle`-th row k = 1, 2, … `records`. The first record has no earlier
 * one (the first day only sets the level), so the breakouts are the records on rows 2·cycle, …,
 * records·cycle, each after a drought of `cycle` trading days. `tail` rows of 90 follow.
 *
 * @example
 * sawtooth(5, 300).close[600]; // 102: the first breakout
 */
export function sawtooth(records: number, cycle: number, start = "1979-01-01", tail = 10): DailySeries {
  const closes = Array.from({ length: records * cycle + 1 + tail }, (_, i) => (i === 0 ? 100 : i % cycle === 0 && i <= records * cycle ? 100 + i / cycle : 90));
  return makeSeries(closes, start);
}

/**
 * A target index on the same days growing at a constant rate, so that every `days`-day return
 * is `periodReturn` (a fraction).
 *
 * @example
 * steadyGrowth(source, 0.15, 252); // +15% over every 252 trading days
 */
export function steadyGrowth(like: DailySeries, periodReturn: number, days: number, length = like.dates.length): DailySeries {
  const daily = Math.pow(1 + periodReturn, 1 / days);
  return { id: "TARGET", dates: like.dates.slice(0, length), close: Float64Array.from({ length }, (_, i) => 100 * Math.pow(daily, i)) };
}
