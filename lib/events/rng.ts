/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny seeded 32-bit generator, good enough for resampling and fully
 * reproducible (same seed, same sequence on every machine).
 *
 * @example
 * const random = mulberry32(42);
 * random(); // the same first number for seed 42, every time
 */
export function mulberry32(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`seed ${seed}: must be a whole number`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A whole number drawn uniformly from 0..count-1.
 *
 * @example
 * randomIndex(mulberry32(1), 10); // 0..9
 */
export function randomIndex(random: Random, count: number): number {
  return Math.floor(random() * count);
}
