import { mulberry32, randomIndex } from "./rng";
import { quantileSorted } from "./stats";

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

/** Fewer values (or, for the block bootstrap, fewer blocks) than this make a resampling interval meaningless. */
export const MIN_BOOTSTRAP_SAMPLE = 5;

/**
 * Percentile bootstrap interval for the mean: resample the values with replacement
 * `draws` times and take the (1 - level) / 2 and (1 + level) / 2 quantiles of the
 * resampled means. Needs at least 5 values; below that the interval is null with a reason.
 * The draws are independent: for outcomes whose windows overlap use blockBootstrapMeanInterval.
 *
 * @example
 * bootstrapMeanInterval(study.horizons[0].complete.map((o) => o.toDate), { seed: 7 }).interval;
 */
export function bootstrapMeanInterval(values: readonly number[], options: BootstrapOptions = {}): BootstrapInterval {
  const n = values.length;
  const reason = n < MIN_BOOTSTRAP_SAMPLE ? `only ${n} values: a bootstrap interval needs at least ${MIN_BOOTSTRAP_SAMPLE}` : null;
  return { n, ...resampledMeanInterval(Float64Array.from(values), new Float64Array(n).fill(1), reason, options) };
}

/** One event's outcome as the block bootstrap sees it: its window's first and last rows and its return. */
export interface WindowOutcome {
  startIndex: number;
  endIndex: number;
  /** The return over the window (a complete outcome's `toDate`). */
  toDate: number;
}

/** A block bootstrap interval, with the blocks of overlapping windows it resampled. */
export interface BlockBootstrapInterval extends BootstrapInterval {
  /** How many blocks: groups of events whose windows overlap, chained. */
  blocks: number;
  /** Events per block, in date order of the blocks. */
  blockSizes: number[];
}

/**
 * The outcomes grouped into blocks of overlapping windows: in order of their first row, an
 * outcome joins the block before it when it starts before that block's last window ends
 * (they share daily returns); one that starts on or after that row opens a new block.
 * Returns, per block, the positions of its outcomes in the input.
 *
 * @example
 * overlapBlocks([{ startIndex: 0, endIndex: 252, toDate: 0.1 }, { startIndex: 100, endIndex: 352, toDate: 0.2 },
 *   { startIndex: 400, endIndex: 652, toDate: -0.1 }]); // [[0, 1], [2]]
 */
export function overlapBlocks(outcomes: readonly WindowOutcome[]): number[][] {
  const order = outcomes.map((_, k) => k).sort((a, b) => outcomes[a].startIndex - outcomes[b].startIndex);
  const blocks: number[][] = [];
  let reach = -Infinity;
  for (const k of order) {
    const { startIndex, endIndex } = outcomes[k];
    if (!(endIndex >= startIndex)) throw new Error(`outcome ${k}: endIndex ${endIndex} is before startIndex ${startIndex}; pass complete outcomes (eventStudy's complete list)`);
    if (startIndex < reach) blocks[blocks.length - 1].push(k);
    else blocks.push([k]);
    reach = Math.max(reach, endIndex);
  }
  return blocks;
}

/**
 * Percentile interval for the mean of event outcomes whose forward windows may overlap (one-year
 * returns from entry days less than a year apart share most of their daily returns, so they
 * are not independent draws). The outcomes are grouped into blocks of overlapping windows
 * (overlapBlocks) and the blocks, not the outcomes, are resampled with replacement: each draw
 * takes as many blocks as there are and averages every outcome in them (a block bootstrap
 * whose blocks follow the overlap, as a cluster bootstrap resamples clusters). Outcomes that
 * move together are drawn together, so the interval widens as the overlap grows; with no
 * overlap every block is one outcome and the interval equals bootstrapMeanInterval's for the
 * same seed. Needs at least 5 blocks; below that the interval is null with a reason.
 *
 * @example
 * blockBootstrapMeanInterval(study.horizons[0].complete, { seed: 7 }).interval;
 */
export function blockBootstrapMeanInterval(outcomes: readonly WindowOutcome[], options: BootstrapOptions = {}): BlockBootstrapInterval {
  const blocks = overlapBlocks(outcomes);
  const sums = Float64Array.from(blocks, (block) => block.reduce((sum, k) => sum + outcomes[k].toDate, 0));
  const sizes = Float64Array.from(blocks, (block) => block.length);
  const reason = blocks.length < MIN_BOOTSTRAP_SAMPLE
    ? `only ${blocks.length} blocks of overlapping windows (${outcomes.length} outcomes): a block bootstrap needs at least ${MIN_BOOTSTRAP_SAMPLE}`
    : null;
  return { n: outcomes.length, ...resampledMeanInterval(sums, sizes, reason, options), blocks: blocks.length, blockSizes: blocks.map((b) => b.length) };
}

/**
 * The shared resampling: per draw, as many blocks as there are, drawn with replacement; the
 * draw's mean is the drawn blocks' total over their outcome count. Single-outcome blocks make
 * it the plain bootstrap of the mean.
 */
function resampledMeanInterval(sums: Float64Array, sizes: Float64Array, reason: string | null, options: BootstrapOptions): Omit<BootstrapInterval, "n"> {
  const level = options.level ?? 0.95;
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  if (!(level > 0 && level < 1)) throw new Error(`level ${level}: must be between 0 and 1 (0.95 = 95%)`);
  if (!Number.isInteger(draws) || draws < 1) throw new Error(`draws ${draws}: must be a whole number >= 1`);
  const base = { level, draws, seed };
  if (reason !== null) return { ...base, interval: null, reason };
  const random = mulberry32(seed);
  const blocks = sums.length;
  const means = new Float64Array(draws);
  for (let d = 0; d < draws; d++) {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < blocks; k++) {
      const b = randomIndex(random, blocks);
      sum += sums[b];
      count += sizes[b];
    }
    means[d] = sum / count;
  }
  means.sort();
  const tail = (1 - level) / 2;
  return { ...base, interval: { low: quantileSorted(means, tail), high: quantileSorted(means, 1 - tail) }, reason: null };
}
