import type { DailySeries } from "../series/daily-series";
import { dateAxisLayout, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import { PALETTE } from "./palette";
import { PRICE_DECIMALS, roundAll } from "./round";
import { lineTrace, requireAligned, type NamedLine } from "./traces";

/**
 * Named points drawn over the candles, e.g. the shoulders and head of a pattern.
 *
 * @example
 * const points: PointMarkers = { name: "pattern", dates: ["2025-04-08"], values: [1760], text: ["head"] };
 */
export interface PointMarkers {
  name: string;
  dates: readonly string[];
  values: ArrayLike<number>;
  /** Hover text per point, e.g. "left shoulder". */
  text?: readonly string[];
  /** Plotly marker symbol (default "circle"). */
  symbol?: string;
  /** CSS colour (default Plotly's colour cycle). */
  color?: string;
}

/**
 * What a candlestick chart shows beyond its frame.
 *
 * @example
 * const options: CandlestickOptions = { title, caption, lines: [neckline] };
 */
export interface CandlestickOptions extends ChartFrame {
  /** Y-axis title with units (default "Price (index points)"). */
  yTitle?: string;
  /** Lines over the candles, e.g. a neckline at 2,110 between two dates. */
  lines?: readonly NamedLine[];
  /** Named points over the candles. */
  markers?: readonly PointMarkers[];
}

/**
 * Daily candles (open, high, low, close) with overlay lines and markers, for reading a price
 * pattern such as a head-and-shoulders against its neckline. Weekends are cut from the axis so
 * candles sit side by side.
 *
 * @example
 * candlestick(sliceByDate(rut, "2025-03-01", "2025-07-31"), {
 *   title: "Russell 2000, inverse head and shoulders",
 *   caption: "Source: Yahoo ^RUT, 2025-03-03 to 2025-07-31",
 *   lines: [{ name: "neckline 2,110", dates: ["2025-03-03", "2025-07-31"], values: [2110, 2110], dash: "dash" }],
 * });
 */
export function candlestick(series: DailySeries, options: CandlestickOptions): Figure {
  const { open, high, low, close, dates } = series;
  if (!open || !high || !low) {
    throw new Error(`series ${series.id} has no open/high/low: a candlestick needs OHLC data (load a source that has them)`);
  }
  const candles: Trace = {
    type: "candlestick",
    name: series.id,
    x: dates.slice(),
    open: roundAll(open, PRICE_DECIMALS),
    high: roundAll(high, PRICE_DECIMALS),
    low: roundAll(low, PRICE_DECIMALS),
    close: roundAll(close, PRICE_DECIMALS),
    increasing: { line: { color: PALETTE.green } },
    decreasing: { line: { color: PALETTE.red } },
  };
  const data: Trace[] = [candles, ...(options.lines ?? []).map((line) => lineTrace(line, PRICE_DECIMALS))];
  for (const set of options.markers ?? []) {
    requireAligned(`markers "${set.name}"`, set.values.length, `markers "${set.name}"`, set.dates.length);
    if (set.text) requireAligned(`markers "${set.name}" text`, set.text.length, `markers "${set.name}"`, set.dates.length);
    data.push({
      type: "scatter",
      mode: "markers",
      name: set.name,
      x: set.dates.slice(),
      y: roundAll(set.values, PRICE_DECIMALS),
      ...(set.text ? { text: set.text.slice() } : {}),
      hovertemplate: `${set.text ? "%{text}: " : `${set.name}: `}%{y:,.2f}<extra></extra>`,
      marker: { symbol: set.symbol ?? "circle", size: 11, ...(set.color ? { color: set.color } : {}), line: { width: 1, color: "white" } },
    });
  }
  return withDisplayDefaults({
    data,
    layout: dateAxisLayout(options, options.yTitle ?? "Price (index points)", {
      xaxis: { rangeslider: { visible: false }, rangebreaks: [{ bounds: ["sat", "mon"] }] },
    }),
  });
}
