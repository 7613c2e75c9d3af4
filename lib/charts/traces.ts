import type { Trace } from "./figure";
import { inDisplayUnit, type DisplayUnit } from "./display-unit";
import { roundAll } from "./round";

/**
 * A named line on a date axis, e.g. one index's year-to-date return or a neckline.
 *
 * @example
 * const neckline: NamedLine = { name: "neckline", dates: ["2025-03-03", "2025-07-31"], values: [2110, 2110], dash: "dash" };
 */
export interface NamedLine {
  name: string;
  /** ISO dates, one per value. */
  dates: readonly string[];
  values: ArrayLike<number>;
  /** Plotly dash style ("solid", "dash", "dot", "dashdot"); solid by default. */
  dash?: string;
  /** CSS colour; Plotly's colour cycle by default. */
  color?: string;
}

/**
 * A day worth pointing at on a chart, with the caller's words for the hover.
 *
 * @example
 * const reclaim: EventMarker = { date: "2025-06-30", text: "reclaim after 87 days below" };
 */
export interface EventMarker {
  /** ISO date of the event. */
  date: string;
  /** Extra hover text, e.g. "reclaim after 87 days below"; may use Plotly's <br>. */
  text?: string;
}

/**
 * Throws unless `values` has one entry per date: a misaligned series would draw shifted.
 *
 * @example
 * requireAligned("average", average.length, "series RUT", rut.dates.length);
 */
export function requireAligned(valuesName: string, valuesLength: number, datesName: string, datesLength: number): void {
  if (valuesLength !== datesLength) {
    throw new Error(
      `${valuesName} has ${valuesLength} values but ${datesName} has ${datesLength} dates: pass values computed on the same dates`,
    );
  }
}

/**
 * A line trace for `line` with values in `unit`'s display scale (fractions ×100 for "%" and
 * "pp": see DisplayUnit), rounded to `decimals`, and a hover row "name: value" (the date heads
 * the unified hover box). Leading values that are not finite (a moving average's warm-up) are
 * left out, which keeps long histories small.
 *
 * @example
 * lineTrace({ name: "RUT", dates: rut.dates, values: rut.close }, 2);
 * lineTrace({ name: "year to date", dates, values: ytdFractions }, 2, "%");
 */
export function lineTrace(line: NamedLine, decimals: number, unit: DisplayUnit = ""): Trace {
  requireAligned(`line "${line.name}"`, line.values.length, `line "${line.name}"`, line.dates.length);
  const style: Record<string, unknown> = { width: 1.5 };
  if (line.dash) style.dash = line.dash;
  if (line.color) style.color = line.color;
  let first = 0;
  while (first < line.values.length && !Number.isFinite(line.values[first])) first++;
  return {
    type: "scatter",
    mode: "lines",
    name: line.name,
    x: line.dates.slice(first),
    y: roundAll(inDisplayUnit(line.values, unit), decimals).slice(first),
    line: style,
    hovertemplate: `${line.name}: %{y:,.${decimals}f}${unit}<extra></extra>`,
  };
}
