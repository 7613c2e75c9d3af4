import { crossings } from "../../series/crossings";
import { dateRows, type DailySeries } from "../../series/daily-series";
import { macd } from "../../series/macd";

/**
 * One crossing of the MACD line over its signal line, with the levels on the day.
 *
 * @example
 * const bullish: MacdCrossover[] = macdCrossovers(rut).filter((c) => c.direction === "up" && c.aboveZero);
 */
export interface MacdCrossover {
  index: number;
  date: string;
  /** "up": MACD crossed above its signal (bullish); "down": below. */
  direction: "up" | "down";
  macd: number;
  signal: number;
  /** True when the MACD line is above zero on the day (the "bullish crossover above zero"). */
  aboveZero: boolean;
  close: number;
}

/**
 * Every MACD/signal crossing (both directions) whose day is in [from, to], with the MACD and
 * signal values; the lines are computed on all the data, so the range does not cut the EMAs'
 * warm-up. The same rule as macdCrossRule: `direction === "up" && aboveZero` are its
 * `{ aboveZero: true }` events.
 *
 * @example
 * macdCrossovers(rut, {}, { from: "2025-05-01", to: "2025-08-31" }).filter((c) => c.direction === "up" && c.aboveZero);
 */
export function macdCrossovers(
  series: DailySeries,
  periods: { fast?: number; slow?: number; signal?: number } = {},
  range: { from?: string; to?: string } = {},
): MacdCrossover[] {
  const lines = macd(series.close, periods.fast, periods.slow, periods.signal);
  const { start: first, end } = dateRows(series.dates, range.from, range.to);
  const last = end - 1;
  return crossings(lines.macd, lines.signal)
    .filter((c) => c.index >= first && c.index <= last)
    .map((c) => ({
      index: c.index,
      date: series.dates[c.index],
      direction: c.direction,
      macd: lines.macd[c.index],
      signal: lines.signal[c.index],
      aboveZero: lines.macd[c.index] > 0,
      close: series.close[c.index],
    }));
}
