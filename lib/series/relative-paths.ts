import { alignOnCommonDates } from "./align";
import { checkSameLength, checkNonNegative } from "./checks";
import type { DatedValues } from "./year-to-date-path";

/**
 * Two paths on the dates they share.
 *
 * @example
 * const both: AlignedPaths = alignPaths(yearToDatePath(iwo, 2025), yearToDatePath(iwn, 2025)); both.a.length === both.dates.length;
 */
export interface AlignedPaths {
  dates: string[];
  a: Float64Array;
  b: Float64Array;
}

/**
 * Two dated paths restricted to the dates both have, in date order (a holiday one source
 * records and the other does not drops out); alignOnCommonDates for paths instead of closes.
 *
 * @example
 * const both = alignPaths(yearToDatePath(iwo, 2025), yearToDatePath(iwn, 2025));
 */
export function alignPaths(a: DatedValues, b: DatedValues): AlignedPaths {
  checkSameLength(a.dates, a.values, "a.dates", "a.values");
  checkSameLength(b.dates, b.values, "b.dates", "b.values");
  const aligned = alignOnCommonDates([
    { id: "a", dates: a.dates, close: a.values },
    { id: "b", dates: b.dates, close: b.values },
  ]);
  return { dates: aligned.dates, a: aligned.closes[0], b: aligned.closes[1] };
}

/**
 * a / b row by row, NaN where b is below `minDenominator`: "a rose twice as much as b" means
 * something only when b rose, and a ratio over a return near zero explodes. Returns are
 * fractions, so minDenominator 0.005 asks b to be up at least 0.5%.
 *
 * @example
 * returnRatio(Float64Array.of(0.06, 0.02, 0.01), Float64Array.of(0.03, -0.01, 0.001), 0.005); // [2, NaN, NaN]
 */
export function returnRatio(a: Float64Array, b: Float64Array, minDenominator: number): Float64Array {
  checkSameLength(a, b, "a", "b");
  checkNonNegative(minDenominator, "minDenominator");
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = b[i] >= minDenominator && b[i] > 0 ? a[i] / b[i] : NaN;
  return out;
}

/**
 * How path a fared against path b over their shared dates.
 *
 * @example
 * const s: RelativeSummary = relativeSummary(both); s.shareBehind;
 */
export interface RelativeSummary {
  days: number;
  /** Rows on which a was below b. */
  daysBehind: number;
  /** daysBehind / days (0..1). */
  shareBehind: number;
  /** The row where a trailed b the most (a - b most negative); null when a never trailed. */
  widestGap: { date: string; gap: number } | null;
  /** a - b on the last shared date. */
  last: { date: string; gap: number };
}

/**
 * How often and by how much path a trailed path b (e.g. the Russell 2000's year-to-date return
 * against the S&P 500's): days behind, the widest gap, and the gap on the last day.
 *
 * @example
 * relativeSummary(alignPaths(yearToDatePath(rut, 2025), yearToDatePath(spx, 2025))).shareBehind; // e.g. 0.93
 */
export function relativeSummary(paths: AlignedPaths): RelativeSummary {
  const { dates, a, b } = paths;
  if (dates.length === 0) throw new Error("paths: no shared dates (align two paths that overlap in time)");
  let daysBehind = 0;
  let widestGap: RelativeSummary["widestGap"] = null;
  for (let i = 0; i < dates.length; i++) {
    const gap = a[i] - b[i];
    if (gap < 0) {
      daysBehind++;
      if (!widestGap || gap < widestGap.gap) widestGap = { date: dates[i], gap };
    }
  }
  const last = dates.length - 1;
  return { days: dates.length, daysBehind, shareBehind: daysBehind / dates.length, widestGap, last: { date: dates[last], gap: a[last] - b[last] } };
}
