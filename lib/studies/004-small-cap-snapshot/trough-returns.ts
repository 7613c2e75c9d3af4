import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import type { HeatmapCell } from "../../charts/sensitivity-heatmap";
import type { EventMarker, NamedLine } from "../../charts/traces";
import { randomEntryBaseline, type Baseline } from "../../events/baseline";
import { eventStudy, type HorizonResult } from "../../events/event-study";
import { drawdownSeries, type BearMarketOptions } from "../../series/drawdowns";
import type { Horizon } from "../../series/horizon";
import { monthHorizon } from "../../series/month-horizon";
import { claimSpec } from "./claims";
import type { StudyData } from "./data";
import type { Params } from "./params";
import { troughOutcomes, type TroughOutcome } from "./trough-outcomes";
import { sweepReadingsNear, troughSweep, type SweepReading, type TroughSweep } from "./trough-sweep";
import { bearMarketTroughs, type Trough } from "./troughs";

/** The article's average return in the year after a trough, percent. */
export const ARTICLE_TROUGH_PERCENT = 60;

/** The grid of the sensitivity map, percent: falls (rows) and recoveries (columns), stepped by `sweepStep`. */
export const SWEEP_FALLS = { from: 15, to: 50 } as const;
export const SWEEP_RECOVERIES = { from: 10, to: 60 } as const;

/**
 * The bear-market troughs of the chosen definition and the year that followed each.
 *
 * @example
 * measureTroughs(data, params).year.summary.mean; // mean one-year return after the troughs
 */
export interface TroughReturns {
  options: BearMarketOptions;
  horizon: Horizon;
  /** Troughs of ended bear markets (the study's events). */
  troughs: Trough[];
  /** Lows of bear markets still open at the data's end (not counted). */
  provisional: Trough[];
  /** The event study at the one-year horizon. */
  year: HorizonResult;
  /** Random entry days over the whole history, as many as the complete troughs. */
  baseline: Baseline;
}

/**
 * The bear-market options the parameters give (percent parameters as fractions).
 *
 * @example
 * bearOptions({ fallPercent: 20, recoveryPercent: 20, peakMode: "record" }); // { fall: 0.2, recovery: 0.2, peak: "record" }
 */
export function bearOptions(params: Pick<Params, "fallPercent" | "recoveryPercent" | "peakMode">): BearMarketOptions {
  return { fall: params.fallPercent / 100, recovery: params.recoveryPercent / 100, peak: params.peakMode };
}

/**
 * Finds the troughs and measures the one-year return after each, against random entry days.
 *
 * @example
 * const m = measureTroughs(data, DEFAULTS);
 * m.troughs.map((t) => t.troughDate);
 */
export function measureTroughs(
  data: StudyData,
  params: Pick<Params, "fallPercent" | "recoveryPercent" | "peakMode" | "horizonUnit" | "draws" | "seed">,
): TroughReturns {
  const rut = data.rut.series;
  const options = bearOptions(params);
  const horizon = monthHorizon(12, params.horizonUnit);
  const all = bearMarketTroughs(rut, { ...options, includeOpen: true });
  const troughs = all.filter((t) => !t.provisional);
  const events = troughs.map((t) => t.troughIndex);
  const year = eventStudy(rut, events, { horizons: [horizon] }).horizons[0];
  const baseline = randomEntryBaseline(rut, events, { horizon, draws: params.draws, seed: params.seed });
  return { options, horizon, troughs, provisional: all.filter((t) => t.provisional), year, baseline };
}

/**
 * The trough table: each bear market's peak, trough, depth and the year that followed.
 *
 * @example
 * showTable(troughRows(m), { percent: ["decline", "forwardReturn", "returnToDate"] });
 */
export function troughRows(m: TroughReturns): TroughOutcome[] {
  return troughOutcomes(m.troughs, m.year);
}

/**
 * The drawdown line (percent below the running record) and a marker per trough, for lineChart.
 *
 * @example
 * const chart = troughChart(data, m); lineChart(chart.lines, { ..., events: chart.events });
 */
