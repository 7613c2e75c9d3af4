import { checkCloses } from "../series/checks";
import { lowerBound, type DailySeries } from "../series/daily-series";
import { horizonEndIndex, horizonLabel, lastCompleteStart, type Horizon } from "../series/horizon";
import { checkEventIndices } from "./event-study";
import { mulberry32, randomIndex } from "./rng";
import { mean, quantileSorted, summarizeReturns, type ReturnSummary } from "./stats";

/** Options of the random-entry baseline. */
export interface BaselineOptions {
  horizon: Horizon;
  /** First eligible entry date (default: the first day of data); pass the study's start. */
  from?: string;
  /** Number of random samples (default 10,000). */
  draws?: number;
  /** PRNG seed (default 1): the same seed gives the same distribution. */
  seed?: number;
}

/** How the events' mean compares with means of random entries. */
export interface Baseline {
  label: string;
  /** Events with a complete horizon: the sample size of every draw. */
  n: number;
  /** Mean forward return of those events. */
  eventMean: number;
  draws: number;
  seed: number;
  /** The entry days drawn from: from the first eligible day to the last with a full horizon. */
  eligible: { fromDate: string; toDate: string; days: number };
  /** Mean of each draw of n random entries, sorted ascending (for a histogram). */
  means: Float64Array;
  /** Percent of random means below the events' mean (ties count half), 0..100. */
  percentile: number;
  /** 5th, 50th and 95th percentiles of the random means. */
  quantiles: { p5: number; p50: number; p95: number };
  /** Single-entry forward returns over every eligible day: the unconditional odds. */
  unconditional: ReturnSummary;
}

/**
 * Random-entry baseline: is the events' average forward return unusual for the period?
 * Draws n entry days (n = events with a complete horizon) uniformly, with replacement,
 * from the eligible days, `draws` times, and places the events' mean in the distribution
 * of the draws' means. Reproducible for a seed. Pass events from the same period: an
 * event before `from` still counts in the events' mean.
 *
 * @example
 * const b = randomEntryBaseline(rut, events, { horizon: { tradingDays: 252 }, from: "2009-06-01", seed: 7 });
 * b.percentile; // e.g. 71: the events beat 71% of random entry sets of the same size
 */
export function randomEntryBaseline(series: DailySeries, eventIndices: readonly number[], options: BaselineOptions): Baseline {
  const { close, dates } = series;
  checkCloses(close, `${series.id} close`);
  checkEventIndices(eventIndices, close.length);
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(draws) || draws < 1) throw new Error(`draws ${draws}: must be a whole number >= 1`);
  const label = horizonLabel(options.horizon);
  const first = options.from === undefined ? 0 : lowerBound(dates, options.from);
  const last = lastCompleteStart(dates, options.horizon);
  if (last < first) {
    throw new Error(`no day from ${options.from ?? dates[0]} has a complete ${label} horizon in ${series.id} (data ends ${dates[dates.length - 1]}): choose an earlier start or a shorter horizon`);
  }
  const forward = (i: number) => close[horizonEndIndex(dates, i, options.horizon)] / close[i] - 1;
  const eligible = new Float64Array(last - first + 1);
  for (let i = first; i <= last; i++) eligible[i - first] = forward(i);
  const eventReturns = eventIndices.filter((i) => i <= last).map(forward);
  const n = eventReturns.length;
  if (n === 0) throw new Error(`no event has a complete ${label} horizon: the baseline needs at least one`);
  const eventMean = mean(eventReturns);

  const random = mulberry32(seed);
  const means = new Float64Array(draws);
  for (let d = 0; d < draws; d++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += eligible[randomIndex(random, eligible.length)];
    means[d] = sum / n;
  }
  means.sort();
  let below = 0;
  let ties = 0;
  for (const m of means) {
    if (m < eventMean) below++;
    else if (m === eventMean) ties++;
  }
  return {
    label,
    n,
    eventMean,
    draws,
    seed,
    eligible: { fromDate: dates[first], toDate: dates[last], days: eligible.length },
    means,
    percentile: (100 * (below + ties / 2)) / draws,
    quantiles: { p5: quantileSorted(means, 0.05), p50: quantileSorted(means, 0.5), p95: quantileSorted(means, 0.95) },
    unconditional: summarizeReturns(eligible),
  };
}
