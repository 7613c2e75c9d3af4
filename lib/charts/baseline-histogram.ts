import { chartLayout, withDisplayDefaults, type ChartFrame, type Figure } from "./figure";
import { histogramBins } from "./histogram-bins";
import { PALETTE } from "./palette";
import type { RandomEntrySummary } from "./random-entry-summary";
import { formatFixed, PERCENT_DECIMALS, roundTo } from "./round";

/**
 * What a baseline histogram shows beyond its frame.
 *
 * @example
 * const options: BaselineHistogramOptions = { title, caption, horizon: "252 trading days", bins: 50 };
 */
export interface BaselineHistogramOptions extends ChartFrame {
  /** The forward horizon in words, e.g. "252 trading days": goes into the x-axis title. */
  horizon: string;
  /** Number of equal-width bins (default 40). */
  bins?: number;
}

const BAR_COLOUR = "#8c959f";
const EVENTS_COLOUR = PALETTE.red;

/**
 * The distribution of random-entry mean returns (one per random set of entry days), in
 * percent, with a vertical line at the events' mean labelled with its percentile among the
 * random means: how unusual the events' result is against chance.
 *
 * @example
 * baselineHistogram(randomEntryBaseline(rut, eventRows, { horizon: { tradingDays: 252 } }), {
 *   title: "One-year return after reclaims vs random entry days",
 *   caption: "Source: FRED RU2000PR, 2008-2025; 10,000 random sets of 8 days",
 *   horizon: "252 trading days",
 * });
 */
export function baselineHistogram(baseline: RandomEntrySummary, options: BaselineHistogramOptions): Figure {
  const { means, percentile } = baseline;
  const eventsMean = 100 * baseline.eventMean;
  if (!Number.isFinite(eventsMean)) throw new Error(`eventMean ${baseline.eventMean}: must be a finite fraction`);
  const { edges, counts } = histogramBins(Float64Array.from(means, (m) => 100 * m), options.bins ?? 40);
  const pct = (value: number) => `${formatFixed(value, 1)}%`;
  const round = (value: number) => roundTo(value, PERCENT_DECIMALS);
  // Headroom above the tallest bar keeps the two-line label inside the plot, clear of the legend.
  const top = Math.max(...counts) * 1.12;
  const label = `events' mean ${pct(eventsMean)}<br>percentile ${formatFixed(percentile, 1)} of ${formatFixed(means.length, 0)} random-entry means`;

  const layout = chartLayout(options, `Mean return over ${options.horizon} (%)`, "Random entry sets (count)");
  return withDisplayDefaults({
    data: [
      {
        type: "bar",
        name: "random-entry means",
        x: counts.map((_, i) => round((edges[i] + edges[i + 1]) / 2)),
        y: counts,
        width: counts.map((_, i) => round(edges[i + 1] - edges[i])),
        text: counts.map((n, i) => `${pct(edges[i])} to ${pct(edges[i + 1])}: ${n} sets`),
        textposition: "none",
        hovertemplate: "%{text}<extra></extra>",
        marker: { color: BAR_COLOUR, line: { color: "white", width: 0.5 } },
      },
      {
        type: "scatter",
        mode: "lines",
        name: `events' mean ${pct(eventsMean)}`,
        x: [round(eventsMean), round(eventsMean)],
        y: [0, roundTo(top, 2)],
        line: { color: EVENTS_COLOUR, width: 2.5 },
        hovertemplate: `${label}<extra></extra>`,
      },
    ],
    layout: {
      ...layout,
      xaxis: { ...(layout.xaxis as object), ticksuffix: "%" },
      yaxis: { ...(layout.yaxis as object), range: [0, roundTo(top * 1.18, 2)] },
      bargap: 0,
      annotations: [
        ...(layout.annotations as object[]),
        {
          text: label,
          showarrow: false,
          xref: "x",
          yref: "y",
          x: round(eventsMean),
          y: roundTo(top, 2),
          // Text on the side with more room: left of a mean in the right half of the bins.
          xanchor: eventsMean > (edges[0] + edges[edges.length - 1]) / 2 ? "right" : "left",
          yanchor: "bottom",
          align: "left",
          font: { size: 12, color: EVENTS_COLOUR },
          bgcolor: "rgba(255, 255, 255, 0.8)",
        },
      ],
    },
  });
}
