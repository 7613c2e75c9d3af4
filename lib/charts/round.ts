/**
 * Decimals kept for prices and index levels in figure JSON.
 *
 * @example
 * roundAll(series.close, PRICE_DECIMALS);
 */
export const PRICE_DECIMALS = 2;
/**
 * Decimals kept for returns given in percent (0.01 percentage point; 4 decimals as a fraction).
 *
 * @example
 * roundTo(18.0837, PERCENT_DECIMALS); // 18.08
 */
export const PERCENT_DECIMALS = 2;

/**
 * `value` rounded to `decimals` places, or null when it is not finite (Plotly draws a gap).
 * Rounding keeps figure JSON small: a 9,700-point price history stays a few hundred KB.
 *
 * @example
 * roundTo(2211.6543, 2); // 2211.65
 * roundTo(NaN, 2); // null
 */
export function roundTo(value: number, decimals: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  // Math.round(-0.4) is -0, which JSON prints as 0 but deepEqual tells apart.
  return rounded === 0 ? 0 : rounded;
}

/**
 * Every value rounded with roundTo, as a plain array ready for JSON.
 *
 * @example
 * roundAll(Float64Array.of(1.234, NaN), 1); // [1.2, null]
 */
export function roundAll(values: ArrayLike<number>, decimals: number): (number | null)[] {
  return Array.from(values, (v) => roundTo(v, decimals));
}

/**
 * `value` with `decimals` places and thousands separators, for hover text built in code
 * (fixed format, not the machine's locale, so figures are the same everywhere).
 *
 * @example
 * formatFixed(2211.654, 2); // "2,211.65"
 */
export function formatFixed(value: number, decimals: number): string {
  const digits = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // No "-0.00": a negative that rounds to zero prints as zero.
  const sign = value < 0 && /[1-9]/.test(digits) ? "-" : "";
  return sign + grouped + (fraction === undefined ? "" : "." + fraction);
}
