import { statementResult, type ClaimResult } from "../../claims/claim";
import type { EventMarker } from "../../charts/traces";
import type { DailySeries } from "../../series/daily-series";
import { rollingMean } from "../../series/rolling";
import { SPEC } from "./claims";
import type { ReclaimStudyParams } from "./params";
import { reclaimsAfterBreakdown, withinDates, type Reclaim } from "./reclaims";

/** "Late February" 2025, the breakdown the article dates, read as these days. */
export const LATE_FEBRUARY_2025 = { from: "2025-02-15", to: "2025-03-07" } as const;
/** "The end of June" 2025, the reclaim the article dates, read as these days (up to the article). */
export const END_OF_JUNE_2025 = { from: "2025-06-16", to: "2025-07-08" } as const;
/** The stretch the notebook's close-up chart of the 2025 breakdown and reclaim shows. */
export const CURRENT_EVENT_VIEW = { from: "2024-09-01", to: "2025-09-30" } as const;

/** The article's current event: the last breakdown and reclaim before its date. */
export interface CurrentEvent {
  /** The `window`-day simple average of every close (NaN in the warm-up). */
  average: Float64Array;
  /** The last reclaim in 2025 up to the article's date (any gap); undefined when there is none. */
  last: Reclaim | undefined;
  /** Whether its breakdown fell in late February and its reclaim at the end of June. */
  fitsArticle: boolean;
}

/**
 * Finds the article's current event: the last breakdown-and-reclaim pair of the `window`-day
 * average from 2025-01-01 to the article's date, with no minimum gap.
 *
 * @example
 * measureCurrentEvent(rut.series, DEFAULTS).last?.reclaimDate; // "2025-06-30"
 */
export function measureCurrentEvent(series: DailySeries, params: ReclaimStudyParams): CurrentEvent {
  const recent = reclaimsAfterBreakdown(series, { window: params.window, minGap: 0, gapUnit: "calendar", from: "2025-01-01", to: params.articleDate });
  const last = recent[recent.length - 1];
  const fitsArticle = last !== undefined && withinDates(last.breakdownDate, LATE_FEBRUARY_2025) && withinDates(last.reclaimDate, END_OF_JUNE_2025);
  return { average: rollingMean(series.close, params.window), last, fitsArticle };
}

/**
 * 000-1: the index closed back above its average at the end of June 2025, below it since late
 * February. Confirmed when both dates fall in the article's windows, else not confirmed.
 *
 * @example
 * claim1(measureCurrentEvent(rut.series, DEFAULTS), DEFAULTS).verdict; // "confirmed"
 */
export function claim1(event: CurrentEvent, params: ReclaimStudyParams): ClaimResult {
  const { last } = event;
  return statementResult(
    SPEC["000-1"],
    last ? `breakdown ${last.breakdownDate}, reclaim ${last.reclaimDate}` : "no reclaim in 2025 before the article",
    event.fitsArticle ? "yes" : "no",
    `Closes vs the ${params.window}-day simple average; "late February" read as Feb 15 – Mar 7 and "end of June" as Jun 16 – Jul 8. The reclaim margin is thin, so a source with slightly different closes could move it by a day.`,
  );
}

/**
 * The sentence under the close-up chart: the dates and the margin of the reclaim.
 *
 * @example
 * currentEventSummary(event, DEFAULTS); // "Last breakdown before 2025-07-08: **2025-02-21**; reclaim: ..."
 */
export function currentEventSummary(event: CurrentEvent, params: ReclaimStudyParams): string {
  const { last } = event;
  if (!last) return `No reclaim of the ${params.window}-day average between 2025-01-01 and ${params.articleDate}.`;
  return `Last breakdown before ${params.articleDate}: **${last.breakdownDate}**; reclaim: **${last.reclaimDate}** (close ${last.closeAtReclaim.toFixed(2)} against an average of ${last.smaAtReclaim.toFixed(2)}: a margin of ${(last.closeAtReclaim - last.smaAtReclaim).toFixed(2)} points).`;
}

/**
 * The close-up chart's marker: the reclaim, with its close, average and breakdown in the hover.
 *
 * @example
 * priceWithAverage(view, average, { ..., events: currentEventMarkers(event) });
 */
export function currentEventMarkers(event: CurrentEvent): EventMarker[] {
  const { last } = event;
  return last ? [{ date: last.reclaimDate, text: `close ${last.closeAtReclaim.toFixed(2)} vs average ${last.smaAtReclaim.toFixed(2)}<br>below since ${last.breakdownDate}` }] : [];
}
