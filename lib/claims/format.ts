/**
 * Number formats for claims and notes. Fractions live inside the library; these turn them into
 * the percent, share and percentage-point texts a reader sees, each with the sign convention
 * that does not mislead: returns and gaps signed, shares and hit rates unsigned.
 */

/**
 * A number with fixed decimals and thousands separators.
 *
 * @example
 * formatNumber(2442.7412, 2); // "2,442.74"
 */
export function formatNumber(value: number, decimals = 1): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * A return (a fraction) as a signed percent.
 *
 * @example
 * formatPercent(0.181); // "+18.1%"
 * formatPercent(-0.2764); // "-27.6%"
 */
export function formatPercent(fraction: number, decimals = 1): string {
  const text = formatNumber(100 * fraction, decimals);
  return `${fraction > 0 && Number(text) !== 0 ? "+" : ""}${text}%`;
}

/**
 * A share or hit rate (a fraction of cases) as an unsigned percent: never "+75%".
 *
 * @example
 * formatShare(0.75); // "75%"
 * formatShare(2 / 3, 1); // "66.7%"
 */
export function formatShare(fraction: number, decimals = 0): string {
  if (!(fraction >= 0 && fraction <= 1)) throw new Error(`formatShare: ${fraction} is not a share between 0 and 1`);
  return `${formatNumber(100 * fraction, decimals)}%`;
}

/**
 * A difference of two returns (fractions) in signed percentage points: "+8.0 pp", not "+8.0%".
 *
 * @example
 * formatPoints(0.238 - 0.158); // "+8.0 pp"
 */
export function formatPoints(difference: number, decimals = 1): string {
  const text = formatNumber(100 * difference, decimals);
  return `${difference > 0 && Number(text) !== 0 ? "+" : ""}${text} pp`;
}
