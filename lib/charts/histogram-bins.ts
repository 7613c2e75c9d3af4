/**
 * Equal-width bins: `edges` has one more entry than `counts`.
 *
 * @example
 * const bins: HistogramBins = { edges: [0, 2, 4], counts: [3, 2] }; // 3 values in [0, 2), 2 in [2, 4]
 */
export interface HistogramBins {
  edges: number[];
  counts: number[];
}

/**
 * Counts `values` in `count` equal-width bins from their minimum to their maximum (each bin
 * holds [left, right), the last one also its right edge). Binning here rather than in Plotly
 * keeps a 10,000-sample histogram to a few dozen numbers of JSON.
 *
 * @example
 * histogramBins([0, 1, 1, 2, 4], 2); // { edges: [0, 2, 4], counts: [3, 2] }
 */
export function histogramBins(values: ArrayLike<number>, count: number): HistogramBins {
  if (!Number.isInteger(count) || count < 1) throw new Error(`bins ${count}: must be a whole number >= 1`);
  if (values.length === 0) throw new Error("values: empty (pass at least one value to bin)");
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw new Error(`values[${i}] is ${v}: expected finite numbers (drop missing samples first)`);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // All values equal: one bin of width 1 centred on them.
  if (min === max) return { edges: [min - 0.5, min + 0.5], counts: [values.length] };
  const width = (max - min) / count;
  const edges = Array.from({ length: count + 1 }, (_, i) => (i === count ? max : min + i * width));
  const counts = new Array<number>(count).fill(0);
  for (let i = 0; i < values.length; i++) {
    counts[Math.min(count - 1, Math.floor((values[i] - min) / width))]++;
  }
  return { edges, counts };
}
