import { dateAxisLayout, type ChartFrame, type Trace } from "./figure";
import { logAxis } from "./log-axis";
import { PALETTE } from "./palette";
import { PRICE_DECIMALS } from "./round";
import { lineTrace } from "./traces";

/**
 * What every chart of an index's close shows beyond its frame.
 *
 * @example
 * const options: PriceChartOptions = { title, caption, logY: true };
 */
export interface PriceChartOptions extends ChartFrame {
  /** Log-scale y axis, for histories spanning decades. */
  logY?: boolean;
  /** Y-axis title with units (default "Close (index points)"). */
  yTitle?: string;
}

/**
 * Spells of dates shaded behind a price chart, e.g. the closes below an average; the first
 * rectangle carries the legend entry `name`.
 *
 * @example
 * const shading: PriceShading = { spans: [{ x0: "2025-02-21", x1: "2025-06-30" }], name: "close below 200-day", fill: "rgba(207,34,46,0.13)", group: "below" };
 */
export interface PriceShading {
  spans: readonly { x0: string; x1: string }[];
  name: string;
  /** CSS fill colour, translucent so the lines stay readable. */
  fill: string;
  /** Legend group: one legend click hides every rectangle. */
  group: string;
}

/**
 * The close as a blue line rounded to PRICE_DECIMALS, named "<id> close".
 *
 * @example
 * closeTrace("RUT", rut.dates, rut.close);
 */
export function closeTrace(id: string, dates: readonly string[], close: Float64Array): Trace {
  return lineTrace({ name: `${id} close`, dates, values: close, color: PALETTE.blue }, PRICE_DECIMALS);
}

/**
 * The layout of a price chart: a date axis, the close's y axis (log scale when asked, with
 * ticks from `close`) and the shaded spells.
 *
 * @example
 * priceChartLayout(options, rut.close, { spans, name: "drought: no record close", fill: "rgba(224,138,0,0.14)", group: "drought" });
 */
export function priceChartLayout(options: PriceChartOptions, close: Float64Array, shading: PriceShading): Record<string, unknown> {
  return {
    ...dateAxisLayout(options, options.yTitle ?? "Close (index points)", { yaxis: options.logY ? logAxis(close) : {} }),
    shapes: shading.spans.map((span, i) => ({
      type: "rect",
      x0: span.x0,
      x1: span.x1,
      ...(i === 0 ? { name: shading.name, showlegend: true } : {}),
    })),
    // Rectangles carry only their dates; the rest comes from the template's shape defaults,
    // which keeps a 38-year history with ~150 spells small.
    template: {
      layout: {
        shapedefaults: { yref: "paper", y0: 0, y1: 1, fillcolor: shading.fill, line: { width: 0 }, layer: "below", legendgroup: shading.group },
      },
    },
  };
}
