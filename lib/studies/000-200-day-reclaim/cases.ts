import { numericResult, type ClaimResult } from "../../claims/claim";
import type { EventMarker } from "../../charts/traces";
import { eventStudy, type EventStudy, type HorizonResult } from "../../events/event-study";
import type { DailySeries } from "../../series/daily-series";
import { SPEC } from "./claims";
import { gapUnitOf, horizonOf, type ReclaimStudyParams } from "./params";
import { reclaimOutcomes, type ReclaimOutcome } from "./reclaim-outcomes";
import { reclaimsAfterBreakdown, type Reclaim } from "./reclaims";

/** The reclaims the study counts and what followed each of them. */
export interface ReclaimCases {
  reclaims: Reclaim[];
  /** The event study of the reclaims at `horizonDays` and at one calendar year. */
  study: EventStudy;
  /** The `horizonDays` horizon: complete and open outcomes, and the summary of the complete ones. */
  main: HorizonResult;
  /** One row per reclaim: breakdown, gap, forward return (open ones marked). */
  table: ReclaimOutcome[];
}

/**
 * The reclaims after a breakdown of at least `minGap` days, on or after `start`, with their
 * forward returns over `horizonDays` trading days and over one calendar year.
 *
 * @example
 * measureCases(rut.series, DEFAULTS).reclaims.length;
 */
export function measureCases(series: DailySeries, params: ReclaimStudyParams): ReclaimCases {
  const reclaims = reclaimsAfterBreakdown(series, { window: params.window, minGap: params.minGap, gapUnit: gapUnitOf(params), start: params.start });
  const study = eventStudy(series, reclaims.map((r) => r.index), { horizons: [horizonOf(params), { calendar: { years: 1 } }] });
  const main = study.horizons[0];
  return { reclaims, study, main, table: reclaimOutcomes(reclaims, main) };
}

/**
 * 000-3: how many reclaims the rule counts, against the article's 8 (its bullet list says 11).
 *
 * @example
 * claim3(measureCases(rut.series, DEFAULTS), DEFAULTS).measured; // "7"
 */
export function claim3(cases: ReclaimCases, params: ReclaimStudyParams): ClaimResult {
  const { reclaims, main } = cases;
  return numericResult(
    SPEC["000-3"],
    reclaims.length,
    `${reclaims.length} reclaims (${main.complete.length} with a full ${main.label} horizon, ${main.open.length} open) with window ${params.window}, gap ≥ ${params.minGap} ${params.gapUnit} days, from ${params.start}. The article's text says 8 and its bullets say 11; the sensitivity maps below show which readings give each count.`,
    0,
  );
}

/**
 * Chart markers for the reclaims counted: the date, with the gap and the breakdown in the hover.
 *
 * @example
 * priceWithAverage(rut.series, average, { ..., events: reclaimMarkers(cases.reclaims, DEFAULTS) });
 */
export function reclaimMarkers(reclaims: readonly Reclaim[], params: ReclaimStudyParams): EventMarker[] {
  return reclaims.map((r) => ({ date: r.reclaimDate, text: `reclaim after ${r.gapDays} ${params.gapUnit} days below<br>breakdown ${r.breakdownDate}` }));
}
