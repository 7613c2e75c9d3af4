import { checkNonNegative } from "./checks";

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

/** How one reading compares with the article's figures. */
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

/** Every reading's comparison, and the one that reproduces the article best. */
export interface ClosestReading {
  rows: ReadingMatch[];
  /** Most figures within tolerance; among those, the smallest total gap (the first on a tie). */
  best: ReadingMatch;
}

/**
 * Which reading (a day, a definition) reproduces a set of article figures best: each figure
 * counts as reproduced when it is within `tolerance` of the article's; the best reading
 * reproduces the most, then has the smallest total gap.
 *
 * @example
 * closestReading(
 *   [{ label: "2025-07-31", values: [-0.8, 7.8, 9.4] }, { label: "2025-08-01", values: [-2.8, 6.1, 6.9] }],
 *   [1, 7.8, 9.4], 0.5,
 * ).best.label; // "2025-07-31" (two of three figures)
 */
export function closestReading(readings: readonly Reading[], article: readonly number[], tolerance: number): ClosestReading {
  checkNonNegative(tolerance, "tolerance");
  if (readings.length === 0) throw new Error("readings: empty (pass at least one candidate reading)");
  const rows = readings.map((reading): ReadingMatch => {
    if (reading.values.length !== article.length) {
      throw new Error(`reading ${reading.label} has ${reading.values.length} values but the article has ${article.length} figures: pass one value per figure, in the article's order`);
    }
    const gaps = reading.values.map((value, k) => value - article[k]);
    const reproduced = gaps.map((gap) => Math.abs(gap) <= tolerance);
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
