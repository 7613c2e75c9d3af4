import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatPoints } from "../../claims/format";
import { readingsTried, readingsTriedNote, type ReadingsTried, type TriedReading } from "../../claims/readings-tried";
import type { HeatmapCell } from "../../charts/sensitivity-heatmap";
import type { EventMarker, NamedLine } from "../../charts/traces";
import type { LoadedSeries } from "../../data/load";
import { randomEntryBaseline, type Baseline } from "../../events/baseline";
import { eventStudy, type HorizonResult } from "../../events/event-study";
import { outcomesByRow } from "../../events/outcome-join";
import { gridSteps } from "../../events/sweep-grids";
import { drawdownSeries } from "../../series/drawdowns";
import type { Horizon } from "../../series/horizon";
import { monthHorizon } from "../../series/month-horizon";
import { claimSpec } from "./claims";
import { troughSeries, type StudyData } from "./data";
import type { Params } from "./params";
import { troughOutcomes, type TroughOutcome } from "./trough-outcomes";
import { sweepReadings, troughSweep, type TroughEnd, type TroughSweep } from "./trough-sweep";
import { bearMarketTroughs, troughLabel, troughRuleText, TROUGH_RULES, type Trough, type TroughDefinition } from "./troughs";

/** The article's average return in the year after a trough, percent. */
export const ARTICLE_TROUGH_PERCENT = 60;

/** The grid of the sensitivity maps, percent: falls (rows) and bounces (columns), stepped by `sweepStep`. */
export const SWEEP_FALLS = { from: 15, to: 50 } as const;
export const SWEEP_RECOVERIES = { from: 10, to: 60 } as const;

type TroughParams = Pick<Params, "troughHistory" | "troughRule" | "fallPercent" | "recoveryPercent" | "horizonUnit">;

/**
 * The definition of a trough the parameters choose (percent parameters as fractions).
 *
 * @example
 * troughDefinition({ troughRule: "record-to-record", fallPercent: 20, recoveryPercent: 20 }); // { rule: "record-to-record", fall: 0.2 }
 */
export function troughDefinition(params: Pick<Params, "troughRule" | "fallPercent" | "recoveryPercent">): TroughDefinition {
  const fall = params.fallPercent / 100;
  return params.troughRule === "record-to-record" ? { rule: "record-to-record", fall } : { rule: params.troughRule, fall, recovery: params.recoveryPercent / 100 };
}

/** One definition's troughs and the year after each. */
export interface ReadingTroughs {
  definition: TroughDefinition;
  /** The definition in words (troughLabel). */
  label: string;
  /** Troughs of ended bear markets (the events). */
  troughs: Trough[];
  /** Lows of bear markets still open at the data's end (not counted: they may still be undercut). */
  provisional: Trough[];
  /** The event study at the one-year horizon. */
  year: HorizonResult;
}

/**
 * The troughs of one definition on a series and the one-year return after each.
 *
 * @example
 * readingTroughs(rutLong, { rule: "record-to-record", fall: 0.2 }, { tradingDays: 252 }).year.summary.mean;
 */
export function readingTroughs(loaded: LoadedSeries, definition: TroughDefinition, horizon: Horizon): ReadingTroughs {
  const all = bearMarketTroughs(loaded.series, { ...definition, includeOpen: true });
  const troughs = all.filter((t) => !t.provisional);
  const year = eventStudy(loaded.series, troughs.map((t) => t.troughIndex), { horizons: [horizon] }).horizons[0];
  return { definition, label: troughLabel(definition), troughs, provisional: all.filter((t) => t.provisional), year };
}

/**
 * The bear-market troughs of the chosen definition and the year that followed each.
 *
 * @example
 * measureTroughs(data, params).chosen.year.summary.mean; // mean one-year return after the troughs
 */
