import { checkCloses, checkIndex } from "../series/checks";
import type { DailySeries } from "../series/daily-series";
import { forwardReturn, type ForwardReturn } from "../series/forward";
import { checkHorizon, horizonLabel, type Horizon } from "../series/horizon";
import { summarizeReturns, type ReturnSummary } from "./stats";

/** One event's outcome at one horizon, with its dates. */
export interface EventOutcome extends ForwardReturn {
  /** The event day (startIndex's date). */
  date: string;
  /** The horizon's last day, or the data's last day when open. */
  endDate: string;
}

/** Outcomes and summary of all events at one horizon. */
export interface HorizonResult {
  label: string;
  horizon: Horizon;
  /** Events whose horizon ended within the data. */
  complete: EventOutcome[];
  /** Events whose horizon runs past the data's end: `toDate` holds the return so far. */
  open: EventOutcome[];
  /** Statistics over the complete events only. */
  summary: ReturnSummary;
}

/** The result of an event study. */
export interface EventStudy {
  /** The event rows studied (ascending). */
  events: number[];
  horizons: HorizonResult[];
}

/**
 * Forward returns after each event at each horizon ({ tradingDays: 252 } -> "252d",
 * { calendar: { years: 1 } } -> "1y"). Events whose horizon is past the data's end are
 * kept apart as open, with their return to date; the summary (n, mean, median, hit rate,
 * best, worst, standard deviation) covers complete events only.
 *
 * @example
 * const study = eventStudy(rut, reclaimRule(params)(rut), { horizons: [{ tradingDays: 252 }, { calendar: { years: 1 } }] });
 * study.horizons[0].summary.mean; // average 252-day return after the events
 */
export function eventStudy(series: DailySeries, eventIndices: readonly number[], options: { horizons: Horizon[] }): EventStudy {
  checkCloses(series.close, `${series.id} close`);
  checkEventIndices(eventIndices, series.close.length);
  if (options.horizons.length === 0) throw new Error("horizons: empty: pass at least one, e.g. [{ tradingDays: 252 }]");
  options.horizons.forEach(checkHorizon);
  const horizons = options.horizons.map((horizon): HorizonResult => {
    const outcomes = eventIndices.map((i): EventOutcome => {
      const result = forwardReturn(series, i, horizon);
      return { ...result, date: series.dates[i], endDate: series.dates[result.endIndex] };
    });
    const complete = outcomes.filter((o) => !o.open);
    return {
      label: horizonLabel(horizon),
      horizon,
      complete,
      open: outcomes.filter((o) => o.open),
      summary: summarizeReturns(complete.map((o) => o.toDate)),
    };
  });
  return { events: [...eventIndices], horizons };
}

/**
 * Throws unless the event rows are whole numbers inside the series, ascending and unique
 * (a repeated event would be counted twice).
 *
 * @example
 * checkEventIndices([3, 3], 10); // Error: event indices must be ascending and unique ...
 */
export function checkEventIndices(eventIndices: readonly number[], length: number): void {
  eventIndices.forEach((i, k) => {
    checkIndex(i, length, "event index");
    if (k > 0 && i <= eventIndices[k - 1]) {
      throw new Error(`event indices must be ascending and unique: ${eventIndices[k - 1]} is followed by ${i} (sort and deduplicate them)`);
    }
  });
}
