import { checkWindow } from "./checks";

/**
 * Exponential moving average with smoothing 2 / (period + 1), seeded by the simple average
 * of the first `period` values (as technicalindicators and most charting tools do).
 * Leading NaNs are skipped, so an EMA of another indicator (the MACD line) works; the
 * result is NaN until the seed row.
 *
 * @example
 * ema(Float64Array.of(1, 2, 3, 4, 5), 3); // [NaN, NaN, 2, 3, 4]
 */
export function ema(values: Float64Array, period: number): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  let first = 0;
  while (first < values.length && Number.isNaN(values[first])) first++;
  checkWindow(period, values.length - first, "period");
  const seedRow = first + period - 1;
  let seed = 0;
  for (let i = first; i <= seedRow; i++) seed += checkedValue(values, i);
  let previous = seed / period;
  out[seedRow] = previous;
  const smoothing = 2 / (period + 1);
  for (let i = seedRow + 1; i < values.length; i++) {
    previous += (checkedValue(values, i) - previous) * smoothing;
    out[i] = previous;
  }
  return out;
}

function checkedValue(values: Float64Array, i: number): number {
  if (Number.isNaN(values[i])) {
    throw new Error(`ema: value at index ${i} is NaN after the series started: fill or drop missing values first`);
  }
  return values[i];
}
