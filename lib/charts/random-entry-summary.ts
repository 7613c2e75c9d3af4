/**
 * What the charts need from a random-entry baseline, as fractions (0.181 = 18.1%): the
 * result of lib/events' randomEntryBaseline fits it as is.
 *
 * @example
 * const baseline: RandomEntrySummary = randomEntryBaseline(rut, eventRows, { horizon: { tradingDays: 252 } });
 */
export interface RandomEntrySummary {
  /** Mean forward return of each random set of entry days. */
  means: ArrayLike<number>;
  /** Mean forward return of the events. */
  eventMean: number;
  /** Percent of random means below the events' mean (ties half), 0..100. */
  percentile: number;
  /** 5th and 95th percentiles of the random means. */
  quantiles: { p5: number; p95: number };
}
