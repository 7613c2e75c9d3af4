import { chartLayout, withDisplayDefaults, type ChartFrame, type Figure, type Trace } from "./figure";
import { PALETTE } from "./palette";
import { formatFixed, PERCENT_DECIMALS, roundTo } from "./round";

/**
 * One event with two returns to compare (fractions: 0.124 = 12.4%), e.g. small-cap value and
 * growth in the year after a trough.
 *
 * @example
 * const pair: PairedReturn = { label: "2009-03-09", a: 1.029, b: 0.916 };
 */
export interface PairedReturn {
  /** Bar group label (unique), e.g. the event date. */
  label: string;
  a: number;
  b: number;
  /** Extra hover text for the group, e.g. "2009-03-09 to 2010-03-10". */
  text?: string;
}

/**
 * What a paired bar chart shows beyond its frame.
 *
 * @example
 * const options: PairedBarsOptions = { title, caption, names: ["value (IWN)", "growth (IWO)"], horizon: "252 trading days" };
 */
export interface PairedBarsOptions extends ChartFrame {
  /** Legend names of the two returns, in the order a, b. */
  names: readonly [string, string];
  /** The horizon in words, e.g. "252 trading days": goes into the y-axis title. */
  horizon: string;
  /** X-axis title (default "Event date"). */
  xTitle?: string;
}

const A_COLOUR = PALETTE.blue;
const B_COLOUR = PALETTE.orange;
const WIN_COLOUR = PALETTE.green;

/**
 * Two bars per event side by side (a, then b), in percent, with a marker over each group naming
 * the one that rose more and by how many percentage points; the legend counts the wins of each.
 *
 * @example
 * pairedBars(paired.outcomes.map((o) => ({ label: o.date, a: o.a.value!, b: o.b.value! })), {
 *   title: "Small-cap value vs growth in the year after each trough",
 *   caption: "Source: IWN, IWO adjusted closes, 2000-07-28 to 2026-08-03",
 *   names: ["value (IWN)", "growth (IWO)"],
 *   horizon: "252 trading days",
 * });
 */
export function pairedBars(pairs: readonly PairedReturn[], options: PairedBarsOptions): Figure {
  if (pairs.length === 0) throw new Error("pairs: empty (pass at least one event with both returns)");
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (!Number.isFinite(pair.a) || !Number.isFinite(pair.b)) {
      throw new Error(`pair ${pair.label}: returns ${pair.a} and ${pair.b} must be finite fractions (leave out open horizons)`);
    }
    if (seen.has(pair.label)) throw new Error(`pair label ${pair.label}: appears twice (give each event a unique label)`);
    seen.add(pair.label);
  }
  const [nameA, nameB] = options.names;
  const labels = pairs.map((p) => p.label);
  const pct = (value: number) => `${value >= 0 ? "+" : ""}${formatFixed(100 * value, 1)}%`;
  const hoverHead = (p: PairedReturn) => (p.text ? `${p.label}: ${p.text}` : p.label);
  const bars = (name: string, colour: string, pick: (p: PairedReturn) => number): Trace => ({
    type: "bar",
    name,
    x: labels,
    y: pairs.map((p) => roundTo(100 * pick(p), PERCENT_DECIMALS)),
    text: pairs.map((p) => `${hoverHead(p)}<br>${name}: ${pct(pick(p))}`),
    textposition: "none",
    hovertemplate: "%{text}<extra></extra>",
    marker: { color: colour },
  });
  const winsA = pairs.filter((p) => p.a > p.b).length;
  const winsB = pairs.filter((p) => p.b > p.a).length;
  const winners: Trace = {
    type: "scatter",
    mode: "markers",
    name: `rose more: ${nameA} ${winsA}, ${nameB} ${winsB} of ${pairs.length}`,
    x: labels,
    y: pairs.map((p) => roundTo(100 * Math.max(p.a, p.b, 0), PERCENT_DECIMALS)),
    text: pairs.map((p) => {
      const lead = p.a === p.b ? "tie" : `${p.a > p.b ? nameA : nameB} by ${formatFixed(100 * Math.abs(p.a - p.b), 1)} pp`;
      return `${hoverHead(p)}<br>${lead}`;
    }),
    hovertemplate: "%{text}<extra></extra>",
    marker: { symbol: "star", size: 12, color: WIN_COLOUR },
    cliponaxis: false,
  };
  const ticktext = labels.map((label) => label.replace(/^(\d{4})-(\d\d-\d\d)$/, "$1<br>$2"));
  const layout = chartLayout(options, options.xTitle ?? "Event date", `Return over ${options.horizon} (%)`, 2);
  return withDisplayDefaults({
    data: [bars(nameA, A_COLOUR, (p) => p.a), bars(nameB, B_COLOUR, (p) => p.b), winners],
    layout: {
      ...layout,
      barmode: "group",
      xaxis: { ...(layout.xaxis as object), type: "category", tickmode: "array", tickvals: labels, ticktext },
      yaxis: { ...(layout.yaxis as object), ticksuffix: "%", zeroline: true },
    },
  });
}
