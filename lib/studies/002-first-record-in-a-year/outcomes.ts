import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatShare } from "../../claims/format";
import { readingsTriedNote } from "../../claims/readings-tried";
import { isUnusual, SIGNIFICANT_PERCENTILE } from "../../claims/thresholds";
import { combinedHolds, numericVerdict } from "../../claims/verdict";
import { crossSeriesEventStudy, type CrossSeriesStudy } from "../../events/cross-series";
import { eventOutcomeTable, type EventOutcomeRow } from "../../events/event-outcome-table";
import { eventsVsRandom, type EventsVsRandomOptions, type EventsVsRandomRow } from "../../events/events-vs-random";
import type { Baseline } from "../../events/baseline";
import type { DailySeries } from "../../series/daily-series";
import { ARTICLE_SP500_AFTER, sp500AfterClaim } from "./claims";
import type { HistoryMeasure } from "./history";
import { horizonsOf, type Params } from "./params";
import type { ReadingsSummary } from "./readings";

/** The series the outcomes are measured on. */
export interface OutcomeSeries {
  /** The Russell 2000 the breakouts are dated on (the long history), for its own returns. */
  rut: DailySeries;
  gspc: DailySeries;
  /** FRED SP500: a second source for the breakouts it covers. */
  sp500: DailySeries;
}

/** The S&P 500 and the Russell 2000 after the breakouts, against random entry days. */
export interface OutcomesMeasure {
  /** S&P 500 and Russell 2000 after the article's earlier cases (m.history). */
  spx: CrossSeriesStudy;
  own: CrossSeriesStudy;
  /** The same after every breakout to the data's end (m.all). */
  spxAll: CrossSeriesStudy;
  ownAll: CrossSeriesStudy;
  /** FRED SP500 after every breakout it covers. */
  fred: CrossSeriesStudy;
  /** The random-entry baseline's period, draws and seed. */
  period: EventsVsRandomOptions;
  spxVsRandom: { rows: EventsVsRandomRow[]; baselines: Baseline[] };
  ownVsRandom: { rows: EventsVsRandomRow[]; baselines: Baseline[] };
}

type OutcomeParams = Pick<Params, "since" | "horizonDays" | "horizonYears" | "maxLagDays" | "draws" | "seed">;

/**
 * Forward returns of the S&P 500 (from its first trading day on or after each breakout) and of
 * the Russell 2000 after the breakouts, at both horizons, with the random-entry baselines over
 * every day from `since`.
 *
 * @example
 * measureOutcomes(series, m, defaults).spx.horizons[0].summary.hitRate; // 0.909: higher 10 of 11 times
 */
export function measureOutcomes(series: OutcomeSeries, m: HistoryMeasure, params: OutcomeParams): OutcomesMeasure {
  const horizons = horizonsOf(params);
  const historyDates = m.history.map((b) => b.date);
  const allDates = m.all.map((b) => b.date);
  const across = (target: DailySeries, dates: string[]) => crossSeriesEventStudy(target, dates, { horizons, maxLagDays: params.maxLagDays });
  const spx = across(series.gspc, historyDates);
  const own = across(series.rut, historyDates);
  const period = { from: params.since, draws: params.draws, seed: params.seed };
  return {
    spx,
    own,
    spxAll: across(series.gspc, allDates),
    ownAll: across(series.rut, allDates),
    fred: across(series.sp500, allDates),
    period,
    spxVsRandom: eventsVsRandom(series.gspc, spx, period),
    ownVsRandom: eventsVsRandom(series.rut, own, period),
  };
}

/** Rows of an outcome table and the columns to print as percent. */
export interface OutcomeTable {
  rows: EventOutcomeRow[];
  percent: string[];
}

/**
 * Every breakout's S&P 500 and Russell 2000 returns at both horizons (partial rows give the
 * return so far).
 *
 * @example
 * const t = afterBreakoutsTable(o, m); showTable(t.rows, { percent: t.percent });
 */
export function afterBreakoutsTable(o: OutcomesMeasure, m: HistoryMeasure): OutcomeTable {
  const [main, calendar] = o.spxAll.horizons;
  const columns = [
    { name: `S&P 500 ${main.label}`, study: o.spxAll },
    { name: `S&P 500 ${calendar.label}`, study: o.spxAll, horizon: 1 },
    { name: `Russell 2000 ${main.label}`, study: o.ownAll },
    { name: `Russell 2000 ${calendar.label}`, study: o.ownAll, horizon: 1 },
  ];
  return { rows: eventOutcomeTable(m.all.map((b) => b.date), columns), percent: columns.map((c) => c.name) };
}

/**
 * The breakouts FRED's SP500 covers, measured on both S&P 500 sources.
 *
 * @example
 * const t = secondSourceTable(o); showTable(t.rows, { percent: t.percent });
 */
export function secondSourceTable(o: OutcomesMeasure): OutcomeTable {
  const label = o.spxAll.horizons[0].label;
  const columns = [{ name: `^GSPC ${label}`, study: o.spxAll }, { name: `FRED SP500 ${label}`, study: o.fred }];
  return { rows: eventOutcomeTable(o.fred.alignment.aligned.map((a) => a.eventDate), columns), percent: columns.map((c) => c.name) };
}

