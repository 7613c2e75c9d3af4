import { chartLayout, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import { PALETTE } from "./palette";

/**
 * One step of a count that depends on a threshold: `count` for every threshold in [from, to]
 * (to null: no upper bound).
 *
 * @example
 * const step: CountStep = { from: 366, to: 424, count: 10, text: "1995-05-16 drops out above 424" };
 */
export interface CountStep {
  from: number;
  to: number | null;
  count: number;
  /** Extra hover text for the step; may use Plotly's <br>. */
  text?: string;
}

/**
 * What a step-count chart shows beyond its frame.
 *
 * @example
 * const options: StepCountOptions = { title, caption, xTitle: "Minimum drought (calendar days)", yTitle: "Breakouts (count)",
 *   reference: { value: 11, name: "the article's 11" }, selected: { value: 366, name: "this notebook's 366 days" } };
 */
export interface StepCountOptions extends ChartFrame {
  /** X-axis title with units, e.g. "Minimum drought (calendar days)". */
  xTitle: string;
  /** Y-axis title with units, e.g. "Breakouts (count)". */
  yTitle: string;
  /** Legend name of the step line (default "count"). */
  name?: string;
  /** A count to compare with (e.g. the article's), drawn as a dashed horizontal line. */
  reference?: { value: number; name: string };
  /** A threshold to point at (e.g. the notebook's parameter), drawn as a dotted vertical line. */
  selected?: { value: number; name: string };
}

const STEP_COLOUR = PALETTE.blue;
const REFERENCE_COLOUR = PALETTE.red;
const SELECTED_COLOUR = PALETTE.grey;

/**
 * A count as a step function of a threshold (e.g. how many breakouts a minimum drought of
 * x days counts), each step's hover giving its range, count and text, with an optional reference
 * count (horizontal) and selected threshold (vertical). Steps must be ascending and touching
 * (each `from` is the previous `to` + 1), as droughtCountSteps returns them.
 *
 * @example
 * stepCountChart(droughtCountSteps(rut, { floorDays: 180 }).map((s) => ({ from: s.fromDays, to: s.toDays, count: s.events })), {
 *   title: "Breakouts counted, by minimum drought", caption: "Source: Yahoo ^RUT, 1987-09-10 to 2026-02-23",
 *   xTitle: "Minimum drought (calendar days)", yTitle: "Breakouts (count)",
 * });
 */
export function stepCountChart(steps: readonly CountStep[], options: StepCountOptions): Figure {
  if (steps.length === 0) throw new Error("steps: empty (pass at least one step)");
  steps.forEach((step, k) => {
    if (!(Number.isFinite(step.from) && (step.to === null || step.to >= step.from))) {
      throw new Error(`step ${k}: from ${step.from}, to ${step.to}: need a finite from and to >= from (or to null)`);
    }
    if (step.to === null && k < steps.length - 1) throw new Error(`step ${k}: only the last step may have no upper bound (to null)`);
    if (k > 0 && step.from !== (steps[k - 1].to as number) + 1) {
      throw new Error(`step ${k} starts at ${step.from} but step ${k - 1} ends at ${steps[k - 1].to}: pass ascending, touching steps`);
    }
  });
  const last = steps[steps.length - 1];
  const span = Math.max(1, (last.to ?? last.from) - steps[0].from);
  // An unbounded last step is drawn a tenth of the range wide.
  const end = last.to ?? last.from + Math.max(1, Math.round(span / 10));
  const range = (s: CountStep) => (s.to === null ? `${s.from} or more` : s.from === s.to ? `${s.from}` : `${s.from} to ${s.to}`);
  const hover = steps.map((s) => [`${options.xTitle}: ${range(s)}`, `${options.yTitle}: ${s.count}`, s.text].filter(Boolean).join("<br>"));
  const data: Trace[] = [
    {
      type: "scatter",
      mode: "lines+markers",
      name: options.name ?? "count",
      x: [...steps.map((s) => s.from), end],
      y: [...steps.map((s) => s.count), last.count],
      text: [...hover, hover[hover.length - 1]],
      hovertemplate: "%{text}<extra></extra>",
      line: { color: STEP_COLOUR, width: 2, shape: "hv" },
      marker: { color: STEP_COLOUR, size: 6 },
    },
  ];
  const top = Math.max(...steps.map((s) => s.count), options.reference?.value ?? 0);
  if (options.reference) {
    const { value, name } = options.reference;
    data.push(guideLine(name, [steps[0].from, end], [value, value], REFERENCE_COLOUR, "dash"));
  }
  if (options.selected) {
    const { value, name } = options.selected;
    data.push(guideLine(name, [value, value], [0, top + 1], SELECTED_COLOUR, "dot"));
  }
  const layout = chartLayout(options, options.xTitle, options.yTitle);
  return withDisplayDefaults({
    data,
    layout: {
      ...layout,
      yaxis: { ...(layout.yaxis as object), rangemode: "tozero", ...(top <= 20 ? { dtick: 1 } : {}) },
    },
  });
}

/** A straight guide line between two points whose hover is just its name. */
function guideLine(name: string, x: [number, number], y: [number, number], color: string, dash: string): Trace {
  return { type: "scatter", mode: "lines", name, x, y, line: { color, width: 1.5, dash }, hovertemplate: `${name}<extra></extra>` };
}
