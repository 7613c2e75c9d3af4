/**
 * Thresholds every study shares, named once so a verdict reads the same everywhere
 * (docs/verdicts.md). A study's own thresholds live in its package, named and tested there.
 */

/**
 * An event's average forward return counts as unusual when it beats at least this percentile
 * (0-100) of the averages of as many random entry days drawn from the same period.
 *
 * @example
 * isUnusual(baseline.percentile); // percentile >= SIGNIFICANT_PERCENTILE
 */
export const SIGNIFICANT_PERCENTILE = 95;

/**
 * Whether an events-vs-random percentile (0-100) is unusual at {@link SIGNIFICANT_PERCENTILE}.
 *
 * @example
 * isUnusual(97); // true
 * isUnusual(80); // false
 */
export function isUnusual(percentile: number): boolean {
  if (!(percentile >= 0 && percentile <= 100)) throw new Error(`isUnusual: percentile ${percentile} must be between 0 and 100`);
  return percentile >= SIGNIFICANT_PERCENTILE;
}

/** Confidence level of every bootstrap interval the reports print. */
export const INTERVAL_LEVEL = 0.95;
