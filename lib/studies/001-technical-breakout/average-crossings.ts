import { crossings } from "../../series/crossings";
import { dateRows, type DailySeries } from "../../series/daily-series";
import { rollingMean } from "../../series/rolling";

/**
 * Two simple moving averages compared: `fast` = 1 is the close itself, so { fast: 1, slow: 50 }
 * is "price vs its 50-day average" and { fast: 50, slow: 200 } the golden/death cross.
 *
 * @example
 * const pairs: AveragePair[] = [{ fast: 1, slow: 50 }, { fast: 1, slow: 200 }, { fast: 20, slow: 50 }, { fast: 50, slow: 200 }];
 */
export interface AveragePair {
  fast: number;
  slow: number;
}

/**
 * One crossing of a pair, with the levels on the day.
 *
 * @example
 * const [first]: AverageCrossing[] = averageCrossings(rut, [{ fast: 1, slow: 200 }], { from: "2025-06-01" }); first.date; // "2025-06-30"
 */
export interface AverageCrossing {
  /** The pair in words, e.g. "price vs 200-day" or "50-day vs 200-day". */
  pair: string;
  fast: number;
  slow: number;
  index: number;
  date: string;
  /** "up": the fast line crossed above the slow one (bullish); "down": below. */
  direction: "up" | "down";
  close: number;
  fastLevel: number;
  slowLevel: number;
}

/**
 * A pair's name for tables and legends.
 *
 * @example
 * averagePairLabel({ fast: 1, slow: 200 }); // "price vs 200-day"
 * averagePairLabel({ fast: 20, slow: 50 }); // "20-day vs 50-day"
 */
export function averagePairLabel(pair: AveragePair): string {
  return `${pair.fast === 1 ? "price" : `${pair.fast}-day`} vs ${pair.slow}-day`;
}

/**
 * Every crossing, up and down, of each pair of simple moving averages whose day falls in
 * [from, to] (the averages use all the data before, so the window does not cut their
 * warm-up), ordered by date and then by the pairs' order. Same crossing rule as
 * movingAverageCrossRule (lib/series crossings).
 *
 * @example
 * averageCrossings(rut, [{ fast: 1, slow: 200 }, { fast: 50, slow: 200 }], { from: "2025-05-01", to: "2025-08-31" });
 * // [{ pair: "price vs 200-day", date: "2025-06-30", direction: "up", ... }, ...]
 */
export function averageCrossings(series: DailySeries, pairs: readonly AveragePair[], range: { from?: string; to?: string } = {}): AverageCrossing[] {
  const { start: first, end } = dateRows(series.dates, range.from, range.to);
  const last = end - 1;
  const out: (AverageCrossing & { order: number })[] = [];
  pairs.forEach((pair, order) => {
    if (!(Number.isInteger(pair.fast) && Number.isInteger(pair.slow) && pair.fast >= 1 && pair.fast < pair.slow)) {
      throw new Error(`average pair fast ${pair.fast}, slow ${pair.slow}: need whole numbers with 1 <= fast < slow (fast 1 = the close)`);
    }
    const fast = pair.fast === 1 ? series.close : rollingMean(series.close, pair.fast);
    const slow = rollingMean(series.close, pair.slow);
    for (const c of crossings(fast, slow)) {
      if (c.index < first || c.index > last) continue;
      out.push({
        pair: averagePairLabel(pair),
        fast: pair.fast,
        slow: pair.slow,
        index: c.index,
        date: series.dates[c.index],
        direction: c.direction,
        close: series.close[c.index],
        fastLevel: fast[c.index],
        slowLevel: slow[c.index],
        order,
      });
    }
  });
  return out.sort((a, b) => a.index - b.index || a.order - b.order).map(({ order: _order, ...crossing }) => crossing);
}
