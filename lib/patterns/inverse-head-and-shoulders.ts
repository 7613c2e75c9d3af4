import { checkCloses, checkNonNegative } from "../series/checks";
import type { DailySeries } from "../series/daily-series";
import { appendAlternating, swingPivots, type Pivot, type PivotRule } from "./pivots";

/**
 * Which prices the swing points are read from: the closes only, or the day's high (for
 * peaks) and low (for troughs). The breakout is always a close above the neckline.
 *
 * @example
 * const prices: PatternPrices = "close";
 */
export type PatternPrices = "close" | "high-low";

/**
 * The definition of an inverse head-and-shoulders; every number in it is a reader's choice.
 *
 * @example
 * const params: InverseHeadAndShouldersParams = { pivots: { window: 5 }, shoulderTolerance: 0.05, maxNecklineTilt: 0.05 };
 */
export interface InverseHeadAndShouldersParams {
  /** How swing points are found, e.g. { window: 5 } or { zigzag: 0.05 }. */
  pivots: PivotRule;
  /** Read swings from closes (default) or from highs and lows. */
  prices?: PatternPrices;
  /**
   * Largest difference between the two shoulders, as a fraction of their average
   * (0.03: the shoulders lie within 3% of each other).
   */
  shoulderTolerance: number;
  /**
   * The neckline's slope limit: largest difference between its two peaks, as a fraction of
   * the first (0.05: the neckline rises or falls at most 5% from one peak to the other).
   */
  maxNecklineTilt: number;
  /** Trading days after the right shoulder within which the breakout must come (default 63). */
  maxBreakoutDays?: number;
}

/**
 * How a pattern ended: a close above the neckline ("breakout"), price below the right
 * shoulder first ("failed"), no breakout within maxBreakoutDays ("expired"), or still
 * undecided on the data's last day ("open").
 *
 * @example
 * patterns.filter((p) => p.outcome === "breakout").length;
 */
export type PatternOutcome = "breakout" | "failed" | "expired" | "open";

/**
 * One inverse head-and-shoulders: five alternating swings, a neckline and what followed.
 *
 * @example
 * const [first]: InverseHeadAndShoulders[] = inverseHeadAndShoulders(rut, params); first.outcome; // "breakout"
 */
export interface InverseHeadAndShoulders {
  leftShoulder: Pivot;
  /** The peak between the left shoulder and the head: the neckline's first point. */
  leftPeak: Pivot;
  head: Pivot;
  /** The peak between the head and the right shoulder: the neckline's second point. */
  rightPeak: Pivot;
  rightShoulder: Pivot;
  /** The row on which the right shoulder is confirmed: the first day the pattern is known. */
  formedIndex: number;
  /** Neckline slope in price units per row (0 for a flat neckline). */
  necklineSlope: number;
  outcome: PatternOutcome;
  /** First row from formedIndex on whose close is above the neckline; null without a breakout. */
  breakoutIndex: number | null;
  /** Row on which the outcome was decided (the breakout, failure or expiry day); null when open. */
  decidedIndex: number | null;
}

/**
 * The neckline's level on a row: the line through the two peaks, extended.
 *
 * @example
 * necklineAt(pattern, pattern.breakoutIndex!); // the level the close broke above
 */
export function necklineAt(pattern: Pick<InverseHeadAndShoulders, "leftPeak" | "necklineSlope">, row: number): number {
  return pattern.leftPeak.value + pattern.necklineSlope * (row - pattern.leftPeak.index);
}

/**
 * Every inverse head-and-shoulders in a series, found without look-ahead. Swing points come
 * from the pivot rule and are used only from the row they are confirmed on, reduced to an
 * alternating sequence of troughs and peaks. Whenever a trough joins the sequence, the last
 * five swings trough-peak-trough-peak-trough form a pattern when the middle trough (the head)
 * is the lowest, the outer troughs (the shoulders) lie within `shoulderTolerance` of each
 * other, the two peaks within `maxNecklineTilt`, and all three troughs lie below the neckline
 * through the two peaks. From the day the right shoulder is confirmed, the first close above
 * the neckline is the breakout; price below the right shoulder first (the low, or the close
 * when reading closes) fails the pattern, and waiting more than `maxBreakoutDays` after the
 * right shoulder expires it. Everything about row t depends on rows 0..t only.
 *
 * @example
 * const found = inverseHeadAndShoulders(rut, { pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 });
 * const b = found.find((p) => p.outcome === "breakout")!;
 * [rut.dates[b.breakoutIndex!], necklineAt(b, b.breakoutIndex!)]; // e.g. ["2025-06-06", 2113.8]
 */
