import { chartLayout, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import { displayScale, inDisplayUnit, type DisplayUnit } from "./display-unit";
import { PALETTE } from "./palette";
import { formatFixed, roundAll } from "./round";
import { requireAligned } from "./traces";

/**
 * One set of bars: a value per category (NaN leaves a gap).
 *
 * @example
 * const volume: BarGroup = { name: "IWM volume ratio", values: [1.6, 2.1] };
 */
export interface BarGroup {
  name: string;
  values: ArrayLike<number>;
  /** CSS colour; Plotly's colour cycle by default. */
  color?: string;
}

/**
 * What a grouped bar chart shows beyond its frame.
 *
 * @example
 * const options: GroupedBarsOptions = { title, caption, xTitle: "Year", yTitle: "Ratio to prior 20-day median (x)",
 *   references: [{ name: "normal day = 1", value: 1 }] };
 */
export interface GroupedBarsOptions extends ChartFrame {
  /** X-axis title, e.g. "Reconstitution year". */
  xTitle: string;
  /** Y-axis title with units, e.g. "Ratio to the prior 20-day median (x)". */
  yTitle: string;
  /** Horizontal reference lines across the chart, named in the legend (e.g. 1 = a normal day), in the values' unit. */
  references?: readonly { name: string; value: number; dash?: string }[];
  /** Decimals in the JSON and the hover (default 2). */
  decimals?: number;
  /**
   * Unit of the values, the suffix in the hover and on the y ticks, e.g. "x" (default none).
   * "%" and "pp" mean the values (and references) are fractions, drawn ×100.
   */
  unit?: DisplayUnit;
}

const REFERENCE_COLOUR = PALETTE.grey;

/**
 * Bars side by side per category (e.g. per year: volume ratio and range ratio on the
 * reconstitution day), with optional horizontal reference lines such as "a normal day = 1".
 *
 * @example
 * groupedBars(["2023", "2024"], [{ name: "volume", values: [1.8, 2.4] }, { name: "range", values: [1.1, 0.9] }], {
 *   title: "Reconstitution day vs the prior 20 days", caption: "Source: Yahoo IWM, 2023-06-23 to 2024-06-28",
 *   xTitle: "Year", yTitle: "Ratio to the prior 20-day median (x)", unit: "x", references: [{ name: "normal = 1", value: 1 }],
 * });
 */
export function groupedBars(categories: readonly string[], groups: readonly BarGroup[], options: GroupedBarsOptions): Figure {
  if (groups.length === 0) throw new Error("groups: empty (pass at least one set of bars)");
  if (new Set(categories).size !== categories.length) throw new Error("categories: a label appears twice (give each category a unique label)");
  const decimals = options.decimals ?? 2;
  const unit = options.unit ?? "";
  const data: Trace[] = groups.map((group) => {
    requireAligned(`bars "${group.name}"`, group.values.length, "categories", categories.length);
    return {
      type: "bar",
      name: group.name,
      x: categories.slice(),
      y: roundAll(inDisplayUnit(group.values, unit), decimals),
      hovertemplate: `${group.name}: %{y:,.${decimals}f}${unit}<extra>%{x}</extra>`,
      ...(group.color ? { marker: { color: group.color } } : {}),
    };
  });
  // Reference lines span the whole category axis on a hidden [0, 1] axis laid over it.
  const scale = displayScale(unit);
  for (const ref of options.references ?? []) {
    const value = scale * ref.value;
    data.push({
      type: "scatter",
      mode: "lines",
      name: ref.name,
      xaxis: "x2",
      x: [0, 1],
      y: [value, value],
      line: { color: REFERENCE_COLOUR, width: 1.5, dash: ref.dash ?? "dash" },
      hovertemplate: `${ref.name}: ${formatFixed(value, decimals)}${unit}<extra></extra>`,
    });
  }
  const layout = chartLayout(options, options.xTitle, options.yTitle);
  return withDisplayDefaults({
    data,
    layout: {
      ...layout,
      barmode: "group",
      xaxis: { ...(layout.xaxis as object), type: "category" },
      ...(options.references && options.references.length > 0 ? { xaxis2: { overlaying: "x", range: [0, 1], visible: false, fixedrange: true } } : {}),
      yaxis: { ...(layout.yaxis as object), ...(unit ? { ticksuffix: unit } : {}) },
    },
  });
}
