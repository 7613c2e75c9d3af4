import { chartLayout, withDisplayDefaults, type ChartFrame, type Figure } from "./figure";
import { inDisplayUnit, type DisplayUnit } from "./display-unit";
import { olsFit } from "./ols-fit";
import { PALETTE } from "./palette";
import { roundAll, roundTo } from "./round";

/**
 * The points of a scatter chart: x and y aligned, with an optional hover label per point.
 *
 * @example
 * const points: ScatterPoints = { x: [0.1, -0.2], y: [-0.3, 0.5], labels: ["2025-W01", "2025-W02"] };
 */
export interface ScatterPoints {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Hover label per point, e.g. the week it belongs to. */
  labels?: readonly string[];
}

/**
 * What a scatter-with-fit chart shows beyond its frame.
 *
 * @example
 * const options: ScatterWithFitOptions = { title, caption, xTitle: "Yield change (pp)", yTitle: "Relative return (%)" };
 */
export interface ScatterWithFitOptions extends ChartFrame {
  /** X-axis title with units, e.g. "Change in 10-year yield (percentage points)". */
  xTitle: string;
  /** Y-axis title with units, e.g. "Russell 2000 minus S&P 500 return (%)". */
  yTitle: string;
  /** Unit of x: "%" and "pp" mean x holds fractions, drawn ×100 (default none: drawn as passed). */
  xUnit?: DisplayUnit;
  /** Unit of y, as xUnit (e.g. "pp" for a difference of two returns given as fractions). */
  yUnit?: DisplayUnit;
  /** Legend name of the points (default "observations"). */
  pointsName?: string;
  /** Decimals of x and y in the JSON and the hover (default 2). */
  decimals?: number;
}

const sig = (value: number) => (Number.isFinite(value) ? String(Number(value.toPrecision(3))) : "n/a");

/**
 * The points with their ordinary-least-squares line; the legend entry of the line gives its
 * slope, intercept and R² (in the axes' display units) so the chart states the relation it shows.
 *
 * @example
 * scatterWithFit({ x: yieldChanges, y: relativeReturns, labels: weeks }, {
 *   title: "Small-cap relative return vs change in the 10-year yield, weekly",
 *   caption: "Source: FRED DGS10, RU2000PR, SP500; 2015-2025",
 *   xTitle: "Change in 10-year yield (percentage points)",
 *   yTitle: "Russell 2000 minus S&P 500 (percentage points)", yUnit: "pp", // relativeReturns: fractions
 * });
 */
export function scatterWithFit(points: ScatterPoints, options: ScatterWithFitOptions): Figure {
  const { labels } = points;
  const x = inDisplayUnit(points.x, options.xUnit);
  const y = inDisplayUnit(points.y, options.yUnit);
  if (labels && labels.length !== x.length) {
    throw new Error(`labels has ${labels.length} entries but x has ${x.length}: pass one label per point`);
  }
  const fit = olsFit(x, y);
  const decimals = options.decimals ?? 2;
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]);
    maxX = Math.max(maxX, x[i]);
  }
  let hover = `${options.xTitle}: %{x:.${decimals}f}<br>${options.yTitle}: %{y:.${decimals}f}<extra></extra>`;
  if (labels) hover = `%{text}<br>${hover}`;
  const sign = fit.intercept < 0 ? "-" : "+";
  const fitName = `OLS fit: y = ${sig(fit.slope)}x ${sign} ${sig(Math.abs(fit.intercept))}, R² = ${Number.isFinite(fit.r2) ? fit.r2.toFixed(2) : "n/a"} (n = ${fit.n})`;
  const line = [minX, maxX];
  return withDisplayDefaults({
    data: [
      {
        type: "scatter",
        mode: "markers",
        name: options.pointsName ?? "observations",
        x: roundAll(x, decimals),
        y: roundAll(y, decimals),
        ...(labels ? { text: labels.slice() } : {}),
        hovertemplate: hover,
        marker: { size: 7, color: "rgba(31, 78, 121, 0.65)" },
      },
      {
        type: "scatter",
        mode: "lines",
        name: fitName,
        x: line.map((v) => roundTo(v, decimals)),
        y: line.map((v) => roundTo(fit.intercept + fit.slope * v, decimals)),
        hovertemplate: `${fitName}<extra></extra>`,
        line: { color: PALETTE.red, width: 2 },
      },
    ],
    layout: chartLayout(options, options.xTitle, options.yTitle),
  });
}
