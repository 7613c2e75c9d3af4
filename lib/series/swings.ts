/** A move from one turning point to the next, at least `threshold` in size when confirmed. */
export interface Swing {
  /** Row of the turning point the swing starts from, and of the one it ends on. */
  start: number;
  end: number;
  direction: "rising" | "falling";
  /** values[end] - values[start], in the values' unit (percentage points for a yield). */
  change: number;
  /**
   * False for the last swing: its end is the extreme so far, not yet confirmed by a move of
   * `threshold` the other way (it may still extend).
   */
  confirmed: boolean;
}

/**
 * Splits a path into alternating rising and falling swings (a zigzag): a turning point is
 * confirmed once the values move at least `threshold` (in their own unit, e.g. 0.5 percentage
 * points of yield) away from it. Turning points are known only in hindsight, so swings describe
 * history; they are not a trading rule. The rows before the first turning point are left out.
 *
 * @example
 * swings(Float64Array.of(4, 5, 4.9, 3, 3.2, 4), 0.5).map((s) => [s.start, s.end, s.direction, s.confirmed]);
 * // [[0, 1, "rising", true], [1, 3, "falling", true], [3, 5, "rising", false]]
 */
export function swings(values: ArrayLike<number>, threshold: number): Swing[] {
  if (!(threshold > 0 && Number.isFinite(threshold))) throw new Error(`threshold ${threshold}: must be a positive number (the smallest swing, in the values' unit)`);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`values[${i}] is ${values[i]}: swings need finite values (drop missing rows first)`);
  }
  const pivots: number[] = [];
  let trend: 1 | -1 | 0 = 0;
  let high = 0;
  let low = 0;
  let extreme = 0;
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    if (trend === 0) {
      if (v > values[high]) high = i;
      if (v < values[low]) low = i;
      if (v - values[low] >= threshold || values[high] - v >= threshold) {
        trend = v - values[low] >= threshold ? 1 : -1;
        pivots.push(trend === 1 ? low : high);
        extreme = i;
      }
    } else if (trend * (v - values[extreme]) > 0) {
      extreme = i;
    } else if (trend * (values[extreme] - v) >= threshold) {
      pivots.push(extreme);
      trend = trend === 1 ? -1 : 1;
      extreme = i;
    }
  }
  if (trend !== 0) pivots.push(extreme);
  return pivots.slice(1).map((end, k) => {
    const start = pivots[k];
    const change = values[end] - values[start];
    return { start, end, direction: change > 0 ? "rising" : "falling", change, confirmed: k < pivots.length - 2 };
  });
}
