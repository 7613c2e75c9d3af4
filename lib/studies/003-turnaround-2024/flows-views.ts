import { baselineHistogram } from "../../charts/baseline-histogram";
import type { Figure } from "../../charts/figure";
import { forwardReturnBars } from "../../charts/forward-return-bars";
import { lineChart } from "../../charts/line-chart";
import { formatPercent } from "../../claims/format";
import { captionFor } from "../../data/provenance";
import type { StudyData } from "./data";
import type { FlowsMeasurement, FlowsParameters } from "./flows";

function flowsMissingText(): string {
  return [
    "**No flows file supplied** (parameter `flowsFile` is empty), so this claim is *not testable* here.",
    "The data that would test it: **IWM's daily shares outstanding** from its issuer's fund history (iShares publishes the series for each fund), or daily net creations and redemptions from a fund-flows provider,",
    "saved as `date,shares_outstanding[,price]` or `date,net_flow_usd` (see `docs/flows-csv.md`). Rerun with `npm run study -- 003 -p flowsFile <path>`.",
  ].join(" ");
}

function flowsCaption(m: FlowsMeasurement, data: StudyData): string {
  const { flows } = m;
  const notes = flows.notes.length ? `; ${flows.notes.join("; ")}` : "";
  return `Flows: ${flows.file} (${flows.method}; ${flows.dates[0]} to ${flows.dates[flows.dates.length - 1]})${notes}. Prices: ${captionFor(data.iwm, flows.dates[0])}`;
}

/**
 * The flows charts: rolling flows with their moving threshold and the signals; when outcomes
 * are complete, the forward returns after each signal and the signal's mean among random sets.
 * None without a flows file.
 *
 * @example
 * flowsFigures(measureFlows(data, params), data, params).forEach(showFigure);
 */
export function flowsFigures(m: FlowsMeasurement | null, data: StudyData, params: FlowsParameters): Figure[] {
  if (!m) return [];
  const { flowWindow, flowPercentile, seed } = params;
  const { signal, baseline: b } = m.result;
  const caption = flowsCaption(m, data);
  const billions = (v: number) => v / 1e9;
  const figures = [lineChart([
    { name: `${flowWindow}-day net flows`, dates: signal.dates, values: signal.rollingSum.map(billions) },
    { name: `${flowPercentile}th percentile of past sums`, dates: signal.dates, values: signal.threshold.map(billions), dash: "dash" },
  ], {
    title: `IWM ${flowWindow}-day rolling net flows and the outflow signal`,
    caption,
    yTitle: `Net flows over ${flowWindow} trading days (USD billions)`,
    zeroLine: true,
    events: signal.signalRows.map((i) => ({
      date: signal.dates[i],
      text: `${flowWindow}-day flows ${billions(signal.rollingSum[i]).toFixed(2)}bn, below ${billions(signal.threshold[i]).toFixed(2)}bn`,
    })),
    eventName: "signals",
  })];
  const result = m.result.study.horizons[0];
  if (b && result.complete.length > 0) {
    figures.push(forwardReturnBars(result.complete, b, {
      title: `IWM over ${result.label} after each outflow signal, vs random entry days`,
      caption: `${caption}. ${b.draws.toLocaleString("en-US")} random sets, seed ${seed}.`,
      horizon: result.label,
    }));
    figures.push(baselineHistogram(b, {
      title: `Is the signal's ${formatPercent(result.summary.mean)} average unusual? Means of ${b.n} random entry days`,
      caption: `${caption}. Random entries ${b.eligible.fromDate} to ${b.eligible.toDate}.`,
      horizon: result.label,
    }));
  }
  return figures;
}

/**
 * The signals and their outcomes in one paragraph; without a flows file, what data would test
 * the claim and how to supply it.
 *
 * @example
 * showMarkdown(flowsSummary(measureFlows(data, defaults))); // "**No flows file supplied** ..."
 */
export function flowsSummary(m: FlowsMeasurement | null): string {
  if (!m) return flowsMissingText();
  const { result: flowStudy } = m;
  const result = flowStudy.study.horizons[0];
  const b = flowStudy.baseline;
  const s = result.summary;
  const counts = `**${flowStudy.entries.length} signals** (${result.complete.length} with a complete ${result.label} horizon, `
    + `${result.open.length} open, ${flowStudy.skipped} without an entry close). `;
  const outcome = s.n > 0 ? `Mean return ${formatPercent(s.mean)}, median ${formatPercent(s.median)}, ${Math.round(s.hitRate * s.n)} of ${s.n} higher. ` : "";
  const baseline = b
    ? `Random entry days over the same period averaged ${formatPercent(b.unconditional.mean)}; the signal's mean beats **${b.percentile.toFixed(0)}%** of random sets of ${b.n}.`
    : "No complete outcome yet: no baseline.";
  return counts + outcome + baseline;
}
