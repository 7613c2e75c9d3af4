import type { DailySeries } from "../series/daily-series";
import { randomEntryBaseline, type Baseline } from "./baseline";
import type { EventStudy } from "./event-study";

/** Options of eventsVsRandom: those of randomEntryBaseline, shared by every horizon. */
export interface EventsVsRandomOptions {
  /** First eligible random entry day: the day the events could first occur (e.g. once a 200-day average exists). */
  from?: string;
  draws?: number;
  seed?: number;
}

/** One horizon of an event study next to its random-entry baseline, in percent. */
export interface EventsVsRandomRow {
  horizon: string;
  /** Events with a complete horizon. */
  events: number;
  /** Events whose horizon is still open (left out). */
  open: number;
  eventsMean: number;
  eventsMedian: number;
  /** Percent of complete events followed by a rise. */
  eventsHitRate: number;
  /** Mean over every eligible entry day (the unconditional average). */
  randomMean: number;
  /** Percent of all eligible entry days followed by a rise. */
  randomHitRate: number;
  /** 5th and 95th percentiles of the means of random sets the size of `events`. */
  randomP5: number;
  randomP95: number;
  /** Percent of random-set means below the events' mean (50 = ordinary). */
  percentile: number;
}

/**
 * Every horizon of an event study against the random-entry baseline at that horizon: is the
 * average after the events unusual for a set of that many days? Returns the table rows (in
 * percent) and the baselines (for baselineHistogram and forwardReturnBars).
 *
 * @example
 * const study = eventStudy(rut, golden, { horizons: [1, 3, 6, 12].map((m) => monthHorizon(m, "trading")) });
 * eventsVsRandom(rut, study, { from: rut.dates[199], seed: 1 }).rows; // one row per horizon
 */
export function eventsVsRandom(series: DailySeries, study: EventStudy, options: EventsVsRandomOptions = {}): { rows: EventsVsRandomRow[]; baselines: Baseline[] } {
  const baselines = study.horizons.map((result) => randomEntryBaseline(series, study.events, { ...options, horizon: result.horizon }));
  const rows = study.horizons.map((result, k): EventsVsRandomRow => {
    const baseline = baselines[k];
    return {
      horizon: result.label,
      events: result.summary.n,
      open: result.open.length,
      eventsMean: 100 * result.summary.mean,
      eventsMedian: 100 * result.summary.median,
      eventsHitRate: 100 * result.summary.hitRate,
      randomMean: 100 * baseline.unconditional.mean,
      randomHitRate: 100 * baseline.unconditional.hitRate,
      randomP5: 100 * baseline.quantiles.p5,
      randomP95: 100 * baseline.quantiles.p95,
      percentile: baseline.percentile,
    };
  });
  return { rows, baselines };
}
