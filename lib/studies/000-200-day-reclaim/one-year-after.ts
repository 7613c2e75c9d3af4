import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatShare } from "../../claims/format";
import { randomEntryBaseline, type Baseline } from "../../events/baseline";
import { bootstrapMeanInterval, type BootstrapInterval } from "../../events/bootstrap";
import type { DailySeries } from "../../series/daily-series";
import type { ReclaimCases } from "./cases";
import { SPEC } from "./claims";
import { horizonOf, type ReclaimStudyParams } from "./params";

/**
 * The smallest hit rate (share of cases higher a year later, 0..1) that counts as the
 * article's "high success rate": three cases in four.
 */
export const HIGH_HIT_RATE = 0.75;

/** What followed the cases: their returns against random entry days, and the mean's interval. */
export interface OneYearAfter {
  baseline: Baseline;
  interval: BootstrapInterval;
}

/**
 * The cases' forward returns against random entry days from `start` on (10,000 seeded sets of
 * as many days) and a bootstrap interval of their mean.
 *
 * @example
 * measureOneYearAfter(rut.series, cases, DEFAULTS).baseline.percentile;
 */
export function measureOneYearAfter(series: DailySeries, cases: ReclaimCases, params: ReclaimStudyParams): OneYearAfter {
  const baseline = randomEntryBaseline(series, cases.reclaims.map((r) => r.index), { horizon: horizonOf(params), from: params.start, seed: params.seed });
  const interval = bootstrapMeanInterval(cases.main.complete.map((o) => o.toDate), { seed: params.seed });
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
 * 000-4: the mean return a year after the cases against the article's 18.1%, with the hit rate.
 *
 * @example
 * claim4(cases, measureOneYearAfter(rut.series, cases, DEFAULTS)).verdict;
 */
export function claim4(cases: ReclaimCases, after: OneYearAfter): ClaimResult {
  const { main } = cases;
  const s = main.summary;
  const { interval, baseline } = after;
  const bounds = interval.interval;
  return numericResult(
    SPEC["000-4"],
    100 * s.mean,
    `Mean price return over ${main.label} of the ${s.n} complete cases; hit rate ${formatShare(s.hitRate)} ("high success rate": ${isHighHitRate(s.hitRate) ? "holds" : "does not hold"} at ${formatShare(HIGH_HIT_RATE)} or more). Against random entry: percentile ${baseline.percentile.toFixed(0)}${bounds ? `; 95% bootstrap interval ${formatPercent(bounds.low)} to ${formatPercent(bounds.high)}` : ""}.`,
  );
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
    `**${s.n} complete cases** over ${main.label}: mean **${formatPercent(s.mean)}**, median ${formatPercent(s.median)}, `,
    `${Math.round(s.hitRate * s.n)} of ${s.n} higher (hit rate ${formatShare(s.hitRate)}), best ${formatPercent(s.best)}, worst ${formatPercent(s.worst)}. `,
    `Calendar-year variant (365 days): mean ${formatPercent(calendar.mean)} over ${calendar.n} cases. `,
    `Random entry days over the same period averaged ${formatPercent(baseline.unconditional.mean)} (hit rate ${formatShare(baseline.unconditional.hitRate)}); `,
    `the events' mean beats **${baseline.percentile.toFixed(0)}%** of random sets of ${baseline.n}. `,
    interval.interval ? `95% bootstrap interval of the mean: ${formatPercent(interval.interval.low)} to ${formatPercent(interval.interval.high)}.` : `No bootstrap interval: ${interval.reason}`,
  ].join("");
}
