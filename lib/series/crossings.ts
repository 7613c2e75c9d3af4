import { checkSameLength } from "./checks";

/** One day on which series a crossed series b. */
export interface Crossing {
  index: number;
  direction: "up" | "down";
}

/**
 * The days on which `a` crosses `b` (another series, or a constant level such as 0).
 * Rule: an up-cross on day i when a[i] > b[i] and, on the previous day where both are
 * defined, a <= b; a down-cross when a[i] < b[i] and previously a >= b. Days where
 * either value is NaN (an average's warm-up) are ignored. A touch (a == b) followed by
 * a move back to the same side therefore counts as a cross.
 *
 * @example
 * crossings(rollingMean(close, 50), rollingMean(close, 200)).filter((c) => c.direction === "up"); // golden crosses
 * crossings(Float64Array.of(1, 3, 2), 2.5); // [{ index: 1, direction: "up" }, { index: 2, direction: "down" }]
 */
export function crossings(a: Float64Array, b: Float64Array | number): Crossing[] {
  if (typeof b !== "number") checkSameLength(a, b, "a", "b");
  const level = (i: number) => (typeof b === "number" ? b : b[i]);
  const out: Crossing[] = [];
  let previous = NaN; // a - b on the previous day where both were defined
  for (let i = 0; i < a.length; i++) {
    const difference = a[i] - level(i);
    if (Number.isNaN(difference)) continue;
    if (difference > 0 && previous <= 0) out.push({ index: i, direction: "up" });
    else if (difference < 0 && previous >= 0) out.push({ index: i, direction: "down" });
    previous = difference;
  }
  return out;
}
