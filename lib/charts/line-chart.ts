import { dateAxisLayout, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import type { DisplayUnit } from "./display-unit";
import { PALETTE } from "./palette";
import { lineTrace, type EventMarker, type NamedLine } from "./traces";

/**
 * What a line chart shows beyond its frame.
 *
 * @example
 * const options: LineChartOptions = { title, caption, yTitle: "Return since 2024-12-31 (%)", unit: "%", zeroLine: true };
 */
export interface LineChartOptions extends ChartFrame {
  /** Y-axis title with units, e.g. "Return since 2024-12-31 (%)". */
  yTitle: string;
  /** Decimals of the values in the JSON and the hover (default 2). */
  decimals?: number;
  /**
   * Unit of the values, the suffix in the hover and on the y ticks (default none). "%" and "pp"
   * mean the values are fractions (0.181 is drawn as 18.1%); other units are drawn as passed.
   */
  unit?: DisplayUnit;
  /** Draw a reference line at y = 0 (for returns). */
  zeroLine?: boolean;
  /** Dates to mark with a vertical line and a hover marker at the top of the plot. */
  events?: readonly EventMarker[];
  /** Legend name of the event markers (default "events"). */
  eventName?: string;
}

const EVENT_COLOUR = PALETTE.grey;

/**
 * Several named lines on one date axis (e.g. the year-to-date return of three indexes), with
 * an optional reference line at 0 and optional vertical event markers whose hover gives the
 * date and the caller's text.
 *
 * @example
 * // rutYtd, spxYtd: returns as fractions (0.05 = 5%), drawn in percent because unit is "%".
 * lineChart(
 *   [{ name: "Russell 2000", dates, values: rutYtd }, { name: "S&P 500", dates, values: spxYtd }],
 *   { title: "Year to date, 2025", caption: "Source: FRED, 2024-12-31 to 2025-08-01",
 *     yTitle: "Return since 2024-12-31 (%)", unit: "%", zeroLine: true,
 *     events: [{ date: "2025-04-08", text: "April trough" }] },
 * );
 */
export function lineChart(lines: readonly NamedLine[], options: LineChartOptions): Figure {
  if (lines.length === 0) throw new Error("lines: empty (pass at least one named line)");
  const decimals = options.decimals ?? 2;
  const unit = options.unit ?? "";
  const data: Trace[] = lines.map((line) => lineTrace(line, decimals, unit));
  const shapes: object[] = [];
  if (options.zeroLine) {
    shapes.push({ type: "line", xref: "paper", yref: "y", x0: 0, x1: 1, y0: 0, y1: 0, line: { color: PALETTE.ink, width: 1 }, layer: "below" });
  }
  const events = options.events ?? [];
  for (const event of events) {
    shapes.push({
      type: "line",
      xref: "x",
      yref: "paper",
      x0: event.date,
      x1: event.date,
      y0: 0,
      y1: 1,
      line: { color: EVENT_COLOUR, width: 1, dash: "dot" },
      // Plotly draws paper-referenced shapes "below" under the grid too, where a line on a
      // date gridline disappears.
      layer: "above",
    });
  }
  if (events.length > 0) {
    // Markers sit at the top of the plot on a hidden [0, 1] axis, whatever the lines' range.
    data.push({
      type: "scatter",
      mode: "markers",
      name: options.eventName ?? "events",
      yaxis: "y2",
      x: events.map((e) => e.date),
      y: events.map(() => 1),
      text: events.map((e) => (e.text ? `${e.date}: ${e.text}` : e.date)),
      hovertemplate: "%{text}<extra></extra>",
      marker: { symbol: "triangle-down", size: 10, color: EVENT_COLOUR },
      cliponaxis: false,
    });
  }
  return withDisplayDefaults({
    data,
    layout: {
      ...dateAxisLayout(options, options.yTitle, { yaxis: unit ? { ticksuffix: unit } : {} }),
      ...(events.length > 0 ? { yaxis2: { overlaying: "y", range: [0, 1], visible: false, fixedrange: true } } : {}),
      shapes,
    },
  });
}