export function troughChart(data: StudyData, m: TroughReturns): { lines: NamedLine[]; events: EventMarker[] } {
  const rut = data.rut.series;
  const drawdown = drawdownSeries(rut.close);
  return {
    lines: [{ name: "below the all-time high", dates: rut.dates, values: drawdown.map((v) => 100 * v), color: "#1f4e79" }],
    events: m.troughs.map((t) => {
      const after = m.year.complete.find((o) => o.startIndex === t.troughIndex);
      return { date: t.troughDate, text: `trough, ${formatPercent(t.decline)} from ${t.peakDate}<br>${m.year.label} after: ${after ? formatPercent(after.toDate) : "open"}` };
    }),
  };
}

/**
 * The sentence under the trough charts.
 *
 * @example
 * showMarkdown(troughSummary(m));
 */
export function troughSummary(m: TroughReturns): string {
  const { summary, label, open } = m.year;
  return `**${summary.n} troughs** with a full ${label}: mean **${formatPercent(summary.mean)}**, median ${formatPercent(summary.median)}, ${Math.round(summary.hitRate * summary.n)} of ${summary.n} higher; random days averaged ${formatPercent(m.baseline.unconditional.mean)}. `
    + (open.length > 0 ? `${open.length} trough(s) with the year still running are left out. ` : "")
    + (m.provisional.length > 0 ? `A bear market still open at the data's end (low so far ${m.provisional.map((t) => t.troughDate).join(", ")}) is not counted.` : "");
}

/**
 * The sensitivity map of the mean return after troughs over falls and recoveries, the same map
 * at the default thresholds for both peak readings, and the cells near the article's 60%.
 *
 * @example
 * measureTroughSweep(data, DEFAULTS).near.length; // cells within troughTolerance of 60%
 */
export interface TroughSensitivity {
  grid: TroughSweep;
  /** The two peak readings at the chosen fall and recovery. */
  byPeak: { peak: "record" | "rally"; count: number; mean: number; median: number }[];
  /** Grid cells whose mean comes within `troughTolerance` of 60%. */
  near: SweepReading[];
}

/**
 * Reruns the trough study over the grid of definitions and at the chosen thresholds for both
 * peak readings.
 *
 * @example
 * const s = measureTroughSweep(data, DEFAULTS); s.grid.meanForwardReturn[1][2];
 */
export function measureTroughSweep(
  data: StudyData,
  params: Pick<Params, "fallPercent" | "recoveryPercent" | "peakMode" | "horizonUnit" | "troughTolerance" | "sweepStep">,
): TroughSensitivity {
  const rut = data.rut.series;
  const options = bearOptions(params);
  const horizon = monthHorizon(12, params.horizonUnit);
  const grid = troughSweep(rut, {
    falls: steps(SWEEP_FALLS.from, SWEEP_FALLS.to, params.sweepStep).map((v) => v / 100),
    recoveries: steps(SWEEP_RECOVERIES.from, SWEEP_RECOVERIES.to, params.sweepStep).map((v) => v / 100),
    peak: options.peak,
    horizon,
  });
  const byPeak = (["record", "rally"] as const).map((peak) => {
    const cell = troughSweep(rut, { falls: [options.fall], recoveries: [options.recovery], peak, horizon });
    return { peak, count: cell.count[0][0], mean: cell.meanForwardReturn[0][0], median: cell.medianForwardReturn[0][0] };
  });
  return { grid, byPeak, near: sweepReadingsNear(grid, ARTICLE_TROUGH_PERCENT / 100, params.troughTolerance / 100) };
}

/**
 * The heatmap's axes and values in percent (x: recoveries, y: falls, z: mean returns).
 *
 * @example
 * const h = sensitivityAxes(s); sensitivityHeatmap(h.x, h.y, h.z, { ... });
 */
export function sensitivityAxes(s: TroughSensitivity): { x: number[]; y: number[]; z: number[][] } {
  return {
    x: s.grid.recoveries.map((v) => Math.round(100 * v)),
    y: s.grid.falls.map((v) => Math.round(100 * v)),
    z: s.grid.meanForwardReturn.map((row) => row.map((v) => 100 * v)),
  };
}

