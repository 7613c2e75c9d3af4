import { checkNonNegative } from "../series/checks";

/**
 * One candidate reading of an article's figures (a day, a definition) with the values it gives,
 * in the article's units and order.
 *
 * @example
 * const reading: Reading = { label: "2025-07-31", values: [-0.8, 7.8, 9.4] };
 */
export interface Reading {
  label: string;
  values: readonly number[];
}

/**
 * How one reading compares with the article's figures.
 *
 * @example
 * closestReading(readings, [1, 7.8, 9.4], 0.5).rows[0].reproduced; // [false, true, true]
 */
export interface ReadingMatch {
  label: string;
  values: number[];
  /** values[k] - article[k], in the article's units. */
  gaps: number[];
  /** Whether |gap| <= tolerance, figure by figure. */
  reproduced: boolean[];
  /** How many figures are reproduced. */
  matches: number;
  largestGap: number;
  /** Sum of |gap|: breaks ties between readings with as many matches. */
  totalGap: number;
}

/**
 * Every reading's comparison, and the one that reproduces the article best.
 *
 * @example
 * closestReading(readings, [3.5], 0.5).best.label;
 */
export interface ClosestReading {
  rows: ReadingMatch[];
  /** Most figures within tolerance; among those, the smallest total gap (the first on a tie). */
  best: ReadingMatch;
}

/**
 * Which reading (a day, a definition) reproduces a set of article figures best: each figure
 * counts as reproduced when it is within `tolerance` of the article's (one tolerance for all,
 * or one per figure, e.g. from roundingTolerance); the best reading reproduces the most, then
 * has the smallest total gap.
 *
 * @example
 * closestReading(
 *   [{ label: "2025-07-31", values: [-0.8, 7.8, 9.4] }, { label: "2025-08-01", values: [-2.8, 6.1, 6.9] }],
 *   [1, 7.8, 9.4], 0.5,
 * ).best.label; // "2025-07-31" (two of three figures)
 */
export function closestReading(readings: readonly Reading[], article: readonly number[], tolerance: number | readonly number[]): ClosestReading {
  const tolerances = typeof tolerance === "number" ? article.map(() => tolerance) : [...tolerance];
  if (tolerances.length !== article.length) {
    throw new Error(`tolerance has ${tolerances.length} values but the article has ${article.length} figures: pass one tolerance, or one per figure`);
  }
  tolerances.forEach((t) => checkNonNegative(t, "tolerance"));
  if (readings.length === 0) throw new Error("readings: empty (pass at least one candidate reading)");
  const rows = readings.map((reading): ReadingMatch => {
    if (reading.values.length !== article.length) {
      throw new Error(`reading ${reading.label} has ${reading.values.length} values but the article has ${article.length} figures: pass one value per figure, in the article's order`);
    }
    const gaps = reading.values.map((value, k) => value - article[k]);
    // A hair of slack so a gap of exactly the tolerance survives floating-point noise.
    const reproduced = gaps.map((gap, k) => Math.abs(gap) <= tolerances[k] + 1e-9);
    return {
      label: reading.label,
      values: [...reading.values],
      gaps,
      reproduced,
      matches: reproduced.filter(Boolean).length,
      largestGap: Math.max(...gaps.map(Math.abs)),
      totalGap: gaps.reduce((sum, gap) => sum + Math.abs(gap), 0),
    };
  });
  const best = rows.reduce((a, b) => (b.matches > a.matches || (b.matches === a.matches && b.totalGap < a.totalGap) ? b : a));
  return { rows, best };
}

/**
 * Half a unit of a quoted figure's last digit: how far a value may be from it and still round
 * to it ("7.8" -> 0.05, "1" -> 0.5, "2,211.65" -> 0.005). Reproducing a figure "at the
 * article's precision" means being within this.
 *
 * @example
 * ["1", "7.8", "9.4"].map(roundingTolerance); // [0.5, 0.05, 0.05]
 */
export function roundingTolerance(figure: string): number {
  const text = figure.trim().replace(/,/g, "");
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) {
    throw new Error(`figure "${figure}": expected a number as the article writes it, e.g. "7.8" or "2,211.65"`);
  }
  const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  return 0.5 * 10 ** -decimals;
}
