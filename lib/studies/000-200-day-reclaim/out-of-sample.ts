import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatPoints } from "../../claims/format";
import { higherAfterHorizon } from "../../claims/partial-horizon";
import type { Holds } from "../../claims/verdict";
import type { NamedLine } from "../../charts/traces";
import type { LoadedSeries } from "../../data/load";
import { cumulativeReturnSince } from "../../series/cumulative-return";
import { lowerBound } from "../../series/daily-series";
import { forwardReturn, type ForwardReturn } from "../../series/forward";
import { SPEC } from "./claims";
import type { CurrentEvent } from "./current-event";
import type { ReclaimStudyData } from "./data";
import type { LongRun } from "./long-run";
import { horizonOf, type ReclaimStudyParams } from "./params";
import type { Reclaim } from "./reclaims";

/** The year after the article's reclaim: the index, and the ETF as a total-return proxy. */
export interface OutOfSample {
  reclaim: Reclaim;
  /** The index's return over `horizonDays` (open, with the return so far, while the year is not over). */
  index: ForwardReturn;
  /** The ETF's, from the same day: shown beside the index, not scored. */
  proxy: ForwardReturn;
  /** The long-run figure the year is compared with: the standard reading of 000-5 (a fraction). */
  longRun: number;
  /** Trading days of the horizon the data cover (`horizonDays` when complete). */
  daysCovered: number;
  horizonDays: number;
}

/**
 * The return over `horizonDays` from the article's reclaim, on the index and on the ETF.
 * Throws when there is no 2025 reclaim to score (a window other than 200 may find none).
 *
 * @example
 * measureOutOfSample(data, event, longRun, DEFAULTS).index.open; // false: the year is in the data
 */
export function measureOutOfSample(data: ReclaimStudyData, event: CurrentEvent, longRun: LongRun, params: ReclaimStudyParams): OutOfSample {
  const reclaim = event.last;
  if (!reclaim) throw new Error(`000-6: no 2025 reclaim of the ${params.window}-day average before ${params.articleDate}, so there is no out-of-sample year to score; use window 200 to reproduce the article's setting`);
  const horizon = horizonOf(params);
  const { rut, iwm } = data;
  const index = forwardReturn(rut.series, reclaim.index, horizon);
  const proxy = forwardReturn(iwm.series, lowerBound(iwm.series.dates, reclaim.reclaimDate), horizon);
  return { reclaim, index, proxy, longRun: longRun.standard.annual, daysCovered: index.endIndex - reclaim.index, horizonDays: params.horizonDays };
}

/**
 * Whether the index's year beat the long-run average, by the shared out-of-sample rule applied
 * to its excess over that average (higherAfterHorizon, docs/verdicts.md rule 6): a complete year
 * above it holds, one at or below it does not; a partial year never confirms (above so far is
 * "partly", below so far "no", and "untestable" while less than PARTIAL_HORIZON_MIN_SHARE of the
 * year is in the data).
 *
 * @example
 * outOfSampleHolds(m); // "yes" when the complete year beat the long-run CAGR
 */
export function outOfSampleHolds(m: OutOfSample): Holds {
  return higherAfterHorizon({ toDate: m.index.toDate - m.longRun, days: m.daysCovered, horizonDays: m.horizonDays, open: m.index.open });
}

/**
 * "complete" or "partial: N of M trading days", as the out-of-sample row labels the year.
 *
 * @example
 * coverageLabel(m); // "complete"
 */
export function coverageLabel(m: OutOfSample): string {
  return m.index.open ? `partial: ${m.daysCovered} of ${m.horizonDays} trading days` : "complete";
}

/**
 * 000-6: the index's year after the June 2025 reclaim, against the long-run average, labelled
 * complete or partial.
 *
 * @example
 * claim6(measureOutOfSample(data, event, longRun, DEFAULTS), data).measured; // "+X% to 2026-07-01 (complete)"
 */
export function claim6(m: OutOfSample, data: ReclaimStudyData): ClaimResult {
  const { index, proxy, reclaim } = m;
  const endDate = data.rut.series.dates[index.endIndex];
  return statementResult(
    SPEC["000-6"],
    `index ${formatPercent(index.toDate)} to ${endDate} (${coverageLabel(m)})`,
    outOfSampleHolds(m),
    `Out of sample, from the reclaim of ${reclaim.reclaimDate}: the price index over ${m.horizonDays} trading days, ${formatPoints(index.toDate - m.longRun)} against the long-run price CAGR since 1978 `
      + `(${formatPercent(m.longRun)}, 000-5; the article says 9.1%). For comparison, IWM's total return from the same day: ${formatPercent(proxy.toDate)}${proxy.open ? " (partial)" : ""}.`,
  );
}

/**
 * The sentence under the chart: each return, how much of the year it covers, and the yardstick.
 *
 * @example
 * showMarkdown(outOfSampleSummary(m, data));
 */
export function outOfSampleSummary(m: OutOfSample, data: ReclaimStudyData): string {
  const { index, proxy, reclaim } = m;
  const { rut, iwm } = data;
  const proxyPart = proxy.open
    ? `${formatPercent(proxy.toDate)} so far (partial)`
    : `${formatPercent(proxy.toDate)} over the full ${m.horizonDays} trading days, to ${iwm.series.dates[proxy.endIndex]}`;
  return `Index: **${formatPercent(index.toDate)}** from ${reclaim.reclaimDate} to ${rut.series.dates[index.endIndex]} (${coverageLabel(m)}). `
    + `ETF (total return): ${proxyPart}. Long-run price CAGR since 1978 for comparison: ${formatPercent(m.longRun)}.`;
}

/**
 * The chart's lines: cumulative return since the reclaim (fractions, for unit "%"), index solid and ETF dashed.
 *
 * @example
 * lineChart(outOfSampleLines(m, data), { ..., unit: "%" });
 */
export function outOfSampleLines(m: OutOfSample, data: ReclaimStudyData): NamedLine[] {
  const since = (loaded: LoadedSeries) => cumulativeReturnSince(loaded.series, m.reclaim.reclaimDate);
  const index = since(data.rut);
  const proxy = since(data.iwm);
  return [
    { name: "Russell 2000 (price)", dates: index.dates, values: index.values },
    { name: "IWM (adjusted, total return)", dates: proxy.dates, values: proxy.values, dash: "dash" },
  ];
}
