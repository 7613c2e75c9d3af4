/**
 * The unit of a chart axis, as builders take it: "%" (returns, shares, distances below a peak)
 * and "pp" (differences of returns, percentage points) mean the values passed are fractions,
 * shown ×100 in the JSON, the hover and on the ticks; any other unit (e.g. "x" for a ratio, none
 * for index points) shows the values as passed. Fractions stay inside the library; this is the one
 * place charts turn them into percent.
 *
 * @example
 * const unit: DisplayUnit = "%"; // values 0.181 -> drawn as 18.1 with "%" on the ticks
 */
export type DisplayUnit = "%" | "pp" | (string & {});

/** The units whose values are fractions scaled ×100 for display. */
const FRACTION_UNITS: ReadonlySet<string> = new Set(["%", "pp"]);

/**
 * The factor from the values passed to the values shown: 100 for "%" and "pp", 1 otherwise.
 *
 * @example
 * displayScale("%"); // 100
 * displayScale("x"); // 1
 */
export function displayScale(unit: DisplayUnit | undefined): number {
  return unit !== undefined && FRACTION_UNITS.has(unit) ? 100 : 1;
}

/**
 * The values in the unit's display scale (fractions ×100 for "%" and "pp", unchanged otherwise).
 *
 * @example
 * inDisplayUnit(Float64Array.of(0.181, -0.05), "%"); // [18.1, -5]
 */
export function inDisplayUnit(values: ArrayLike<number>, unit: DisplayUnit | undefined): number[] {
  const scale = displayScale(unit);
  return scale === 1 ? Array.from(values) : Array.from(values, (v) => scale * v);
}
