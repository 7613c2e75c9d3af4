import { checkIndex } from "./checks";

/**
 * Day-over-day simple returns, close[i] / close[i-1] - 1, as fractions (0.01 = 1%).
 * The first entry is NaN: there is no prior close.
 *
 * @example
 * simpleReturns(Float64Array.of(100, 110, 99)); // [NaN, 0.1, -0.1]
 */
export function simpleReturns(close: Float64Array): Float64Array {
  const out = new Float64Array(close.length).fill(NaN);
  for (let i = 1; i < close.length; i++) out[i] = close[i] / close[i - 1] - 1;
  return out;
}

/**
 * Day-over-day log returns, ln(close[i] / close[i-1]); they add up over time.
 * The first entry is NaN.
 *
 * @example
 * logReturns(Float64Array.of(100, 110)); // [NaN, 0.0953...]
 */
export function logReturns(close: Float64Array): Float64Array {
  const out = new Float64Array(close.length).fill(NaN);
  for (let i = 1; i < close.length; i++) out[i] = Math.log(close[i] / close[i - 1]);
  return out;
}

/**
 * The simple return from the close on row `from` to the close on row `to`.
 *
 * @example
 * periodReturn(Float64Array.of(100, 90, 120), 0, 2); // 0.2
 */
export function periodReturn(close: Float64Array, from: number, to: number): number {
  checkIndex(from, close.length, "from");
  checkIndex(to, close.length, "to");
  return close[to] / close[from] - 1;
}
