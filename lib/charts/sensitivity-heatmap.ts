import { chartLayout, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import { inDisplayUnit, type DisplayUnit } from "./display-unit";
import { PALETTE } from "./palette";
import { roundAll } from "./round";

/**
 * One cell of a sensitivity grid, as a highlight rule sees it.
 *
 * @example
 * const isArticleCount = (cell: HeatmapCell) => cell.second === 8 || cell.second === 11;
 */
export interface HeatmapCell {
  x: number | string;
  y: number | string;
  /** The cell's value as passed (a fraction when zUnit is "%" or "pp"). */
  z: number;
  /** The second value of the cell (e.g. the event count), when the chart has one. */
  second?: number;
}

/**
 * What a sensitivity heatmap shows beyond its frame.
 *
 * @example
 * const options: SensitivityHeatmapOptions = { title, caption, xTitle: "Minimum gap (calendar days)",
 *   yTitle: "Average window (trading days)", zTitle: "Mean return (%)", zMid: 0 };
 */
export interface SensitivityHeatmapOptions extends ChartFrame {
  /** X-axis title with units, e.g. "Minimum gap (calendar days)". */
  xTitle: string;
  /** Y-axis title with units, e.g. "Average window (trading days)". */
  yTitle: string;
  /** Colour bar title with units, e.g. "Mean 1-year return (%)". */
  zTitle: string;
  /**
   * Unit of z: "%" and "pp" mean z holds fractions, drawn ×100 (default none: drawn as passed,
   * e.g. counts). The unit's words go in zTitle.
   */
  zUnit?: DisplayUnit;
  /** Decimals of z (in its display unit) in the JSON, the hover and the cell labels (default 1). */
  zDecimals?: number;
  /** Centre a red-white-green scale on this value, in z's display unit (e.g. 0 for returns); Viridis otherwise. */
  zMid?: number;
  /** A second value per cell, same shape as z, shown in the hover (e.g. { name: "events", values: counts }). */
  second?: { name: string; values: readonly ArrayLike<number>[] };
  /** Cells to ring with a marker, e.g. { name: "8 events (the article's count)", where: (c) => c.second === 8 }. */
  highlight?: { name: string; where: (cell: HeatmapCell) => boolean };
}

/** Grids with more cells than this are not labelled cell by cell. */
const MAX_LABELLED_CELLS = 200;
const FRAME_COLOUR = PALETTE.ink;

const DIVERGING = [
  [0, PALETTE.red],
  [0.5, "#f6f8fa"],
  [1, PALETTE.green],
];

/**
 * A heatmap of a result (z) over two parameter readings (x across, y down): how the headline
 * number moves across the reasonable definitions. `z[row][col]` belongs to `y[row]` and
 * `x[col]`. Each cell is labelled with z; the hover gives x, y, z and the optional second value;
 * highlighted cells get a ring marker named in the legend.
 *
 * @example
 * sensitivityHeatmap([63, 91, 126], [150, 200], meanReturns, {
 *   title: "Mean 1-year return after reclaims, by definition",
 *   caption: "Source: FRED RU2000PR, 2008-2025",
 *   xTitle: "Minimum gap (calendar days)", yTitle: "Average window (trading days)",
 *   zTitle: "Mean return (%)", zUnit: "%", zMid: 0, // meanReturns: fractions
 *   second: { name: "events", values: counts },
 *   highlight: { name: "8 events (article)", where: (c) => c.second === 8 },
 * });
 */
export function sensitivityHeatmap(
  x: readonly (number | string)[],
  y: readonly (number | string)[],
  z: readonly ArrayLike<number>[],
  options: SensitivityHeatmapOptions,
): Figure {
  requireGrid("z", z, x.length, y.length);
  if (options.second) requireGrid(`second "${options.second.name}"`, options.second.values, x.length, y.length);
  const decimals = options.zDecimals ?? 1;
  const second = options.second;

  let hover = `${options.xTitle}: %{x}<br>${options.yTitle}: %{y}<br>${options.zTitle}: %{z:.${decimals}f}`;
  if (second) hover += `<br>${second.name}: %{customdata}`;
  const heatmap: Trace = {
    type: "heatmap",
    x: x.slice(),
    y: y.slice(),
    z: z.map((row) => roundAll(inDisplayUnit(row, options.zUnit), decimals)),
    hovertemplate: `${hover}<extra></extra>`,
    // Labels stay readable only on small grids; larger ones keep the value in the hover.
    ...(x.length * y.length <= MAX_LABELLED_CELLS ? { texttemplate: `%{z:.${decimals}f}` } : {}),
    colorbar: { title: { text: options.zTitle, side: "right" } },
    ...(options.zMid === undefined ? { colorscale: "Viridis" } : { colorscale: DIVERGING, zmid: options.zMid }),
    ...(second ? { customdata: second.values.map((row) => Array.from(row)) } : {}),
  };
  const data: Trace[] = [heatmap];
  const frames: Record<string, unknown>[] = [];
  const highlight = options.highlight;
  if (highlight) {
    y.forEach((yv, row) =>
      x.forEach((xv, col) => {
        const cell: HeatmapCell = { x: xv, y: yv, z: z[row][col] };
        if (second) cell.second = second.values[row][col];
        // Category axes place cell k at k, so a frame from k - 0.5 to k + 0.5 fits any grid size.
        if (highlight.where(cell)) frames.push({ x0: col - 0.5, x1: col + 0.5, y0: row - 0.5, y1: row + 0.5 });
      }),
    );
    // An empty trace carries the frames' legend entry (shapes have none of their own).
    data.push({
      type: "scatter",
      mode: "markers",
      name: `${highlight.name} (${frames.length} cells)`,
      x: [null],
      y: [null],
      hoverinfo: "skip",
      showlegend: true,
      marker: { symbol: "square-open", size: 14, color: FRAME_COLOUR, line: { width: 2 } },
    });
  }

  const layout = chartLayout(options, options.xTitle, options.yTitle);
  return withDisplayDefaults({
    data,
    layout: {
      ...layout,
      xaxis: { ...(layout.xaxis as object), type: "category" },
      yaxis: { ...(layout.yaxis as object), type: "category" },
      shapes: frames.map((f) => ({ type: "rect", xref: "x", yref: "y", ...f, line: { color: FRAME_COLOUR, width: 2 }, fillcolor: "rgba(0,0,0,0)" })),
    },
  });
}

function requireGrid(name: string, grid: readonly ArrayLike<number>[], columns: number, rows: number): void {
  if (grid.length !== rows) {
    throw new Error(`${name} has ${grid.length} rows but y has ${rows} values: pass one row per y value`);
  }
  grid.forEach((row, i) => {
    if (row.length !== columns) {
      throw new Error(`${name} row ${i} has ${row.length} values but x has ${columns}: pass one value per x in each row`);
    }
  });
}
