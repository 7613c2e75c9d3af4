import { checkSameLength } from "../series/checks";

/**
 * A swing point: a local peak ("high") or trough ("low") of a price path, with the first day
 * on which a rule can know it (a swing is only a swing once price has moved away from it).
 *
 * @example
 * const head: Pivot = { kind: "low", index: 60, value: 1761, confirmedIndex: 65 };
 */
export interface Pivot {
  kind: "high" | "low";
  /** Row of the swing itself. */
  index: number;
  /** The high (for a peak) or low (for a trough) on that row. */
  value: number;
  /** First row on which the swing is known; a causal rule may use the pivot from this row on. */
  confirmedIndex: number;
}

/**
 * How swing points are found: `{ window: N }` (a peak is the highest high of the N rows on
 * either side, known N rows later) or `{ zigzag: p }` (a percentage zig-zag: a trough is known
 * once price has risen p, e.g. 0.05 = 5%, above it; a peak once price has fallen p below it).
 *
 * @example
 * const rule: PivotRule = { window: 5 };
 * const coarse: PivotRule = { zigzag: 0.05 };
 */
export type PivotRule = { window: number } | { zigzag: number };

/**
 * A short label of a pivot rule for tables and chart axes: "5-day pivots", "5% zig-zag".
 *
 * @example
 * pivotRuleLabel({ zigzag: 0.05 }); // "5% zig-zag"
 */
export function pivotRuleLabel(rule: PivotRule): string {
  return "window" in rule ? `${rule.window}-day pivots` : `${Number((rule.zigzag * 100).toPrecision(6))}% zig-zag`;
}

/**
 * Swing points by a fixed window: row i is a peak when high[i] is the highest of rows
 * i-N..i+N (strictly higher than the rows before it, so a flat top counts once, on its first
 * row), and a trough when low[i] is the lowest of those rows. A pivot needs N rows on both
 * sides, so it is confirmed N rows after it happens (confirmedIndex = i + N). Peaks and
 * troughs are returned together, by row; two of the same kind may follow each other (see
 * alternatePivots). For close-only analysis pass the closes as both high and low.
 *
 * @example
 * windowPivots(close, close, 5).filter((p) => p.kind === "low"); // 5-day swing lows of the closes
 * windowPivots(Float64Array.of(3, 1, 3, 5, 3), Float64Array.of(3, 1, 3, 5, 3), 1);
 * // [{ kind: "low", index: 1, value: 1, confirmedIndex: 2 }, { kind: "high", index: 3, value: 5, confirmedIndex: 4 }]
 */
export function windowPivots(high: Float64Array, low: Float64Array, window: number): Pivot[] {
  checkSameLength(high, low, "high", "low");
  // A series shorter than 2N + 1 rows simply has no pivot yet (a causal scan starts short).
  if (!Number.isInteger(window) || window < 1) throw new Error(`pivot window ${window}: must be a whole number of trading days >= 1`);
  const out: Pivot[] = [];
  for (let i = window; i + window < high.length; i++) {
    if (isExtreme(high, i, window, (a, b) => a > b)) out.push({ kind: "high", index: i, value: high[i], confirmedIndex: i + window });
    if (isExtreme(low, i, window, (a, b) => a < b)) out.push({ kind: "low", index: i, value: low[i], confirmedIndex: i + window });
  }
  return out;
}

/** True when values[i] beats every earlier row of the window strictly and no later row beats it. */
function isExtreme(values: Float64Array, i: number, window: number, beats: (a: number, b: number) => boolean): boolean {
  const value = values[i];
  if (Number.isNaN(value)) return false;
  for (let j = i - window; j < i; j++) if (!beats(value, values[j])) return false;
  for (let j = i + 1; j <= i + window; j++) if (beats(values[j], value) || Number.isNaN(values[j])) return false;
  return true;
}

