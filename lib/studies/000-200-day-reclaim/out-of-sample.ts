import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import type { NamedLine } from "../../charts/traces";
import type { LoadedSeries } from "../../data/load";
import { cumulativeReturnSince } from "../../series/cumulative-return";
import { lowerBound } from "../../series/daily-series";
import { forwardReturn, type ForwardReturn } from "../../series/forward";
import { SPEC } from "./claims";
import type { CurrentEvent } from "./current-event";
import type { LongRun } from "./long-run";
import { horizonOf, type ReclaimStudyParams } from "./params";
import type { Reclaim } from "./reclaims";

/** The year after the article's reclaim: the index, and the ETF as a total-return proxy. */
export interface OutOfSample {
  reclaim: Reclaim;
  index: ForwardReturn;
  proxy: ForwardReturn;
  /** The long-run figure the year is compared with (price CAGR, a fraction). */
  longRun: number;
}

/**
 * The return over `horizonDays` from the article's reclaim, on the index and on the ETF.
 * Throws when there is no 2025 reclaim to score (a window other than 200 may find none).
 *
 * @example
 * measureOutOfSample(rut, iwm, event, longRun, DEFAULTS).index.open; // true while the year is not over
 */
export function measureOutOfSample(rut: LoadedSeries, iwm: LoadedSeries, event: CurrentEvent, longRun: LongRun, params: ReclaimStudyParams): OutOfSample {
  const reclaim = event.last;
  if (!reclaim) throw new Error(`000-6: no 2025 reclaim of the ${params.window}-day average before ${params.articleDate}, so there is no out-of-sample year to score; use window 200 to reproduce the article's setting`);
  const horizon = horizonOf(params);
  const index = forwardReturn(rut.series, reclaim.index, horizon);
  const proxy = forwardReturn(iwm.series, lowerBound(iwm.series.dates, reclaim.reclaimDate), horizon);
  return { reclaim, index, proxy, longRun: longRun.priceCagr.value };
}

/**
 * How far "above the long-run average" holds: both the index and the proxy above it -> yes;
 * one -> partly; neither, with both years complete -> no; neither and both open -> untestable.
 *
 * @example
 * outOfSampleHolds(m); // "yes"
 */
export function outOfSampleHolds(m: OutOfSample): Holds {
  const proxyBeats = m.proxy.value !== null && m.proxy.value > m.longRun;
  const indexBeatsSoFar = m.index.toDate > m.longRun;
  if (proxyBeats && indexBeatsSoFar) return "yes";
  if (proxyBeats || indexBeatsSoFar) return "partly";
  return m.proxy.open && m.index.open ? "untestable" : "no";
}

/**
 * 000-6: the year after the June 2025 reclaim, against the long-run average.
 *
 * @example
 * claim6(measureOutOfSample(rut, iwm, event, longRun, DEFAULTS)).verdict;
 */
export function claim6(m: OutOfSample): ClaimResult {
  const { index, proxy, reclaim } = m;
  return statementResult(
    SPEC["000-6"],
    `index ${formatPercent(index.toDate)}${index.open ? " (partial)" : ""}; IWM proxy ${formatPercent(proxy.value ?? proxy.toDate)}${proxy.open ? " (partial)" : ""}`,
    outOfSampleHolds(m),
    `Out of sample, from the reclaim of ${reclaim.reclaimDate}; "above average" read as above the long-run price CAGR (${formatPercent(m.longRun)}). The index's year is ${index.open ? "not complete in our data" : "complete"}; the ETF proxy is total return, not the price index.`,
  );
}

/**
 * The sentence under the chart: each return, how much of the year it covers, and the yardstick.
 *
 * @example
 * showMarkdown(outOfSampleSummary(m, rut, iwm, DEFAULTS));
 */
export function outOfSampleSummary(m: OutOfSample, rut: LoadedSeries, iwm: LoadedSeries, params: ReclaimStudyParams): string {
  const { index, proxy, reclaim } = m;
  const indexPart = `Index: ${formatPercent(index.toDate)} from ${reclaim.reclaimDate} to ${rut.series.dates[index.endIndex]} (${index.open ? `partial: ${index.endIndex - reclaim.index} of ${params.horizonDays} trading days` : "full horizon"}).`;
  const proxyPart = proxy.value === null
    ? `${formatPercent(proxy.toDate)} so far (partial)`
    : `${formatPercent(proxy.value)} over the full ${params.horizonDays} trading days, to ${iwm.series.dates[proxy.endIndex]}`;
  return `${indexPart} ETF proxy: ${proxyPart}. Long-run price CAGR for comparison: ${formatPercent(m.longRun)}.`;
}

/**
 * The chart's lines: cumulative return since the reclaim, in percent, index solid and ETF dashed.
 *
 * @example
 * lineChart(outOfSampleLines(m, rut, iwm), { ..., unit: "%" });
 */
export function outOfSampleLines(m: OutOfSample, rut: LoadedSeries, iwm: LoadedSeries): NamedLine[] {
  const since = (loaded: LoadedSeries) => cumulativeReturnSince(loaded.series, m.reclaim.reclaimDate);
  const percent = (values: ArrayLike<number>) => Array.from(values, (v) => 100 * v);
  const index = since(rut);
  const proxy = since(iwm);
  return [
    { name: "Russell 2000 (price)", dates: index.dates, values: percent(index.values) },
    { name: "IWM (adjusted, total return)", dates: proxy.dates, values: percent(proxy.values), dash: "dash" },
  ];
}
