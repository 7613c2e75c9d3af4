import type { DailySeries } from "../series/daily-series";
import { necklineAt, type InverseHeadAndShoulders } from "./inverse-head-and-shoulders";

/**
 * One pattern as a flat table row: the dates of its troughs, the head's level, how far apart the
 * shoulders are, when it was known, its outcome and its neckline (patternOverlay draws the rest).
 *
 * @example
 * const row: PatternRow = patternRows(rut, found)[0]; row.neckline; // e.g. 2114.7
 */
export interface PatternRow {
  leftShoulder: string;
  head: string;
  headLevel: number;
  rightShoulder: string;
  /** |left - right shoulder| / their average: what shoulderTolerance limits. */
  shoulderGap: number;
  /** Day the right shoulder was confirmed (the pattern known). */
  formed: string;
  outcome: InverseHeadAndShoulders["outcome"];
  /** Breakout day, or "" without one. */
  breakout: string;
  /** Neckline level on the breakout day, else on the decision day, else on the last day. */
  neckline: number;
  /** Neckline above the head, as a fraction of the neckline on the head's day: the pattern's depth. */
  depth: number;
}

/**
 * The patterns as table rows with dates (for showTable), in the order found.
 *
 * @example
 * showTable(patternRows(rut, inverseHeadAndShoulders(rut, params)), { caption: "Inverse head-and-shoulders, 2025" });
 */
export function patternRows(series: DailySeries, patterns: readonly InverseHeadAndShoulders[]): PatternRow[] {
  const date = (row: number) => series.dates[row];
  return patterns.map((p) => {
    const at = p.breakoutIndex ?? p.decidedIndex ?? series.dates.length - 1;
    const neckline = necklineAt(p, at);
    return {
      leftShoulder: date(p.leftShoulder.index),
      head: date(p.head.index),
      headLevel: p.head.value,
      rightShoulder: date(p.rightShoulder.index),
      shoulderGap: Math.abs(p.leftShoulder.value - p.rightShoulder.value) / ((p.leftShoulder.value + p.rightShoulder.value) / 2),
      formed: date(p.formedIndex),
      outcome: p.outcome,
      breakout: p.breakoutIndex === null ? "" : date(p.breakoutIndex),
      neckline,
      depth: 1 - p.head.value / necklineAt(p, p.head.index),
    };
  });
}
