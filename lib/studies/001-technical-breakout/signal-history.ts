import { formatPercent, formatShare } from "../../claims/format";
import { SIGNIFICANT_PERCENTILE } from "../../claims/thresholds";
import type { Baseline } from "../../events/baseline";
import type { EventsVsRandomRow } from "../../events/events-vs-random";
import type { Horizon } from "../../series/horizon";
import type { Parameters } from "./parameters";

/**
 * The horizons of the signal studies: a month, the parameters' horizon, a year (trading days).
 *
 * @example
 * signalHorizons(DEFAULTS); // [{ tradingDays: 21 }, { tradingDays: 63 }, { tradingDays: 252 }]
 */
export function signalHorizons(params: Pick<Parameters, "horizonDays">): Horizon[] {
  return [{ tradingDays: 21 }, { tradingDays: params.horizonDays }, { tradingDays: 252 }];
}

/** Which row of eventsVsRandom's table is the parameters' horizon (signalHorizons' second). */
export const MAIN_HORIZON = 1;

/** The row of the one-year horizon (signalHorizons' third). */
export const YEAR_HORIZON = 2;

/**
 * The events-vs-random columns holding returns, shown as signed percent (showTable's `percent` option).
 *
 * @example
 * showTable(vsRandom.rows, { percent: VS_RANDOM_PERCENT, shares: VS_RANDOM_SHARES });
 */
export const VS_RANDOM_PERCENT: readonly (keyof EventsVsRandomRow)[] = ["eventsMean", "eventsMedian", "randomMean", "randomP5", "randomP95"];

/** The events-vs-random columns holding hit rates, shown as unsigned percent (showTable's `shares` option). */
export const VS_RANDOM_SHARES: readonly (keyof EventsVsRandomRow)[] = ["eventsHitRate", "randomHitRate"];

/**
 * An events-vs-random percentile in words: unusually high from SIGNIFICANT_PERCENTILE up,
 * unusually low at or below 100 - SIGNIFICANT_PERCENTILE, otherwise not unusual.
 *
 * @example
 * unusualness(97); // "unusually high"
 * unusualness(50); // "not unusual"
 */
export function unusualness(percentile: number): string {
  if (!(percentile >= 0 && percentile <= 100)) throw new Error(`percentile ${percentile}: must be between 0 and 100`);
  if (percentile >= SIGNIFICANT_PERCENTILE) return "unusually high";
  if (percentile <= 100 - SIGNIFICANT_PERCENTILE) return "unusually low";
  return "not unusual";
}

/**
 * The sentence under an events-vs-random table: the main horizon's mean and hit rate against
 * any entry day, the percentile in words, and the one-year row.
 *
 * @example
 * showMarkdown(vsRandomSummary("breakouts", vsRandom.rows));
 */
export function vsRandomSummary(events: string, rows: readonly EventsVsRandomRow[]): string {
  const main = rows[MAIN_HORIZON];
  const year = rows[YEAR_HORIZON];
  return `Over ${main.horizon} the ${main.events} ${events} were followed by a mean return of **${formatPercent(main.eventsMean)}** `
    + `(${formatShare(main.eventsHitRate, 1)} of them up), against ${formatPercent(main.randomMean)} `
    + `(${formatShare(main.randomHitRate, 1)} up) for any entry day: their mean beats ${main.percentile.toFixed(0)}% of random sets `
    + `of the same size, which is **${unusualness(main.percentile)}**. Over ${year.horizon}: ${formatPercent(year.eventsMean)} `
    + `vs ${formatPercent(year.randomMean)} (percentile ${year.percentile.toFixed(0)}).`;
}

/**
 * The histogram title for the main horizon's baseline.
 *
 * @example
 * baselineTitle("breakouts", vsRandom.rows[MAIN_HORIZON]);
 */
export function baselineTitle(events: string, row: EventsVsRandomRow): string {
  return `After ${row.events} ${events} the index moved ${formatPercent(row.eventsMean)} over ${row.horizon} on average: unusual?`;
}

/**
 * The caption line of a baseline: how many random sets, of what size, and the seed.
 *
 * @example
 * baselineNote(baseline); // "10,000 random sets of 52 entry days, seed 2025."
 */
export function baselineNote(baseline: Baseline): string {
  return `${baseline.draws.toLocaleString("en-US")} random sets of ${baseline.n} entry days, seed ${baseline.seed}.`;
}
