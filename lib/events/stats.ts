/**
 * Quantile q (0..1) of values already sorted ascending, with linear interpolation between
 * order statistics (numpy's default, "type 7"). NaN for an empty array.
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile ${q}: must be between 0 and 1`);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Arithmetic mean (NaN for no values).
 *
 * @example
 * mean([0.1, 0.3]); // 0.2
 */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Descriptive statistics of a set of returns (fractions). */
export interface ReturnSummary {
  n: number;
  mean: number;
  median: number;
  /** Share of returns > 0 (0..1). */
  hitRate: number;
  best: number;
  worst: number;
  /** Sample standard deviation (n - 1 in the denominator); NaN for n < 2. */
  std: number;
}

/**
 * n, mean, median, hit rate (share > 0), best, worst and sample standard deviation of a
 * set of returns. With no values every statistic but n is NaN.
 *
 * @example
 * summarizeReturns([0.2, -0.1, 0.15]); // { n: 3, mean: 0.0833, median: 0.15, hitRate: 0.667, ... }
 */
export function summarizeReturns(values: ArrayLike<number>): ReturnSummary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const average = mean(sorted);
  let squares = 0;
  let hits = 0;
  for (const value of sorted) {
    squares += (value - average) ** 2;
    if (value > 0) hits++;
  }
  return {
    n,
    mean: average,
    median: quantileSorted(sorted, 0.5),
    hitRate: hits / n,
    best: n ? sorted[n - 1] : NaN,
    worst: n ? sorted[0] : NaN,
    std: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN,
  };
}
