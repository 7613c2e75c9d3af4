import { dateRows, type DailySeries } from "../../series/daily-series";
import { inverseHeadAndShoulders, necklineAt, type InverseHeadAndShoulders, type InverseHeadAndShouldersParams } from "../../patterns/inverse-head-and-shoulders";

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
  const { start: first, end } = dateRows(series.dates, range.from, range.to);
  const last = end - 1;
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

/**
 * The breakout a detector reading finds nearest a level, as a table row.
 *
 * @example
 * const [reading]: NecklineReading[] = necklineReadings(rut, readings, 2110); reading.difference; // e.g. 4.7
 */
export interface NecklineReading {
  reading: string;
  /** Breakout day nearest the level, or "none". */
  breakout: string;
  /** Neckline on that day (NaN without a breakout). */
  neckline: number;
  /** Neckline minus the level, in price units (NaN without a breakout). */
  difference: number;
  /** Left shoulder, head and right shoulder dates, "" without a breakout. */
  pattern: string;
}

/**
 * How the answer to "which neckline broke, when, and at what level?" moves across detector
 * readings: for each, the breakout within [from, to] whose neckline is nearest `level`.
 *
 * @example
 * necklineReadings(rut, [5, 10].map((w) => ({ label: `${w}-day pivots`, params: { ...params, pivots: { window: w } } })),
 *   2110, { from: "2025-01-01", to: "2025-12-31" });
 */
export function necklineReadings(
  series: DailySeries,
  readings: readonly { label: string; params: InverseHeadAndShouldersParams }[],
  level: number,
  range: { from?: string; to?: string } = {},
): NecklineReading[] {
  return readings.map(({ label, params }) => {
    const p = nearestBreakout(series, inverseHeadAndShoulders(series, params), level, range);
    if (p === null || p.breakoutIndex === null) return { reading: label, breakout: "none", neckline: NaN, difference: NaN, pattern: "" };
    const neckline = necklineAt(p, p.breakoutIndex);
    const date = (row: number) => series.dates[row];
    return {
      reading: label,
      breakout: date(p.breakoutIndex),
      neckline,
      difference: neckline - level,
      pattern: `${date(p.leftShoulder.index)} / ${date(p.head.index)} / ${date(p.rightShoulder.index)}`,
    };
  });
}
