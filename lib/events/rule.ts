import { sliceByDate, type DailySeries } from "../series/daily-series";

/**
 * An event rule: the rows (ascending) on which something happens. A rule must not look
 * ahead: whether row i is an event may depend on closes up to and including row i only.
 *
 * @example
 * const newHighs: EventRule = (s) => recordDays(s.close); // causal: a record needs only the past
 */
export type EventRule = (series: DailySeries) => number[];

/**
 * Rows where a rule peeks at the future: row i counts as an event on the full series but
 * not on the series cut after row i, or the reverse. Runs the rule once per row checked
 * (O(n²) overall), so it is meant for tests and small series. Start at `from` when the
 * rule needs a warm-up (a 200-day average needs 200 rows).
 *
 * @example
 * assert.deepEqual(lookAheadViolations(reclaimRule(params), series, { from: 200 }), []);
 */
export function lookAheadViolations(rule: EventRule, series: DailySeries, rows: { from?: number; to?: number } = {}): number[] {
  const full = new Set(rule(series));
  const violations: number[] = [];
  const last = Math.min(rows.to ?? series.dates.length - 1, series.dates.length - 1);
  for (let i = rows.from ?? 0; i <= last; i++) {
    const truncated = rule(sliceByDate(series, undefined, series.dates[i]));
    if (truncated.includes(i) !== full.has(i)) violations.push(i);
  }
  return violations;
}