export interface TroughReturns {
  /** The series the troughs are found on (RUT_LONG or RUT). */
  loaded: LoadedSeries;
  horizon: Horizon;
  chosen: ReadingTroughs;
  /** The three rules at the chosen fall (and bounce), chosen one included: the readings side by side. */
  rules: ReadingTroughs[];
  /** Random entry days over the whole history, as many as the chosen definition's complete troughs (null without any). */
  baseline: Baseline | null;
}

/**
 * Finds the troughs of every rule at the chosen thresholds, and measures the one-year return
 * after the chosen rule's troughs against random entry days.
 *
 * @example
 * const m = measureTroughs(data, DEFAULTS);
 * m.chosen.troughs.map((t) => t.troughDate); // "1980-03-27", "1982-08-12", ...
 */
export function measureTroughs(data: StudyData, params: TroughParams & Pick<Params, "draws" | "seed">): TroughReturns {
  const loaded = troughSeries(data, params);
  const horizon = monthHorizon(12, params.horizonUnit);
  const definition = troughDefinition(params);
  const rules = TROUGH_RULES.map((rule) => readingTroughs(loaded, troughDefinition({ ...params, troughRule: rule }), horizon));
  const chosen = rules.find((r) => r.definition.rule === definition.rule) as ReadingTroughs;
  const baseline = chosen.year.complete.length === 0
    ? null
    : randomEntryBaseline(loaded.series, chosen.troughs.map((t) => t.troughIndex), { horizon, draws: params.draws, seed: params.seed });
  return { loaded, horizon, chosen, rules, baseline };
}

/**
 * The trough table: each bear market's peak, trough, end, depth and the year that followed.
 *
 * @example
 * showTable(troughRows(m), { percent: ["decline", "forwardReturn", "returnToDate"] });
 */
export function troughRows(m: TroughReturns): TroughOutcome[] {
  return troughOutcomes(m.chosen.troughs, m.chosen.year);
}

/**
 * The drawdown line (fraction below the running record, for unit "%") and a marker per trough, for lineChart.
 *
 * @example
 * const chart = troughChart(m); lineChart(chart.lines, { ..., events: chart.events });
 */
