import { centredSums } from "./centred-sums";
import { checkFinitePoints, checkSameLength, checkWindow } from "./checks";

/** Pearson correlation of x and y over rows [from, to) (NaN when either is constant there). */
function pearson(x: ArrayLike<number>, y: ArrayLike<number>, from: number, to: number): number {
  const { sxx, syy, sxy } = centredSums(x, y, from, to);
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Pearson correlation of two aligned columns, -1..1; NaN when either is constant. Any
 * non-finite value is an error: drop missing points first.
 *
 * @example
 * correlation([1, 2, 3], [2, 4, 7]); // 0.99
 */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  checkSameLength(x, y, "x", "y");
  if (x.length < 2) throw new Error(`x has ${x.length} points: a correlation needs at least 2`);
  checkFinitePoints(x, y);
  return pearson(x, y, 0, x.length);
}

/**
 * Correlation of x and y over the trailing `window` rows ending at each row: NaN for the first
 * window-1 rows and for windows holding a non-finite value (a return's first row is NaN).
 * O(n x window), which is instant for daily data.
 *
 * @example
 * rollingCorrelation(smallMinusLarge, yieldChanges, 252); // a one-year rolling correlation
 */
export function rollingCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, window: number): Float64Array {
  checkSameLength(x, y, "x", "y");
  checkWindow(window, x.length);
  if (window < 2) throw new Error(`window ${window}: a correlation needs at least 2 rows`);
  const out = new Float64Array(x.length).fill(NaN);
  let lastBad = -1;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) lastBad = i;
    if (i >= window - 1 && lastBad <= i - window) out[i] = pearson(x, y, i - window + 1, i + 1);
  }
  return out;
}

/** The correlation of the points falling in one calendar year. */
export interface YearCorrelation {
  year: number;
  /** Points in the year. */
  n: number;
  /** NaN when the year has fewer than `minPoints` points or a constant column. */
  correlation: number;
}

/**
 * The correlation of x and y separately for each calendar year of `dates` (one date per point,
 * e.g. the last day of each weekly step): in which years a relation held. Years with fewer than
 * `minPoints` points get NaN.
 *
 * @example
 * correlationByYear(weekly.endDates, weekly.yieldChange, weekly.relative, 20);
 */
export function correlationByYear(dates: readonly string[], x: ArrayLike<number>, y: ArrayLike<number>, minPoints = 10): YearCorrelation[] {
  checkSameLength(dates, x, "dates", "x");
  checkSameLength(x, y, "x", "y");
  if (!Number.isInteger(minPoints) || minPoints < 2) throw new Error(`minPoints ${minPoints}: must be a whole number >= 2`);
  const out: YearCorrelation[] = [];
  let from = 0;
  for (let i = 1; i <= dates.length; i++) {
    if (i < dates.length && dates[i].slice(0, 4) === dates[from].slice(0, 4)) continue;
    const n = i - from;
    const xs = Array.from({ length: n }, (_, k) => x[from + k]);
    const ys = Array.from({ length: n }, (_, k) => y[from + k]);
    out.push({ year: Number(dates[from].slice(0, 4)), n, correlation: n >= minPoints ? correlation(xs, ys) : NaN });
    from = i;
  }
  return out;
}