/** How many of a horizon's complete outcomes rose: hit rate × n, as a whole count. */
function higherCount(summary: { hitRate: number; n: number }): number {
  return Math.round(summary.hitRate * summary.n);
}

/**
 * The outcomes in words: the S&P 500's hit rate and mean at both horizons, its unconditional
 * year, where the breakouts' mean sits among random entry sets, and the Russell 2000's own year.
 *
 * @example
 * showMarkdown(outcomesText(o));
 */
export function outcomesText(o: OutcomesMeasure): string {
  const [main, calendar] = o.spx.horizons;
  const s = main.summary;
  const baseline = o.spxVsRandom.baselines[0];
  const u = baseline.unconditional;
  const own = o.own.horizons[0].summary;
  return [
    `**S&P 500 after ${s.n} breakouts:** higher ${higherCount(s)} of ${s.n} times over ${main.label} (${formatShare(s.hitRate, 1)}), mean **${formatPercent(s.mean)}**, median ${formatPercent(s.median)}, worst ${formatPercent(s.worst)}; `,
    `calendar variant (${calendar.label}): higher ${higherCount(calendar.summary)} of ${calendar.summary.n}, mean ${formatPercent(calendar.summary.mean)}. `,
    `**Any day** from ${o.period.from} (${u.n.toLocaleString("en-US")} entry days): higher ${formatShare(u.hitRate, 1)} of the time, mean ${formatPercent(u.mean)}, median ${formatPercent(u.median)}, worst ${formatPercent(u.worst)}, best ${formatPercent(u.best)}. `,
    `The breakouts' mean beats **${formatShare(baseline.percentile / 100)}** of random sets of ${s.n} days: ${isUnusual(baseline.percentile) ? `beyond the ${SIGNIFICANT_PERCENTILE}th percentile of random entry days` : "with so few events, an edge of this size is within what random entry days give"}. `,
    `**The Russell 2000 itself** was higher ${higherCount(own)} of ${own.n} times, mean ${formatPercent(own.mean)} (percentile ${o.ownVsRandom.baselines[0].percentile.toFixed(0)} among random sets).`,
  ].join("");
}

/**
 * 002-4: the S&P 500's hit rate after the breakouts against 10 of 11 (within `hitRateTolerance`
 * percentage points) and its mean against about 15% (within `meanTolerance` points; the right
 * sign with the wrong size is "roughly"); both must hold to confirm. The note gives the
 * readings tried (breakout readings × horizons) for each.
 *
 * @example
 * claimSp500After(o, m, summary, defaults).verdict; // "roughly": higher 10 of 11, but +12.8% on average
 */
export function claimSp500After(
  o: OutcomesMeasure,
  m: HistoryMeasure,
  tried: ReadingsSummary,
  params: Pick<Params, "since" | "hitRateTolerance" | "meanTolerance">,
): ClaimResult {
  const [main, calendar] = o.spx.horizons;
  const s = main.summary;
  const baseline = o.spxVsRandom.baselines[0];
  const articleHitRate = ARTICLE_SP500_AFTER.higher / ARTICLE_SP500_AFTER.cases;
  const hitCheck = { article: 100 * articleHitRate, measured: 100 * s.hitRate, tolerance: params.hitRateTolerance };
  const meanCheck = { article: 100 * ARTICLE_SP500_AFTER.mean, measured: 100 * s.mean, tolerance: params.meanTolerance, directional: true };
  const [hitVerdict, meanVerdict] = [numericVerdict(hitCheck), numericVerdict(meanCheck)];
  const both = tried.hitRate.tried;
  return statementResult(
    sp500AfterClaim,
    `higher ${higherCount(s)} of ${s.n} (${formatShare(s.hitRate, 1)}), ${formatPercent(s.mean)} average`,
    combinedHolds([hitVerdict, meanVerdict]),
    `S&P 500 price return (no dividends) over ${main.label} after each of the ${s.n} breakouts of 002-3 (${params.since} to ${m.historyTo}); `
      + `hit rate against 10 of 11 = ${formatShare(articleHitRate, 1)} (±${params.hitRateTolerance} pp: ${hitVerdict}), `
      + `mean against about 15% (±${params.meanTolerance} pp: ${meanVerdict}). Calendar-year variant: mean ${formatPercent(calendar.summary.mean)}. `
      + `Readings (002-3's ${both / o.spx.horizons.length} × ${o.spx.horizons.length} horizons): for "10 of 11", ${readingsTriedNote(tried.hitRate, formatShare(articleHitRate, 1))} `
      + `For "about 15%", ${readingsTriedNote(tried.mean, `${100 * ARTICLE_SP500_AFTER.mean}%`)} `
      + `Unconditional S&P 500 year from ${o.period.from}: mean ${formatPercent(baseline.unconditional.mean)}, higher on ${formatShare(baseline.unconditional.hitRate, 1)} of days; `
      + `the breakouts' mean sits at percentile ${baseline.percentile.toFixed(0)} of random entry sets (unusual from ${SIGNIFICANT_PERCENTILE}).`,
  );
}
