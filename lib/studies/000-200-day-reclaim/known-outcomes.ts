import { upperBound, type DailySeries } from "../../series/daily-series";
import { lastCompleteStart } from "../../series/horizon";
import { horizonOf, type ReclaimStudyParams } from "./params";

/**
 * The last day whose `horizonDays` return was known on the article's date: reclaims up to it
 * are cases the article could have counted, with a known year after them. Later reclaims, the
 * article's current event among them, are not earlier cases.
 *
 * @example
 * knownOutcomesTo(rut.series, DEFAULTS); // "2024-07-05": 252 trading days before 2025-07-08
 */
export function knownOutcomesTo(series: DailySeries, params: ReclaimStudyParams): string {
  const seen = series.dates.slice(0, upperBound(series.dates, params.articleDate));
  const last = lastCompleteStart(seen, horizonOf(params));
  if (last < 0) throw new Error(`articleDate ${params.articleDate}: fewer than ${params.horizonDays} trading days of ${series.id} before it, so no case has a known outcome; use a later date or a shorter horizonDays`);
  return seen[last];
}
