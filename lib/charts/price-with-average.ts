import type { DailySeries } from "../series/daily-series";
import { runs } from "../series/runs";
import { chartLayout, DATE_AXIS, withDisplayDefaults, type ChartFrame, type Figure } from "./figure";
import { logAxis } from "./log-axis";
import { formatFixed, PRICE_DECIMALS, roundTo } from "./round";
import { lineTrace, requireAligned, type EventMarker } from "./traces";

/**
 * What a price-with-average chart shows beyond its frame.
 *
 * @example
 * const options: PriceWithAverageOptions = { title, caption, averageName: "200-day average", logY: true };
 */
export interface PriceWithAverageOptions extends ChartFrame {
  /** Legend name of the average, e.g. "200-day average". */
  averageName: string;
  /** Days to mark on the close line (e.g. reclaim days), hover: date, close and the event's text. */
  events?: readonly EventMarker[];
  /** Legend name of the event markers (default "events"). */
  eventName?: string;
  /** Log-scale y axis, for histories spanning decades. */
  logY?: boolean;
  /** Y-axis title with units (default "Close (index points)"). */
  yTitle?: string;
}

const CLOSE_COLOUR = "#1f4e79";
const AVERAGE_COLOUR = "#e08a00";
const EVENT_COLOUR = "#1a7f37";
const BELOW_FILL = "rgba(207,34,46,0.13)";

/**
 * The close and its moving average on one date axis, with the spells where the close is below
 * the average shaded light red, and event days marked on the close line.
 *
 * @example
 * priceWithAverage(rut, rollingMean(rut.close, 200), {
 *   title: "Russell 2000 and its 200-day average",
 *   caption: "Source: FRED RU2000PR, 2008-01-02 to 2025-07-08",
 *   averageName: "200-day average",
 *   events: reclaims.map((r) => ({ date: r.date, text: `reclaim after ${r.daysBelow} days below` })),
 *   eventName: "reclaims",
 * });
 */
export function priceWithAverage(
  series: DailySeries,
  average: Float64Array,
  options: PriceWithAverageOptions,
): Figure {
  const { dates, close } = series;
  requireAligned("average", average.length, `series ${series.id}`, dates.length);
  const layout = chartLayout(options, "Date", options.yTitle ?? "Close (index points)");
  // The spells are lib/series runs, so the shading agrees with the event rules. Rectangles
  // carry only their dates; the rest comes from the template's shape defaults, which keeps a
  // 38-year history with ~150 spells small.
  const below = runs(dates, close, average).filter((run) => run.side === "below");
  const shapes = below.map((spell, i) => ({
    type: "rect",
    x0: spell.startDate,
    // The shading runs to the day the close is back above (or to the last day if it is not).
    x1: dates[Math.min(spell.end + 1, dates.length - 1)],
    ...(i === 0 ? { name: `close below ${options.averageName}`, showlegend: true } : {}),
  }));
  const data = [
    lineTrace({ name: `${series.id} close`, dates, values: close, color: CLOSE_COLOUR }, PRICE_DECIMALS),
    lineTrace({ name: options.averageName, dates, values: average, color: AVERAGE_COLOUR }, PRICE_DECIMALS),
  ];
  if (options.events && options.events.length > 0) {
    data.push(eventTrace(series, options.events, options.eventName ?? "events"));
  }
  return withDisplayDefaults({
    data,
    layout: {
      ...layout,
      hovermode: "x unified",
      xaxis: { ...(layout.xaxis as object), ...DATE_AXIS },
      yaxis: { ...(layout.yaxis as object), ...(options.logY ? logAxis(close) : {}) },
      shapes,
      template: {
        layout: {
          shapedefaults: { yref: "paper", y0: 0, y1: 1, fillcolor: BELOW_FILL, line: { width: 0 }, layer: "below", legendgroup: "below" },
        },
      },
    },
  });
}

function eventTrace(series: DailySeries, events: readonly EventMarker[], name: string) {
  const index = new Map(series.dates.map((date, i) => [date, i]));
  const rows = events.map((event) => {
    const i = index.get(event.date);
    if (i === undefined) {
      throw new Error(`event ${event.date}: not a date of series ${series.id} (mark trading days of the charted series)`);
    }
    const close = series.close[i];
    const lines = [event.date, `close ${formatFixed(close, PRICE_DECIMALS)}`];
    if (event.text) lines.push(event.text);
    return { date: event.date, close: roundTo(close, PRICE_DECIMALS), text: lines.join("<br>") };
  });
  return {
    type: "scatter",
    mode: "markers",
    name,
    x: rows.map((r) => r.date),
    y: rows.map((r) => r.close),
    text: rows.map((r) => r.text),
    hovertemplate: "%{text}<extra></extra>",
    marker: { symbol: "triangle-up", size: 11, color: EVENT_COLOUR, line: { width: 1, color: "white" } },
  };
}
