import { lowerBound, upperBound, type DailySeries } from "../series/daily-series";
import { runningPeak } from "../series/drawdowns";
import { DAYS_PER_YEAR } from "../series/record-breakouts";
import type { RecordAfterDrought } from "../series/records";
import { chartLayout, DATE_AXIS, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import { logAxis } from "./log-axis";
import { formatFixed, PRICE_DECIMALS, roundTo } from "./round";
import { lineTrace } from "./traces";

/**
 * What a price-with-record chart shows beyond its frame.
 *
 * @example
 * const options: PriceWithRecordOptions = { title, caption, from: "2021-01-01", eventName: "breakout" };
 */
export interface PriceWithRecordOptions extends ChartFrame {
  /** First date shown (default: the series' first); the record line still counts earlier closes. */
  from?: string;
  /** Last date shown (default: the series' last). */
  to?: string;
  /** Log-scale y axis, for histories spanning decades. */
  logY?: boolean;
  /** Legend name of the breakout markers (default "first record after a drought"). */
  eventName?: string;
  /** Y-axis title with units (default "Close (index points)"). */
  yTitle?: string;
}

const CLOSE_COLOUR = "#1f4e79";
const RECORD_COLOUR = "#e08a00";
const EVENT_COLOUR = "#1a7f37";
const DROUGHT_FILL = "rgba(224,138,0,0.14)";

/**
 * The close with its running record (the highest close so far), the droughts before each
 * breakout shaded from the old record to the new one, and each breakout marked on the close
 * line; hover gives its close, the drought's length and the old record. The record line is
 * computed on the whole series, so a window (`from`, `to`) still shows the true record level.
 *
 * @example
 * priceWithRecord(rut, recordBreakouts(rut, { minDays: 366 }), {
 *   title: "Russell 2000, its record close, and the first records after a year without one",
 *   caption: "Source: Yahoo ^RUT, 1987-09-10 to 2026-02-23",
 *   logY: true,
 * });
 */
export function priceWithRecord(series: DailySeries, breakouts: readonly RecordAfterDrought[], options: PriceWithRecordOptions): Figure {
  const { dates, close } = series;
  const first = options.from === undefined ? 0 : lowerBound(dates, options.from);
  const end = options.to === undefined ? dates.length : upperBound(dates, options.to);
  if (first >= end) {
    throw new Error(`window ${options.from ?? dates[0]}..${options.to ?? dates[dates.length - 1]}: holds no date of ${series.id} (data ${dates[0]}..${dates[dates.length - 1]}); choose dates inside the data`);
  }
  for (const b of breakouts) {
    if (dates[b.index] !== b.date || dates[b.previousIndex] !== b.previousDate) {
      throw new Error(`breakout ${b.date} (row ${b.index}): not a row of series ${series.id} (compute the breakouts on the charted series, before any slicing)`);
    }
  }
  const shownDates = dates.slice(first, end);
  const shownClose = close.slice(first, end);
  const record = runningPeak(close).slice(first, end);
  const firstDate = shownDates[0];
  const lastDate = shownDates[shownDates.length - 1];
  const visible = breakouts.filter((b) => b.date >= firstDate && b.previousDate <= lastDate);
  const shapes = visible.map((b, i) => ({
    type: "rect",
    x0: b.previousDate < firstDate ? firstDate : b.previousDate,
    x1: b.date > lastDate ? lastDate : b.date,
    ...(i === 0 ? { name: "drought: no record close", showlegend: true } : {}),
  }));
  const data: Trace[] = [
    lineTrace({ name: `${series.id} close`, dates: shownDates, values: shownClose, color: CLOSE_COLOUR }, PRICE_DECIMALS),
    { ...lineTrace({ name: "record close so far", dates: shownDates, values: record, color: RECORD_COLOUR, dash: "dot" }, PRICE_DECIMALS), line: { color: RECORD_COLOUR, width: 1.5, dash: "dot", shape: "hv" } },
  ];
  const marked = visible.filter((b) => b.date <= lastDate);
  if (marked.length > 0) {
    data.push({
      type: "scatter",
      mode: "markers",
      name: options.eventName ?? "first record after a drought",
      x: marked.map((b) => b.date),
      y: marked.map((b) => roundTo(close[b.index], PRICE_DECIMALS)),
      text: marked.map((b) =>
        [
          `${b.date}: close ${formatFixed(close[b.index], PRICE_DECIMALS)}`,
          `first record in ${formatFixed(b.droughtDays, 0)} calendar days (${formatFixed(b.droughtDays / DAYS_PER_YEAR, 1)} years)`,
          `previous record ${b.previousDate}: ${formatFixed(close[b.previousIndex], PRICE_DECIMALS)}`,
        ].join("<br>"),
      ),
      hovertemplate: "%{text}<extra></extra>",
      marker: { symbol: "triangle-up", size: 12, color: EVENT_COLOUR, line: { width: 1, color: "white" } },
    });
  }
  const layout = chartLayout(options, "Date", options.yTitle ?? "Close (index points)");
  return withDisplayDefaults({
    data,
    layout: {
      ...layout,
      hovermode: "x unified",
      xaxis: { ...(layout.xaxis as object), ...DATE_AXIS },
      yaxis: { ...(layout.yaxis as object), ...(options.logY ? logAxis(shownClose) : {}) },
      shapes,
      template: {
        layout: { shapedefaults: { yref: "paper", y0: 0, y1: 1, fillcolor: DROUGHT_FILL, line: { width: 0 }, layer: "below", legendgroup: "drought" } },
      },
    },
  });
}
