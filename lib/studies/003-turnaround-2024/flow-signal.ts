import { crossings } from "../../series/crossings";
import { upperBound, type DailySeries } from "../../series/daily-series";
import { horizonEndIndex, type Horizon } from "../../series/horizon";
import { rollingSum } from "../../series/rolling";
import { randomEntryBaseline, type Baseline } from "../../events/baseline";
import { eventStudy, type EventStudy } from "../../events/event-study";
import { expandingQuantile } from "./expanding-quantile";

/** How extreme outflows are read from daily net flows. */
export interface OutflowSignalOptions {
  /** Trading days summed: the article's "65-day rolling" flows. */
  window: number;
  /** The signal fires when the rolling sum falls below this percentile (0..100) of all rolling sums so far. */
  percentile: number;
  /** Rolling sums that must have been seen before the percentile counts (a short history has no tail). */
  minHistory: number;
  /**
   * Fewest trading days from one signal to the next (default 0): a cross within this many rows
   * of the last signal kept is dropped, so outcomes over a horizon this long do not overlap.
   */
  spacing?: number;
}

/** Daily net flows as the signal reads them (lib/data's FundFlows fits). */
export interface DailyFlows {
  dates: readonly string[];
  /** Net flow of each day (negative = outflow). */
  flow: Float64Array;
}

/** The rolling flows, their moving threshold, and the days the signal fired. */
export interface OutflowSignal {
  dates: readonly string[];
  /** Sum of the last `window` days' flows (NaN during the warm-up). */
  rollingSum: Float64Array;
  /** The `percentile` of the rolling sums up to each day (NaN until `minHistory` sums). */
  threshold: Float64Array;
  /** Rows (of `dates`) on which the rolling sum crossed below the threshold, `spacing` apart. */
  signalRows: number[];
}

/**
 * The contrarian outflow signal: the `window`-day sum of net flows, and the days it falls
 * below the `percentile`-th percentile of every rolling sum seen so far. Only a cross counts
 * (the sum was at or above the threshold on the previous day), so a long spell of outflows is
 * one signal, not one a day; with `spacing`, crosses closer than that to the last signal kept
 * are dropped too. The threshold uses past data only.
 *
 * @example
 * outflowSignal(flows, { window: 65, percentile: 10, minHistory: 252, spacing: 63 }).signalRows.map((i) => flows.dates[i]);
 */
export function outflowSignal(flows: DailyFlows, options: OutflowSignalOptions): OutflowSignal {
  const { window, percentile, minHistory } = options;
  const spacing = options.spacing ?? 0;
  if (!Number.isInteger(spacing) || spacing < 0) throw new Error(`spacing ${spacing}: must be a whole number of trading days >= 0`);
  if (flows.dates.length !== flows.flow.length) {
    throw new Error(`flows has ${flows.flow.length} values but ${flows.dates.length} dates: pass flows read by loadFlows`);
  }
  if (!(percentile > 0 && percentile < 100)) throw new Error(`percentile ${percentile}: must be between 0 and 100 (10 = the lowest tenth of rolling flows)`);
  if (flows.flow.length < window) {
    throw new Error(`the flows cover ${flows.flow.length} days: fewer than the ${window}-day window; supply a longer history or a shorter window`);
  }
  const sum = rollingSum(flows.flow, window);
  const threshold = expandingQuantile(sum, percentile / 100, minHistory);
  const signalRows: number[] = [];
  for (const cross of crossings(sum, threshold)) {
    const previous = signalRows[signalRows.length - 1];
    if (cross.direction === "down" && (previous === undefined || cross.index - previous >= spacing)) signalRows.push(cross.index);
  }
  return { dates: flows.dates, rollingSum: sum, threshold, signalRows };
}

/** Options of the flow-signal study. */
export interface FlowSignalStudyOptions extends OutflowSignalOptions {
  /**
   * Trading days from the flow date to the entry close. Issuers publish a day's shares
   * outstanding the next morning, so 1 is the first close a reader could act on; 0 assumes
   * the flow is known at that day's close.
   */
  entryLag: number;
  /** Forward horizons of the event study, e.g. [{ tradingDays: 63 }, { tradingDays: 252 }]. */
  horizons: Horizon[];
  /** Random draws of the baseline (default 10,000) and its seed (default 1). */
  draws?: number;
  seed?: number;
}

/** The flow signal's forward returns on the fund's price, against random entry days. */
export interface FlowSignalStudy {
  signal: OutflowSignal;
  /** Price rows entered on (ascending, unique), and their dates. */
  entries: number[];
  entryDates: string[];
  /** Signals with no entry close in the price data (dated before it starts, or entering after it ends). */
  skipped: number;
  study: EventStudy;
  /**
   * Random entries over the period the signal could fire in (from the first day with a
   * threshold), at the first horizon; null when no entry has a complete horizon yet.
   */
  baseline: Baseline | null;
}

/**
 * Runs the contrarian flow signal through the event engine: the signal days from the flows,
 * entry `entryLag` trading days later on `price` (the close of the last price day on or
 * before the flow date, moved on by the lag), forward returns at each horizon, and the
 * random-entry baseline at the first horizon over the same period.
 *
 * @example
 * const result = flowSignalStudy(loadSeries("IWM").series, loadFlows("data/iwm-shares.csv", iwm), {
 *   window: 65, percentile: 10, minHistory: 252, entryLag: 1, horizons: [{ tradingDays: 63 }, { tradingDays: 252 }],
 * });
 * result.study.horizons[0].summary.mean; // average 63-day return after extreme outflows
 */
export function flowSignalStudy(price: DailySeries, flows: DailyFlows, options: FlowSignalStudyOptions): FlowSignalStudy {
  if (!Number.isInteger(options.entryLag) || options.entryLag < 0) {
    throw new Error(`entryLag ${options.entryLag}: must be a whole number of trading days >= 0`);
  }
  if (options.horizons.length === 0) throw new Error("horizons: empty: pass at least one, e.g. [{ tradingDays: 63 }]");
  const signal = outflowSignal(flows, options);
  // A flow dated before the price data starts has no close to enter after: skip it.
  const rows = signal.signalRows
    .map((i) => upperBound(price.dates, flows.dates[i]) - 1)
    .filter((row) => row >= 0)
    .map((row) => row + options.entryLag);
  const inside = rows.filter((row) => row < price.dates.length);
  const entries = [...new Set(inside)];
  const study = eventStudy(price, entries, { horizons: options.horizons });

  const firstThreshold = signal.threshold.findIndex((t) => !Number.isNaN(t));
  const horizon = options.horizons[0];
  const complete = entries.filter((row) => horizonEndIndex(price.dates, row, horizon) < price.dates.length);
  const from = firstThreshold >= 0 ? flows.dates[firstThreshold] : undefined;
  const baseline =
    complete.length > 0 && from !== undefined
      ? randomEntryBaseline(price, entries, { horizon, from, draws: options.draws, seed: options.seed })
      : null;
  return {
    signal,
    entries,
    entryDates: entries.map((row) => price.dates[row]),
    skipped: signal.signalRows.length - inside.length,
    study,
    baseline,
  };
}
