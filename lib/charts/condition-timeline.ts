import { chartLayout, DATE_AXIS, withDisplayDefaults, type ChartFrame, type Figure } from "./figure";
import { PALETTE } from "./palette";
import { requireAligned } from "./traces";

/**
 * One row of a condition timeline: a statement and whether it holds on each date.
 *
 * @example
 * const row: ConditionRow = { name: "close above 200-day", holds: [0, 1, 1] };
 */
export interface ConditionRow {
  name: string;
  /** One entry per date: true/1 where the statement holds. */
  holds: ArrayLike<boolean | number>;
}

const HOLDS_COLOUR = PALETTE.green;
const FAILS_COLOUR = "#eaeef2";

/**
 * A timeline of statements: one row per condition, a green cell on each date where it holds
 * (grey where not), so a reader sees when several claims are true at once. Rows are drawn top
 * to bottom in the order given (put the combined "all hold" row last); the hover names the
 * date, the condition and "holds" / "does not hold".
 *
 * @example
 * conditionTimeline(rut.dates, [...fit.conditions, { name: "all hold", holds: fit.all }], {
 *   title: "When do the article's statements hold together?",
 *   caption: "Source: Yahoo ^RUT, 2025-05-01 to 2025-08-29",
 * });
 */
export function conditionTimeline(dates: readonly string[], rows: readonly ConditionRow[], options: ChartFrame): Figure {
  if (rows.length === 0) throw new Error("rows: empty (pass at least one condition)");
  for (const row of rows) requireAligned(`condition "${row.name}"`, row.holds.length, "dates", dates.length);
  // Plotly draws heatmap row 0 at the bottom: reverse so the first condition is on top.
  const ordered = [...rows].reverse();
  const z = ordered.map((row) => Array.from(row.holds, (h) => (h ? 1 : 0)));
  const text = z.map((values) => values.map((v) => (v ? "holds" : "does not hold")));
  const layout = chartLayout({ ...options, height: options.height ?? Math.max(260, 150 + 34 * rows.length) }, "Date", "");
  return withDisplayDefaults({
    data: [
      {
        type: "heatmap",
        x: dates.slice(),
        y: ordered.map((row) => row.name),
        z,
        text,
        zmin: 0,
        zmax: 1,
        colorscale: [
          [0, FAILS_COLOUR],
          [0.5, FAILS_COLOUR],
          [0.5, HOLDS_COLOUR],
          [1, HOLDS_COLOUR],
        ],
        showscale: false,
        xgap: 0,
        ygap: 3,
        hovertemplate: "%{x}<br>%{y}: %{text}<extra></extra>",
      },
    ],
    layout: {
      ...layout,
      xaxis: { ...(layout.xaxis as object), ...DATE_AXIS },
      yaxis: { ...(layout.yaxis as object), automargin: true, fixedrange: true },
    },
  });
}
