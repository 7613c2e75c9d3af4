import type { DailySeries } from "../series/daily-series";
import { runs } from "../series/runs";
import { withDisplayDefaults, type Figure } from "./figure";
import { PALETTE } from "./palette";
import { closeTrace, priceChartLayout, type PriceChartOptions } from "./price-chart";
import { formatFixed, PRICE_DECIMALS, roundTo } from "./round";
import { lineTrace, requireAligned, type EventMarker } from "./traces";

/**
 * What a price-with-average chart shows beyond its frame, log scale and y-axis title.
 *
 * @example
 * const options: PriceWithAverageOptions = { title, caption, averageName: "200-day average", logY: true };
 */
export interface PriceWithAverageOptions extends PriceChartOptions {
  /** Legend name of the average, e.g. "200-day average". */
  averageName: string;
  /** Days to mark on the close line (e.g. reclaim days), hover: date, close and the event's text. */
  events?: readonly EventMarker[];
  /** Legend name of the event markers (default "events"). */
  eventName?: string;
}

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
  // The spells are lib/series runs, so the shading agrees with the event rules.
  const below = runs(dates, close, average).filter((run) => run.side === "below");
  const data = [
    closeTrace(series.id, dates, close),
    lineTrace({ name: options.averageName, dates, values: average, color: PALETTE.orange }, PRICE_DECIMALS),
  ];
  if (options.events && options.events.length > 0) {
    data.push(eventTrace(series, options.events, options.eventName ?? "events"));
  }
  return withDisplayDefaults({
    data,
    layout: priceChartLayout(options, close, {
      // The shading runs to the day the close is back above (or to the last day if it is not).
      spans: below.map((spell) => ({ x0: spell.startDate, x1: dates[Math.min(spell.end + 1, dates.length - 1)] })),
      name: `close below ${options.averageName}`,
      fill: BELOW_FILL,
      group: "below",
    }),
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
    marker: { symbol: "triangle-up", size: 11, color: PALETTE.green, line: { width: 1, color: "white" } },
  };
}
