import type { DailySeries } from "../series/daily-series";
import { randomEntryBaseline, type Baseline } from "./baseline";
import type { EventStudy } from "./event-study";

/**
 * Options of eventsVsRandom: those of randomEntryBaseline, shared by every horizon.
 *
 * @example
 * const options: EventsVsRandomOptions = { from: rut.dates[199], draws: 10_000, seed: 1 };
 */
export interface EventsVsRandomOptions {
  /** First eligible random entry day: the day the events could first occur (e.g. once a 200-day average exists). */
  from?: string;
  draws?: number;
  seed?: number;
}

/**
 * One horizon of an event study next to its random-entry baseline; returns and rates are fractions.
 *
 * @example
 * eventsVsRandom(rut, study, options).rows.map((r) => [r.horizon, r.eventsMean, r.percentile]);
 */
export interface EventsVsRandomRow {
  horizon: string;
  /** Events with a complete horizon. */
  events: number;
  /** Events whose horizon is still open (left out). */
  open: number;
  eventsMean: number;
  eventsMedian: number;
  /** Share of complete events followed by a rise (0..1). */
  eventsHitRate: number;
  /** Mean over every eligible entry day (the unconditional average). */
  randomMean: number;
  /** Share of all eligible entry days followed by a rise (0..1). */
  randomHitRate: number;
  /** 5th and 95th percentiles of the means of random sets the size of `events`. */
  randomP5: number;
  randomP95: number;
  /** Percent (0..100) of random-set means below the events' mean (50 = ordinary). */
  percentile: number;
}

/**
 * Every horizon of an event study against the random-entry baseline at that horizon: is the
 * average after the events unusual for a set of that many days? Returns the table rows (show
 * them with showTable's `percent` option) and the baselines (for baselineHistogram and forwardReturnBars).
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
      eventsMean: result.summary.mean,
      eventsMedian: result.summary.median,
      eventsHitRate: result.summary.hitRate,
      randomMean: baseline.unconditional.mean,
      randomHitRate: baseline.unconditional.hitRate,
      randomP5: baseline.quantiles.p5,
      randomP95: baseline.quantiles.p95,
      percentile: baseline.percentile,
    };
  });
  return { rows, baselines };
}