export function inverseHeadAndShoulders(series: DailySeries, params: InverseHeadAndShouldersParams): InverseHeadAndShoulders[] {
  const { close } = series;
  checkCloses(close, `${series.id} close`);
  const [high, low] = pricesFor(series, params.prices ?? "close");
  checkNonNegative(params.shoulderTolerance, "shoulderTolerance");
  checkNonNegative(params.maxNecklineTilt, "maxNecklineTilt");
  const maxBreakoutDays = params.maxBreakoutDays ?? 63;
  if (!Number.isInteger(maxBreakoutDays) || maxBreakoutDays < 1) {
    throw new Error(`maxBreakoutDays ${maxBreakoutDays}: must be a whole number of trading days >= 1`);
  }
  const sequence: Pivot[] = [];
  const found: InverseHeadAndShoulders[] = [];
  for (const pivot of swingPivots(high, low, params.pivots)) {
    if (appendAlternating(sequence, pivot) === "dropped" || pivot.kind !== "low" || sequence.length < 5) continue;
    const [leftShoulder, leftPeak, head, rightPeak, rightShoulder] = sequence.slice(-5);
    const shape = { leftShoulder, leftPeak, head, rightPeak, rightShoulder };
    if (!isInverseHeadAndShoulders(shape, params)) continue;
    found.push(followUp({ ...shape, necklineSlope: slopeOf(leftPeak, rightPeak), formedIndex: pivot.confirmedIndex }, close, low, maxBreakoutDays));
  }
  return found;
}

type Shape = Pick<InverseHeadAndShoulders, "leftShoulder" | "leftPeak" | "head" | "rightPeak" | "rightShoulder">;

function slopeOf(a: Pivot, b: Pivot): number {
  return (b.value - a.value) / (b.index - a.index);
}

/** The geometry test: head lowest, shoulders level, neckline tilt limited, troughs under the neckline. */
function isInverseHeadAndShoulders(shape: Shape, params: InverseHeadAndShouldersParams): boolean {
  const { leftShoulder: ls, leftPeak, head, rightPeak, rightShoulder: rs } = shape;
  if (!(head.value < ls.value && head.value < rs.value)) return false;
  if (Math.abs(ls.value - rs.value) > params.shoulderTolerance * ((ls.value + rs.value) / 2)) return false;
  if (Math.abs(rightPeak.value / leftPeak.value - 1) > params.maxNecklineTilt) return false;
  const neckline = { leftPeak, necklineSlope: slopeOf(leftPeak, rightPeak) };
  return [ls, head, rs].every((trough) => trough.value < necklineAt(neckline, trough.index));
}

/** Scans forward from the day the pattern is known until it breaks out, fails or expires. */
function followUp(
  pattern: Shape & Pick<InverseHeadAndShoulders, "necklineSlope" | "formedIndex">,
  close: Float64Array,
  low: Float64Array,
  maxBreakoutDays: number,
): InverseHeadAndShoulders {
  const decide = (outcome: PatternOutcome, row: number | null): InverseHeadAndShoulders => ({
    ...pattern,
    outcome,
    breakoutIndex: outcome === "breakout" ? row : null,
    decidedIndex: row,
  });
  for (let t = pattern.formedIndex; t < close.length; t++) {
    if (close[t] > necklineAt(pattern, t)) return decide("breakout", t);
    if (low[t] < pattern.rightShoulder.value) return decide("failed", t);
    if (t - pattern.rightShoulder.index >= maxBreakoutDays) return decide("expired", t);
  }
  return decide("open", null);
}

/** The arrays swings are read from: [peaks' prices, troughs' prices]. */
function pricesFor(series: DailySeries, prices: PatternPrices): [Float64Array, Float64Array] {
  if (prices === "close") return [series.close, series.close];
  if (prices !== "high-low") throw new Error(`prices '${String(prices)}': must be "close" or "high-low"`);
  if (!series.high || !series.low) {
    throw new Error(`series ${series.id} has no high/low columns: read swings from closes (prices: "close") or load a source with OHLC data`);
  }
  return [series.high, series.low];
}