/**
 * Swing points by a percentage zig-zag: after a trough, the highest high so far is the
 * candidate peak; it is confirmed on the first row whose low is at least `percent` below it,
 * and from there the lowest low is the candidate trough, confirmed once a high is `percent`
 * above it; and so on. Pivots alternate by construction; the last, unconfirmed candidate is
 * not returned. A new extreme on a row is taken before a reversal on the same row.
 *
 * @example
 * zigzagPivots(close, close, 0.05); // swings of at least 5%
 * const path = Float64Array.of(100, 90, 100, 80);
 * zigzagPivots(path, path, 0.1); // high at 0 (known on row 1), low at 1 (known on 2), high at 2 (known on 3)
 */
export function zigzagPivots(high: Float64Array, low: Float64Array, percent: number): Pivot[] {
  checkSameLength(high, low, "high", "low");
  if (!(percent > 0 && percent < 1)) {
    throw new Error(`zig-zag size ${percent}: must be a fraction between 0 and 1 (0.05 = 5%)`);
  }
  const out: Pivot[] = [];
  let trend: "up" | "down" | null = null;
  let maxIndex = 0; // candidate peak
  let minIndex = 0; // candidate trough
  for (let i = 1; i < high.length; i++) {
    if (trend !== "down") {
      // Looking for a peak (or for the first swing of either kind).
      if (high[i] > high[maxIndex]) maxIndex = i;
      else if (low[i] <= high[maxIndex] * (1 - percent)) {
        out.push({ kind: "high", index: maxIndex, value: high[maxIndex], confirmedIndex: i });
        trend = "down";
        minIndex = i;
        continue;
      }
    }
    if (trend !== "up") {
      if (low[i] < low[minIndex]) minIndex = i;
      else if (high[i] >= low[minIndex] * (1 + percent)) {
        out.push({ kind: "low", index: minIndex, value: low[minIndex], confirmedIndex: i });
        trend = "up";
        maxIndex = i;
      }
    }
  }
  return out;
}

/**
 * The pivots of a rule (see windowPivots and zigzagPivots), in the order a causal reader
 * learns them: by confirmation row, then by row.
 *
 * @example
 * swingPivots(series.high!, series.low!, { window: 5 });
 */
export function swingPivots(high: Float64Array, low: Float64Array, rule: PivotRule): Pivot[] {
  const pivots = "window" in rule ? windowPivots(high, low, rule.window) : zigzagPivots(high, low, rule.zigzag);
  return pivots.sort((a, b) => a.confirmedIndex - b.confirmedIndex || a.index - b.index);
}

/**
 * Adds one pivot to an alternating sequence (peak, trough, peak, ...): a pivot of the same
 * kind as the last one replaces it when it is more extreme (a lower trough, a higher peak)
 * and is dropped otherwise. Returns what happened, so a scanner knows when the tail changed.
 *
 * @example
 * const seq: Pivot[] = [];
 * for (const p of swingPivots(high, low, { window: 5 })) appendAlternating(seq, p);
 */
export function appendAlternating(sequence: Pivot[], pivot: Pivot): "appended" | "replaced" | "dropped" {
  const last = sequence[sequence.length - 1];
  if (!last || last.kind !== pivot.kind) {
    sequence.push(pivot);
    return "appended";
  }
  const moreExtreme = pivot.kind === "low" ? pivot.value < last.value : pivot.value > last.value;
  if (!moreExtreme) return "dropped";
  sequence[sequence.length - 1] = pivot;
  return "replaced";
}

/**
 * The pivots reduced to an alternating sequence of peaks and troughs (see appendAlternating):
 * of two troughs with no peak between them the lower is kept, of two peaks the higher.
 *
 * @example
 * alternatePivots(windowPivots(close, close, 5)).map((p) => p.kind); // ["low", "high", "low", ...]
 */
export function alternatePivots(pivots: readonly Pivot[]): Pivot[] {
  const sequence: Pivot[] = [];
  for (const pivot of pivots) appendAlternating(sequence, pivot);
  return sequence;
}