export function troughChart(m: TroughReturns): { lines: NamedLine[]; events: EventMarker[] } {
  const { series } = m.loaded;
  const { year } = m.chosen;
  const outcomes = outcomesByRow(year);
  return {
    lines: [{ name: "below the all-time high", dates: series.dates, values: drawdownSeries(series.close), color: "#1f4e79" }],
    events: m.chosen.troughs.map((t) => {
      const after = outcomes.get(t.troughIndex);
      const text = after && !after.open ? formatPercent(after.toDate) : "open";
      return { date: t.troughDate, text: `trough, ${formatPercent(t.decline)} from ${t.peakDate}<br>${year.label} after: ${text}` };
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
  const { summary, label, open } = m.chosen.year;
  const provisional = m.chosen.provisional;
  const counted = summary.n === 0
    ? `**No trough** with a full ${label}. `
    : `**${troughCount(summary.n)}** with a full ${label}: mean **${formatPercent(summary.mean)}**, median ${formatPercent(summary.median)}, ${Math.round(summary.hitRate * summary.n)} of ${summary.n} higher; random days averaged ${formatPercent(m.baseline?.unconditional.mean ?? NaN)}. `;
  return counted
    + (open.length > 0 ? `${open.length} trough(s) with the year still running are left out. ` : "")
    + (provisional.length > 0 ? `A bear market still open at the data's end (low so far ${provisional.map((t) => t.troughDate).join(", ")}) is not counted: its low may still be undercut.` : "");
}

/**
 * The readings side by side: one row per trough date any rule finds, the bear market (record to
 * record) it falls in, and for each rule the return over the year after it (a fraction), "open",
 * or blank when that rule does not count the date.
 *
 * @example
 * showTable(sideBySideRows(m), { percent: m.rules.map((r) => r.label) });
 */
export function sideBySideRows(m: TroughReturns): Record<string, number | string>[] {
  const standard = m.rules.find((r) => r.definition.rule === "record-to-record") as ReadingTroughs;
  const bears = [...standard.troughs, ...standard.provisional];
  const last = m.loaded.series.dates[m.loaded.series.dates.length - 1];
  const dates = [...new Set(m.rules.flatMap((r) => r.troughs.map((t) => t.troughDate)))].sort();
  const byRule = m.rules.map((r) => ({ label: r.label, byDate: new Map(r.year.complete.concat(r.year.open).map((o) => [o.date, o])) }));
  return dates.map((date) => {
    const bear = bears.find((b) => b.peakDate <= date && date <= (b.recoveryDate ?? last));
    const row: Record<string, number | string> = { trough: date, "bear market (record to record)": bear ? `${bear.peakDate} to ${bear.recoveryDate ?? "open"}` : "none" };
    for (const { label, byDate } of byRule) {
      const outcome = byDate.get(date);
      row[label] = outcome === undefined ? "" : outcome.open ? "open" : outcome.toDate;
    }
    return row;
  });
}

/**
 * One row per rule: how many troughs it counts, their mean and median year, and the gap to 60%.
 *
 * @example
 * showTable(ruleSummaryRows(m), { percent: ["mean", "median"] });
 */
export function ruleSummaryRows(m: TroughReturns): Record<string, number | string>[] {
  return m.rules.map((r) => ({
    reading: r.label + (r === m.chosen ? " (the default)" : ""),
    troughs: r.year.summary.n,
    "left out (open)": r.year.open.length + r.provisional.length,
    mean: r.year.summary.mean,
    median: r.year.summary.median,
    "gap to the article's 60%": formatPoints(r.year.summary.mean - ARTICLE_TROUGH_PERCENT / 100),
  }));
}

/**
 * The sensitivity maps (falls from the all-time high, ending at a new record or a bounce; falls
 * from the rally high, ending at a bounce), every reading they hold, and where the chosen
 * definition ranks among them by closeness to the article's 60%.
 *
 * @example
 * measureTroughSweep(data, DEFAULTS).tried.defaultRank;
 */
export interface TroughSensitivity {
  record: TroughSweep;
  rally: TroughSweep;
  /** Every distinct definition of both maps, plus the chosen one when it is off the grid. */
  readings: TriedReading[];
  tried: ReadingsTried;
}

/**
 * Reruns the trough study over both grids of definitions.
 *
 * @example
 * const s = measureTroughSweep(data, m, DEFAULTS); s.tried.share; // share of readings near 60%
 */
export function measureTroughSweep(data: StudyData, m: TroughReturns, params: TroughParams & Pick<Params, "troughTolerance" | "sweepStep">): TroughSensitivity {
  const { series } = troughSeries(data, params);
  const falls = gridSteps(SWEEP_FALLS.from, SWEEP_FALLS.to, params.sweepStep).map((v) => v / 100);
  const bounces = gridSteps(SWEEP_RECOVERIES.from, SWEEP_RECOVERIES.to, params.sweepStep).map((v) => v / 100);
  const record = troughSweep(series, { falls, ends: ["record", ...bounces], peak: "record", horizon: m.horizon });
  const rally = troughSweep(series, { falls, ends: bounces, peak: "rally", horizon: m.horizon });
  const readings = sweepReadings([record, rally]);
  if (!readings.some((r) => r.label === m.chosen.label)) readings.push({ label: m.chosen.label, value: 100 * m.chosen.year.summary.mean });
  return { record, rally, readings, tried: readingsTried(readings, m.chosen.label, ARTICLE_TROUGH_PERCENT, params.troughTolerance) };
}

/**
 * A map's axes for sensitivityHeatmap, labelled in percent (x: how bear markets end, y: falls), and
 * its values (z: mean returns as fractions, for zUnit "%").
 *
 * @example
 * const h = sensitivityAxes(s.record); sensitivityHeatmap(h.x, h.y, h.z, { ... });
 */
export function sensitivityAxes(sweep: TroughSweep): { x: string[]; y: string[]; z: number[][] } {
  return { x: sweep.ends.map(endText), y: sweep.falls.map(percentLabel), z: sweep.meanForwardReturn };
}

/**
 * Which heatmap cells (z a fraction) reproduce the article's 60% within `troughTolerance` points
 * (compared in the claim's unit, percent).
 *
 * @example
 * sensitivityHeatmap(x, y, z, { ..., highlight: { name, where: nearArticle(params) } });
 */
export function nearArticle(params: Pick<Params, "troughTolerance">): (cell: HeatmapCell) => boolean {
  return (cell) => Math.abs(100 * cell.z - ARTICLE_TROUGH_PERCENT) <= params.troughTolerance;
}

/**
 * The sentence under the maps: how many readings were tried, how many reproduce 60%, and where
 * the default ranks.
 *
 * @example
 * showMarkdown(sensitivitySummary(s));
 */
export function sensitivitySummary(s: TroughSensitivity): string {
  return readingsTriedNote(s.tried, `about ${ARTICLE_TROUGH_PERCENT}%`);
}

/**
 * 004-6: the average return in the year after a trough, on the chosen definition, with
 * `troughTolerance` (percentage points) as the tolerance that confirms the article's 60%.
 *
 * @example
 * claimTroughReturns(m, s, params).measured; // "61.0"
 */
export function claimTroughReturns(m: TroughReturns, s: TroughSensitivity, params: Pick<Params, "troughTolerance" | "articleDate">): ClaimResult {
  const { summary, label, open } = m.chosen.year;
  const history = m.loaded.series.id === "RUT_LONG"
    ? "the Russell 2000 from 1978 (FRED RU2000PR, joined to ^RUT by daily returns on 1987-09-10)"
    : `^RUT from ${m.loaded.series.dates[0]}`;
  const chosenDates = new Set(m.chosen.troughs.map((t) => t.troughDate));
  const others = m.rules.filter((r) => r !== m.chosen).map((r) => {
    const dates = new Set(r.troughs.map((t) => t.troughDate));
    const adds = [...dates].filter((d) => !chosenDates.has(d));
    const drops = [...chosenDates].filter((d) => !dates.has(d));
    return `${r.label}: ${formatPercent(r.year.summary.mean)} (${troughCount(r.year.summary.n)}; adds ${adds.join(", ") || "none"}; drops ${drops.join(", ") || "none"})`;
  });
  const left = open.length + m.chosen.provisional.length;
  const later = m.chosen.troughs.filter((t) => (t.recoveryDate as string) > params.articleDate)
    .map((t) => `the bear market of the ${t.troughDate} trough ended on ${t.recoveryDate}, after the article`);
  const counted = summary.n === 0
    ? "none with a complete year. "
    : `${m.chosen.troughs.map((t) => t.troughDate).join(", ")}; median ${formatPercent(summary.median)}, ${Math.round(summary.hitRate * summary.n)} of ${summary.n} higher, random days ${formatPercent(m.baseline?.unconditional.mean ?? NaN)}. `;
  const note = `Mean ${label} price return after the ${troughCount(summary.n)} of ${history}, read as "${m.chosen.label}" (${troughRuleText(m.chosen.definition)}): `
    + counted
    + (left > 0 ? `${left} low(s) left out: the year or the bear market still open. ` : "")
    + (later.length > 0 ? `Known only since: ${later.join("; ")}. ` : "")
    + `Hindsight dates. ${readingsTriedNote(s.tried, `about ${ARTICLE_TROUGH_PERCENT}%`)} Other rules at the same thresholds: ${others.join("; ")}.`;
  return numericResult({ ...claimSpec("004-6"), tolerance: params.troughTolerance }, 100 * summary.mean, note);
}

function troughCount(n: number): string {
  return `${n} bear-market trough${n === 1 ? "" : "s"}`;
}

function endText(end: TroughEnd): string {
  return end === "record" ? "new record" : percentLabel(end);
}

/** A sweep's fraction as a whole-percent axis label: 0.2 -> "20%". */
function percentLabel(fraction: number): string {
  return `${Math.round(100 * fraction)}%`;
}
