import { lowerBound, upperBound, type DailySeries } from "../series/daily-series";
import { necklineAt, type InverseHeadAndShoulders } from "./inverse-head-and-shoulders";

/**
 * Of the patterns that broke out within [from, to], the one whose neckline on the breakout
 * day is closest to `level` (the first one on a tie); null when none broke out in the range.
 * Names which of the detector's patterns an article's "neckline around 2,110" refers to.
 *
 * @example
 * const p = nearestBreakout(rut, inverseHeadAndShoulders(rut, params), 2110, { from: "2025-01-01", to: "2025-12-31" });
 * p && necklineAt(p, p.breakoutIndex!); // e.g. 2114.7
 */
export function nearestBreakout(
  series: DailySeries,
  patterns: readonly InverseHeadAndShoulders[],
  level: number,
  range: { from?: string; to?: string } = {},
): InverseHeadAndShoulders | null {
  const first = range.from === undefined ? 0 : lowerBound(series.dates, range.from);
  const last = range.to === undefined ? series.dates.length - 1 : upperBound(series.dates, range.to) - 1;
  let best: InverseHeadAndShoulders | null = null;
  let bestDistance = Infinity;
  for (const p of patterns) {
    if (p.breakoutIndex === null || p.breakoutIndex < first || p.breakoutIndex > last) continue;
    const distance = Math.abs(necklineAt(p, p.breakoutIndex) - level);
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}
