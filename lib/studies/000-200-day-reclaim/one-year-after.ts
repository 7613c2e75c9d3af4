import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatShare } from "../../claims/format";
import { readingsTriedNote } from "../../claims/readings-tried";
import { INTERVAL_LEVEL } from "../../claims/thresholds";
import type { Verdict } from "../../claims/verdict";
import { randomEntryBaseline, type Baseline } from "../../events/baseline";
import { blockBootstrapMeanInterval, type BlockBootstrapInterval } from "../../events/bootstrap";
import { sliceByDate, type DailySeries } from "../../series/daily-series";
import type { ReclaimCases } from "./cases";
import { SPEC } from "./claims";
import { horizonOf, type ReclaimStudyParams } from "./params";
import { meanReadings, type SensitivityReadings } from "./sensitivity";

/**
 * The smallest hit rate (share of cases higher a year later, 0..1) that counts as the
 * article's "high success rate": three cases in four.
 */
export const HIGH_HIT_RATE = 0.75;

/** What followed the cases: their returns against random entry days, and the mean's interval. */
export interface OneYearAfter {
  baseline: Baseline;
  /** Block bootstrap interval of the cases' mean (blocks = cases whose windows overlap). */
  interval: BlockBootstrapInterval;
}

/**
 * The cases' forward returns against random entry days over the same period (10,000 seeded
 * sets of as many days, from `start` to the last day whose outcome was known on the article's
 * date: the series as the article saw it), and a block bootstrap interval of their mean, whose
 * blocks are the cases with overlapping one-year windows (lib/events/bootstrap.ts).
 *
 * @example
 * measureOneYearAfter(rut.series, cases, DEFAULTS).baseline.percentile;
 */
export function measureOneYearAfter(series: DailySeries, cases: ReclaimCases, params: ReclaimStudyParams): OneYearAfter {
  const seen = sliceByDate(series, undefined, params.articleDate);
  const baseline = randomEntryBaseline(seen, cases.reclaims.map((r) => r.index), { horizon: horizonOf(params), from: params.start, seed: params.seed });
  const interval = blockBootstrapMeanInterval(cases.main.complete, { seed: params.seed, level: INTERVAL_LEVEL });
  return { baseline, interval };
}

/**
 * Whether a hit rate is the article's "high success rate" (at least {@link HIGH_HIT_RATE}).
 *
 * @example
 * isHighHitRate(5 / 6); // true
 * isHighHitRate(0.6); // false
 */
export function isHighHitRate(hitRate: number): boolean {
  return hitRate >= HIGH_HIT_RATE;
}

/**
 * The verdict of the bundled claim "18.1% on average, with a high success rate": the mean's
 * verdict, one step lower (confirmed -> roughly) when the hit rate is not high. A mean that is
 * not confirmed stays not confirmed.
 *
 * @example
 * averageAndHitRateVerdict("confirmed", 0.6); // "roughly"
 */
export function averageAndHitRateVerdict(meanVerdict: Verdict, hitRate: number): Verdict {
  return meanVerdict === "confirmed" && !isHighHitRate(hitRate) ? "roughly" : meanVerdict;
}

/**
 * 000-4: the mean return a year after the earlier cases against the article's 18.1%, and their
 * hit rate against "high" ({@link HIGH_HIT_RATE}).
 *
 * @example
 * claim4(cases, measureOneYearAfter(rut.series, cases, DEFAULTS), readings, DEFAULTS).verdict;
 */
export function claim4(cases: ReclaimCases, after: OneYearAfter, readings: SensitivityReadings, params: ReclaimStudyParams): ClaimResult {
  const { main } = cases;
  const s = main.summary;
  const { interval, baseline } = after;
  const higher = Math.round(s.hitRate * s.n);
  const note = `Mean price return over ${main.label} of the ${s.n} earlier cases (the current event excluded: see 000-6); `
    + `${higher} of ${s.n} higher, a hit rate of ${formatShare(s.hitRate)}: "high success rate" (at least ${formatShare(HIGH_HIT_RATE)}) ${isHighHitRate(s.hitRate) ? "holds" : "does not hold"}. `
    + `Against random entry days over the same period: percentile ${baseline.percentile.toFixed(0)}. ${intervalSentence(interval)} `
    + readingsTriedNote(meanReadings(readings, params), `${SPEC["000-4"].figure}% (within ${SPEC["000-4"].tolerance} pp)`);
  const result = numericResult(SPEC["000-4"], 100 * s.mean, note);
  return { ...result, verdict: averageAndHitRateVerdict(result.verdict, s.hitRate) };
}

function intervalSentence(interval: BlockBootstrapInterval): string {
  if (!interval.interval) return `No bootstrap interval: ${interval.reason}.`;
  const { low, high } = interval.interval;
  const blocks = interval.blocks === interval.n
    ? `no two one-year windows overlap, so each of the ${interval.n} cases is its own block`
    : `${interval.n} cases in ${interval.blocks} blocks of overlapping one-year windows`;
  return `${formatShare(interval.level)} block bootstrap interval of the mean ${formatPercent(low)} to ${formatPercent(high)} (${blocks}).`;
}

/**
 * The paragraph under the charts: the cases' statistics, the calendar-year variant, random entry
 * and the interval.
 *
 * @example
 * showMarkdown(oneYearAfterSummary(cases, after));
 */
export function oneYearAfterSummary(cases: ReclaimCases, after: OneYearAfter): string {
  const { main, study } = cases;
  const s = main.summary;
  const { baseline, interval } = after;
  const calendar = study.horizons[1].summary;
  return [
    `**${s.n} earlier cases** over ${main.label}: mean **${formatPercent(s.mean)}**, median ${formatPercent(s.median)}, `,
    `${Math.round(s.hitRate * s.n)} of ${s.n} higher (hit rate ${formatShare(s.hitRate)}), best ${formatPercent(s.best)}, worst ${formatPercent(s.worst)}. `,
    `Calendar-year variant (365 days): mean ${formatPercent(calendar.mean)} over ${calendar.n} cases. `,
    `Random entry days from ${baseline.eligible.fromDate} to ${baseline.eligible.toDate} averaged ${formatPercent(baseline.unconditional.mean)} `,
    `(hit rate ${formatShare(baseline.unconditional.hitRate)}); the cases' mean beats **${baseline.percentile.toFixed(0)}%** of random sets of ${baseline.n}. `,
    intervalSentence(interval),
  ].join("");
}
