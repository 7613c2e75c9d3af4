import { chartLayout, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import { PALETTE } from "./palette";
import type { RandomEntrySummary } from "./random-entry-summary";
import { formatFixed, PERCENT_DECIMALS, roundTo } from "./round";

/**
 * One event's forward return as a fraction, with its dates: lib/events' event outcomes
 * (`study.horizons[0].complete`) fit it as they are.
 *
 * @example
 * const bar: ForwardReturnBar = { date: "2009-07-23", endDate: "2010-07-22", value: 0.124 };
 */
export interface ForwardReturnBar {
  /** ISO date the return is measured from (the event day). */
  date: string;
  /** ISO date the return is measured to. */
  endDate: string;
  /** Return from date to endDate as a fraction (0.124 = 12.4%); null for an open horizon (refused). */
  value: number | null;
  /** Bar label (default: the date); labels must be unique. */
  label?: string;
}

/**
 * What a forward-return bar chart shows beyond its frame.
 *
 * @example
 * const options: ForwardReturnBarsOptions = { title, caption, horizon: "252 trading days" };
 */
export interface ForwardReturnBarsOptions extends ChartFrame {
  /** The forward horizon in words, e.g. "252 trading days": goes into the y-axis title. */
  horizon: string;
}

const RISE_COLOUR = PALETTE.green;
const FALL_COLOUR = PALETTE.red;
const EVENTS_MEAN_COLOUR = PALETTE.ink;
const BASELINE_COLOUR = PALETTE.slate;

/**
 * One bar per event (green when the forward return is positive, red otherwise), in percent,
 * beside the random-entry baseline: the 5th-95th percentile range of the random sets' means
 * as a grey band, the mean of those means as a dashed line, and the events' mean as a solid
 * line, each named in the legend.
 *
 * @example
 * const result = study.horizons[0];
 * forwardReturnBars(result.complete, baseline, {
 *   title: "One year after each reclaim",
 *   caption: "Source: FRED RU2000PR, 2008-01-02 to 2025-07-08",
 *   horizon: result.label,
 * });
 */
export function forwardReturnBars(
  events: readonly ForwardReturnBar[],
  baseline: Pick<RandomEntrySummary, "means" | "quantiles">,
  options: ForwardReturnBarsOptions,
): Figure {
  if (events.length === 0) throw new Error("events: empty (pass at least one event's forward return)");
  const labels = events.map((e) => e.label ?? e.date);
  const seen = new Set<string>();
  const returns = events.map((e, i) => {
    if (e.value === null || !Number.isFinite(e.value)) {
      throw new Error(`event ${labels[i]}: forward return is ${e.value} (pass complete events only, e.g. result.complete)`);
    }
    if (seen.has(labels[i])) throw new Error(`event label ${labels[i]}: appears twice (give each event a unique label)`);
    seen.add(labels[i]);
    return 100 * e.value;
  });
  const { p5, p95 } = baseline.quantiles;
  if (baseline.means.length === 0 || !(p5 <= p95)) {
    throw new Error(`baseline: expected random means and finite quantiles p5 <= p95, got ${baseline.means.length} means, p5 ${p5}, p95 ${p95} (pass randomEntryBaseline's result)`);
  }
  const eventsMean = average(returns);
  const randomMean = 100 * average(baseline.means);
  const pct = (value: number) => `${formatFixed(value, 1)}%`;

  const bars = (name: string, colour: string, keep: (pctReturn: number) => boolean): Trace => {
    const rows = events.map((e, i) => ({ e, label: labels[i], pct: returns[i] })).filter((r) => keep(r.pct));
    return {
      type: "bar",
      name,
      x: rows.map((r) => r.label),
      y: rows.map((r) => roundTo(r.pct, PERCENT_DECIMALS)),
      text: rows.map((r) => `${r.e.date} to ${r.e.endDate}<br>return ${pct(r.pct)}`),
      textposition: "none",
      hovertemplate: "%{text}<extra></extra>",
      marker: { color: colour },
    };
  };
  // Full-width lines live on a hidden x axis spanning [0, 1] over the category axis.
  const level = (name: string, value: number, colour: string, dash: string): Trace => ({
    type: "scatter",
    mode: "lines",
    name: `${name} ${pct(value)}`,
    xaxis: "x2",
    x: [0, 1],
    y: [roundTo(value, PERCENT_DECIMALS), roundTo(value, PERCENT_DECIMALS)],
    line: { color: colour, width: 2, dash },
    hovertemplate: `${name} ${pct(value)}<extra></extra>`,
  });

  // ISO dates as two short lines ("2009" over "07-23") fit side by side where one long line
  // would be turned on its side.
  const ticktext = labels.map((label) => label.replace(/^(\d{4})-(\d\d-\d\d)$/, "$1<br>$2"));
  const layout = chartLayout(options, "Event date", `Return over ${options.horizon} (%)`, 2);
  return withDisplayDefaults({
    data: [
      bars("events: rise", RISE_COLOUR, (r) => r > 0),
      bars("events: fall", FALL_COLOUR, (r) => r <= 0),
      level("random entry: mean", randomMean, BASELINE_COLOUR, "dash"),
      level("events: mean", eventsMean, EVENTS_MEAN_COLOUR, "solid"),
    ],
    layout: {
      ...layout,
      barmode: "relative",
      xaxis: {
        ...(layout.xaxis as object),
        type: "category",
        categoryorder: "array",
        categoryarray: labels,
        tickmode: "array",
        tickvals: labels,
        ticktext,
      },
      xaxis2: { overlaying: "x", range: [0, 1], visible: false, fixedrange: true },
      yaxis: { ...(layout.yaxis as object), ticksuffix: "%", zeroline: true },
      shapes: [
        {
          type: "rect",
          xref: "paper",
          yref: "y",
          x0: 0,
          x1: 1,
          y0: roundTo(100 * p5, PERCENT_DECIMALS),
          y1: roundTo(100 * p95, PERCENT_DECIMALS),
          fillcolor: "rgba(110, 119, 129, 0.2)",
          line: { width: 0 },
          layer: "below",
          name: `random entry: 5th-95th percentile (${pct(100 * p5)} to ${pct(100 * p95)})`,
          showlegend: true,
        },
      ],
    },
  });
}

function average(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
