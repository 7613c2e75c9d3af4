import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatShare } from "../../claims/format";
import { readingsTriedNote } from "../../claims/readings-tried";
import type { EventMarker } from "../../charts/traces";
import { eventStudy, type EventStudy, type HorizonResult } from "../../events/event-study";
import type { DailySeries } from "../../series/daily-series";
import { SPEC } from "./claims";
import type { CurrentEvent } from "./current-event";
import { knownOutcomesTo } from "./known-outcomes";
import { gapUnitOf, horizonOf, type ReclaimStudyParams } from "./params";
import { reclaimOutcomes, type ReclaimOutcome } from "./reclaim-outcomes";
import { reclaimsAfterBreakdown, type Reclaim } from "./reclaims";
import { caseCountReadings, type SensitivityReadings } from "./sensitivity";

/** The article's earlier cases and what followed each of them. */
export interface ReclaimCases {
  /** Reclaims from `start` to `to` (earlier cases only). */
  reclaims: Reclaim[];
  /** The last day counted: see knownOutcomesTo. */
  to: string;
  /** The event study of the cases at `horizonDays` and at one calendar year. */
  study: EventStudy;
  /** The `horizonDays` horizon: the outcomes and the summary of the complete ones. */
  main: HorizonResult;
  /** One row per case: breakdown, gap, forward return. */
  table: ReclaimOutcome[];
}

/**
 * The article's earlier cases: reclaims after a breakdown of at least `minGap` days, from
 * `start` to the last day whose `horizonDays` return was known on the article's date, with
 * their forward returns over `horizonDays` trading days and over one calendar year.
 *
 * @example
 * measureCases(rut.series, DEFAULTS).reclaims.length; // 6
 */
export function measureCases(series: DailySeries, params: ReclaimStudyParams): ReclaimCases {
  const to = knownOutcomesTo(series, params);
  const reclaims = reclaimsAfterBreakdown(series, { window: params.window, minGap: params.minGap, gapUnit: gapUnitOf(params), from: params.start, to });
  const study = eventStudy(series, reclaims.map((r) => r.index), { horizons: [horizonOf(params), { calendar: { years: 1 } }] });
  const main = study.horizons[0];
  return { reclaims, to, study, main, table: reclaimOutcomes(reclaims, main) };
}

/**
 * The article's current event as a row of the cases' table (its year measured in the data
 * there is now), shown apart from the earlier cases; none when 000-1 found no 2025 reclaim.
 *
 * @example
 * currentEventRows(rut.series, event, DEFAULTS); // [{ breakdown: "2025-02-21", reclaim: "2025-06-30", ... }]
 */
export function currentEventRows(series: DailySeries, event: CurrentEvent, params: ReclaimStudyParams): ReclaimOutcome[] {
  if (!event.last) return [];
  const [horizon] = eventStudy(series, [event.last.index], { horizons: [horizonOf(params)] }).horizons;
  return reclaimOutcomes([event.last], horizon);
}

/**
 * 000-3: how many earlier cases the rule counts, against the article's 8 (its bullet list says
 * 11). Confirmed when the count is 8, roughly within one case; beyond that roughly only when
 * another reading of the grid gives 8 (docs/verdicts.md: we say which), else not confirmed.
 *
 * @example
 * claim3(cases, readings, event, DEFAULTS).measured; // "6"
 */
export function claim3(cases: ReclaimCases, readings: SensitivityReadings, event: CurrentEvent, params: ReclaimStudyParams): ClaimResult {
  const n = cases.reclaims.length;
  const counts = caseCountReadings(readings, params);
  const current = event.last
    ? `The article's current event, the reclaim of ${event.last.reclaimDate} after ${event.last.gapDays} calendar days below, is not one of them (000-1, 000-6). `
    : "";
  const note = `${n} earlier cases: reclaims from ${params.start} to ${cases.to} (the last day whose ${cases.main.label} return was known on ${params.articleDate}) `
    + `with window ${params.window}, gap ≥ ${params.minGap} ${params.gapUnit} days. ${current}The article's text says 8 and its bullets say 11. `
    + `${readingsTriedNote(counts.eight, "8 cases")} ${counts.eleven.reproducing} (${formatShare(counts.eleven.share)}) give the bullet list's 11.`;
  const result = numericResult(SPEC["000-3"], n, note, 0);
  if (result.verdict !== "not confirmed" || counts.nearestEight === null) return result;
  return { ...result, verdict: "roughly", note: `${note} Only readings other than the default give 8; the nearest is window ${counts.nearestEight}.` };
}

/**
 * Chart markers for the cases counted: the date, with the gap and the breakdown in the hover.
 *
 * @example
 * priceWithAverage(rut.series, average, { ..., events: reclaimMarkers(cases.reclaims, DEFAULTS) });
 */
export function reclaimMarkers(reclaims: readonly Reclaim[], params: ReclaimStudyParams): EventMarker[] {
  return reclaims.map((r) => ({ date: r.reclaimDate, text: `reclaim after ${r.gapDays} ${params.gapUnit} days below<br>breakdown ${r.breakdownDate}` }));
}
