// Generated price paths with known patterns, for the pattern tests. Nothing is downloaded.
import type { DailySeries } from "../../lib/series/daily-series";
import { makeSeries } from "../fixtures/series";

/**
 * A path through knots [row, value], straight between them: a known shape with known swings.
 *
 * @example
 * pathThrough([[0, 120], [30, 100], [60, 120]]); // 61 rows, trough of 100 on row 30
 */
export function pathThrough(knots: readonly [number, number][]): Float64Array {
  const last = knots[knots.length - 1][0];
  const out = new Float64Array(last + 1);
  for (let k = 1; k < knots.length; k++) {
    const [t0, v0] = knots[k - 1];
    const [t1, v1] = knots[k];
    // (v1 - v0) * (t - t0) / (t1 - t0): exact at the hand-computed breakout rows.
    for (let t = t0; t <= t1; t++) out[t] = v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
  return out;
}

/**
 * The knots of a textbook inverse head-and-shoulders: left shoulder 100 on row 30, peaks on
 * rows 45 and 75, head 90 on row 60, right shoulder on row 90, then a rally to 120 on row 120.
 *
 * @example
 * inverseHeadAndShouldersKnots({ rightPeak: 113 }); // a neckline rising from 110 to 113
 */
export function inverseHeadAndShouldersKnots(levels: { rightPeak?: number; rightShoulder?: number } = {}): [number, number][] {
  return [
    [0, 120],
    [30, 100],
    [45, 110],
    [60, 90],
    [75, levels.rightPeak ?? 110],
    [90, levels.rightShoulder ?? 100],
    [120, 120],
  ];
}

/** A close-only series along the knots. */
export function seriesThrough(knots: readonly [number, number][]): DailySeries {
  return makeSeries(pathThrough(knots));
}
