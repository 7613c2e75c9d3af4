import { mulberry32, randomIndex } from "./rng";
import { mean, quantileSorted } from "./stats";

/** Options of the bootstrap interval. */
export interface BootstrapOptions {
  /** Coverage of the interval (default 0.95). */
  level?: number;
  /** Resamples (default 10,000). */
  draws?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

/** A percentile bootstrap interval for a mean, or the reason there is none. */
export interface BootstrapInterval {
  n: number;
  level: number;
  draws: number;
  seed: number;
  /** [low, high] of the mean, or null when the sample is too small. */
  interval: { low: number; high: number } | null;
  /** Why `interval` is null; null when there is an interval. */
  reason: string | null;
}

/** Fewer values than this make a resampling interval meaningless. */
export const MIN_BOOTSTRAP_SAMPLE = 5;

/**
 * Percentile bootstrap interval for the mean: resample the values with replacement
 * `draws` times and take the (1 - level) / 2 and (1 + level) / 2 quantiles of the
 * resampled means. Needs at least 5 values; below that the interval is null with a reason.
 *
 * @example
 * bootstrapMeanInterval(study.horizons[0].complete.map((o) => o.toDate), { seed: 7 }).interval;
 */
export function bootstrapMeanInterval(values: readonly number[], options: BootstrapOptions = {}): BootstrapInterval {
  const level = options.level ?? 0.95;
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  if (!(level > 0 && level < 1)) throw new Error(`level ${level}: must be between 0 and 1 (0.95 = 95%)`);
  if (!Number.isInteger(draws) || draws < 1) throw new Error(`draws ${draws}: must be a whole number >= 1`);
  const n = values.length;
  const base = { n, level, draws, seed };
  if (n < MIN_BOOTSTRAP_SAMPLE) {
    return { ...base, interval: null, reason: `only ${n} values: a bootstrap interval needs at least ${MIN_BOOTSTRAP_SAMPLE}` };
  }
  const random = mulberry32(seed);
  const means = new Float64Array(draws);
  const sample = new Float64Array(n);
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < n; k++) sample[k] = values[randomIndex(random, n)];
    means[d] = mean(sample);
  }
  means.sort();
  const tail = (1 - level) / 2;
  return { ...base, interval: { low: quantileSorted(means, tail), high: quantileSorted(means, 1 - tail) }, reason: null };
}
