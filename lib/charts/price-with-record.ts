import { dateRows, type DailySeries } from "../series/daily-series";
import { runningPeak } from "../series/drawdowns";
import { DAYS_PER_YEAR } from "../series/dates";
import type { RecordAfterDrought } from "../series/records";
import { withDisplayDefaults, type Figure, type Trace } from "./figure";
import { PALETTE } from "./palette";
import { closeTrace, priceChartLayout, type PriceChartOptions } from "./price-chart";
import { formatFixed, PRICE_DECIMALS, roundTo } from "./round";
import { lineTrace } from "./traces";

/**
 * What a price-with-record chart shows beyond its frame, log scale and y-axis title.
 *
 * @example
 * const options: PriceWithRecordOptions = { title, caption, from: "2021-01-01", eventName: "breakout" };
 */
export interface PriceWithRecordOptions extends PriceChartOptions {
  /** First date shown (default: the series' first); the record line still counts earlier closes. */
  from?: string;
  /** Last date shown (default: the series' last). */
  to?: string;
  /** Legend name of the breakout markers (default "first record after a drought"). */
  eventName?: string;
}

const DROUGHT_FILL = "rgba(224,138,0,0.14)";

/**
 * The close with its running record (the highest close so far), the droughts before each
 * breakout shaded from the old record to the new one, and each breakout marked on the close
 * line; hover gives its close, the drought's length and the old record. The record line is
 * computed on the whole series, so a window (`from`, `to`) still shows the true record level.
 *
 * @example
 * priceWithRecord(rut, recordsAfterDrought(rut, { minDays: 366 }), {
 *   title: "Russell 2000, its record close, and the first records after a year without one",
 *   caption: "Source: Yahoo ^RUT, 1987-09-10 to 2026-02-23",
 *   logY: true,
 * });
 */
export function priceWithRecord(series: DailySeries, breakouts: readonly RecordAfterDrought[], options: PriceWithRecordOptions): Figure {
  const { dates, close } = series;
  const { start: first, end } = dateRows(dates, options.from, options.to);
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
  const data: Trace[] = [
    closeTrace(series.id, shownDates, shownClose),
    { ...lineTrace({ name: "record close so far", dates: shownDates, values: record, color: PALETTE.orange, dash: "dot" }, PRICE_DECIMALS), line: { color: PALETTE.orange, width: 1.5, dash: "dot", shape: "hv" } },
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
      marker: { symbol: "triangle-up", size: 12, color: PALETTE.green, line: { width: 1, color: "white" } },
    });
  }
  return withDisplayDefaults({
    data,
    layout: priceChartLayout(options, shownClose, {
      // Droughts are clipped to the dates shown.
      spans: visible.map((b) => ({ x0: b.previousDate < firstDate ? firstDate : b.previousDate, x1: b.date > lastDate ? lastDate : b.date })),
      name: "drought: no record close",
      fill: DROUGHT_FILL,
      group: "drought",
    }),
  });
}