/**
 * Which heatmap cells (z in percent) reproduce the article's 60% within `troughTolerance` points.
 *
 * @example
 * sensitivityHeatmap(x, y, z, { ..., highlight: { name, where: nearArticle(params) } });
 */
export function nearArticle(params: Pick<Params, "troughTolerance">): (cell: HeatmapCell) => boolean {
  return (cell) => Math.abs(cell.z - ARTICLE_TROUGH_PERCENT) <= params.troughTolerance;
}

/**
 * The table comparing the two peak readings at the chosen thresholds.
 *
 * @example
 * showTable(peakReadingRows(s), { percent: ["mean return", "median return"] });
 */
export function peakReadingRows(s: TroughSensitivity): Record<string, number | string>[] {
  return s.byPeak.map((r) => ({ "falls measured from": peakWords(r.peak), troughs: r.count, "mean return": r.mean, "median return": r.median }));
}

/**
 * The sentence under the map: how many definitions come near 60%, with examples.
 *
 * @example
 * showMarkdown(sensitivitySummary(s, params));
 */
export function sensitivitySummary(s: TroughSensitivity, params: Pick<Params, "troughTolerance">): string {
  const cells = s.grid.falls.length * s.grid.recoveries.length;
  if (s.near.length === 0) return `No definition in the grid comes within ${params.troughTolerance} pp of 60%.`;
  const examples = s.near.filter((_, k) => k % Math.ceil(s.near.length / 4) === 0)
    .map((r) => `fall ${Math.round(100 * r.fall)}% / recovery ${Math.round(100 * r.recovery)}% (${formatPercent(r.meanForwardReturn)}, ${r.count} troughs)`);
  return `${s.near.length} of ${cells} definitions come within ${params.troughTolerance} pp of 60%, e.g. ${examples.join("; ")}.`;
}

/**
 * How far 004-6 holds: "yes" when the chosen definition's mean is within `troughTolerance` points
 * of 60%, "partly" when only other definitions of the grid are, "no" when none is.
 *
 * @example
 * troughHolds(0.323, 24, { troughTolerance: 5 }); // "partly"
 */
export function troughHolds(mean: number, nearCount: number, params: Pick<Params, "troughTolerance">): Holds {
  if (Math.abs(100 * mean - ARTICLE_TROUGH_PERCENT) <= params.troughTolerance) return "yes";
  return nearCount > 0 ? "partly" : "no";
}

/**
 * 004-6: the average return in the year after a trough.
 *
 * @example
 * claimTroughReturns(m, s, params).measured; // "+32.3% (9 troughs, 20%/20%)"
 */
export function claimTroughReturns(m: TroughReturns, s: TroughSensitivity, params: Pick<Params, "fallPercent" | "recoveryPercent" | "peakMode" | "troughTolerance">): ClaimResult {
  const { summary, label } = m.year;
  const holds = troughHolds(summary.mean, s.near.length, params);
  const cells = s.grid.falls.length * s.grid.recoveries.length;
  const measured = `${formatPercent(summary.mean)} (${summary.n} troughs, ${params.fallPercent}%/${params.recoveryPercent}%)`;
  const near = s.near.length > 0
    ? `${holds === "yes" ? "" : "About 60% needs another definition: "}${s.near.length} of ${cells} grid cells come within ${params.troughTolerance} pp (smallest recovery among them ${Math.round(100 * Math.min(...s.near.map((r) => r.recovery)))}%, smallest fall ${Math.round(100 * Math.min(...s.near.map((r) => r.fall)))}%).`
    : `No definition in the grid gives about 60%.`;
  const note = `Mean ${label} price return after bear-market troughs (fall ≥ ${params.fallPercent}% from ${peakWords(params.peakMode)}, trough = low before a ${params.recoveryPercent}% rise; hindsight dates). ${near}`;
  return statementResult(claimSpec("004-6"), measured, holds, note);
}

/** The peak reading in words: "the all-time high" or "the rally high". */
export function peakWords(peak: "record" | "rally" | undefined): string {
  return peak === "rally" ? "the rally high" : "the all-time high";
}

/** from, from + step, ... up to `to` (inclusive when it falls on a step). */
function steps(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);
}
