import { checkCloses } from "../series/checks";
import type { DailySeries } from "../series/daily-series";
import { checkEventIndices } from "./event-study";
import { quantileSorted, summarizeReturns, type ReturnSummary } from "./stats";

/**
 * Choices of the activity comparison.
 *
 * @example
 * const options: ActivityOptions = { lookback: 20 };
 */
export interface ActivityOptions {
  /** Prior trading days whose median is the "normal" level a day is compared with (default 20). */
  lookback?: number;
}

/**
 * Each day's volume and range, raw and as a ratio to the median of the prior days.
 *
 * @example
 * const a: DailyActivity = dailyActivity(iwm); a.volumeRatio[a.volumeRatio.length - 1];
 */
export interface DailyActivity {
  lookback: number;
  /** Volume, NaN where the source has none (a volume of 0 counts as none: an intraday capture). */
  volume: Float64Array;
  /** volume / median volume of the prior `lookback` days. */
  volumeRatio: Float64Array;
  /** The day's range, (high - low) / previous close, as a fraction. */
  range: Float64Array;
  /** range / median range of the prior `lookback` days. */
  rangeRatio: Float64Array;
}

/**
 * Volume and range of every day against the median of the `lookback` days before it (the
 * day itself excluded): 2 means twice the normal activity. A prior window needs at least
 * half its days with a value, and a positive median, else the ratio is NaN; a series
 * without a volume (or high/low) column gets NaN ratios for it.
 *
 * @example
 * const a = dailyActivity(iwm, { lookback: 20 });
 * a.volumeRatio[iwm.dates.indexOf("2025-06-27")]; // e.g. 1.5
 */
export function dailyActivity(series: DailySeries, options: ActivityOptions = {}): DailyActivity {
  const lookback = options.lookback ?? 20;
  if (!Number.isInteger(lookback) || lookback < 1) throw new Error(`lookback ${lookback}: must be a whole number of trading days >= 1`);
  checkCloses(series.close, `${series.id} close`);
  const n = series.close.length;
  const volume = new Float64Array(n).fill(NaN);
  if (series.volume) for (let i = 0; i < n; i++) volume[i] = series.volume[i] > 0 ? series.volume[i] : NaN;
  const range = new Float64Array(n).fill(NaN);
  if (series.high && series.low) {
    for (let i = 1; i < n; i++) range[i] = (series.high[i] - series.low[i]) / series.close[i - 1];
  }
  return { lookback, volume, volumeRatio: ratioToPriorMedian(volume, lookback), range, rangeRatio: ratioToPriorMedian(range, lookback) };
}

function ratioToPriorMedian(values: Float64Array, lookback: number): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const minValid = Math.ceil(lookback / 2);
  for (let i = lookback; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    const prior = values.slice(i - lookback, i).filter((v) => !Number.isNaN(v)).sort();
    if (prior.length < minValid) continue;
    const median = quantileSorted(prior, 0.5);
    if (median > 0) out[i] = values[i] / median;
  }
  return out;
}

/**
 * Rows of the event dates in a series' dates; dates that are not rows (a holiday, outside the
 * data) are listed in `missing` instead of being moved to another day.
 *
 * @example
 * indicesOfDates(rut.dates, juneReconstitutionDays(1989, 2025)); // { indices: [...], missing: [] }
 */
export function indicesOfDates(dates: readonly string[], eventDates: readonly string[]): { indices: number[]; missing: string[] } {
  const rows = new Map(dates.map((date, i) => [date, i]));
  const indices: number[] = [];
  const missing: string[] = [];
  for (const date of eventDates) {
    const i = rows.get(date);
    if (i === undefined) missing.push(date);
    else indices.push(i);
  }
  return { indices: indices.sort((a, b) => a - b), missing };
}

/**
 * Median, mean and 90th percentile of a set of ratios, with how many there were.
 *
 * @example
 * const s: RatioSummary = activityOnDays(iwm, days).ordinary.volumeRatio; s.p90;
 */
export interface RatioSummary {
  n: number;
  median: number;
  mean: number;
  p90: number;
}

/**
 * One event day's activity and where it ranks among ordinary days.
 *
 * @example
 * const [day]: EventDayActivity[] = activityOnDays(iwm, ["2025-06-27"]).events; day.volumePercentile;
 */
export interface EventDayActivity {
  date: string;
  index: number;
  volume: number;
  volumeRatio: number;
  range: number;
  rangeRatio: number;
  /** Percentile 0..100: the percent of ordinary days with a lower volume ratio (ties count half); NaN without a ratio. */
  volumePercentile: number;
  /** Percentile 0..100 of the range ratio among ordinary days, as volumePercentile. */
  rangePercentile: number;
  /** The day's close-to-close return (fraction). */
  dayReturn: number;
}

/**
 * Event days against ordinary days.
 *
 * @example
 * const recon: ActivityComparison = activityOnDays(iwm, juneReconstitutionDays(2004, 2025)); recon.missing; // []
 */
export interface ActivityComparison {
  lookback: number;
  /** One row per event date found in the series, in date order. */
  events: EventDayActivity[];
  /** Event dates that are not rows of the series. */
  missing: string[];
  /** The ratios on the event days. */
  eventSummary: { volumeRatio: RatioSummary; rangeRatio: RatioSummary };
  /** The ratios on every other day with a value: what "normal" looks like. */
  ordinary: { volumeRatio: RatioSummary; rangeRatio: RatioSummary };
}

/**
 * Is activity unusual on given days (index reconstitutions, expiries, ...)? For each event
 * date: volume and range as ratios to the median of the prior `lookback` days (see
 * dailyActivity) and their percentile among all other days; plus summaries of the ratios on
 * event days and on ordinary days. Works for any series with volume and/or high/low.
 *
 * @example
 * const recon = activityOnDays(iwm, juneReconstitutionDays(2001, 2025), { lookback: 20 });
 * recon.eventSummary.volumeRatio.median; // typical reconstitution-day volume vs the prior 20 days
 * recon.ordinary.volumeRatio.p90; // 9 ordinary days in 10 stay below this
 */
export function activityOnDays(series: DailySeries, eventDates: readonly string[], options: ActivityOptions = {}): ActivityComparison {
  const activity = dailyActivity(series, options);
  const { indices, missing } = indicesOfDates(series.dates, eventDates);
  const isEvent = new Set(indices);
  const ordinaryOf = (ratios: Float64Array) =>
    Float64Array.from(ratios.filter((value, i) => !isEvent.has(i) && !Number.isNaN(value))).sort();
  const ordinaryVolume = ordinaryOf(activity.volumeRatio);
  const ordinaryRange = ordinaryOf(activity.rangeRatio);
  const events = indices.map(
    (i): EventDayActivity => ({
      date: series.dates[i],
      index: i,
      volume: activity.volume[i],
      volumeRatio: activity.volumeRatio[i],
      range: activity.range[i],
      rangeRatio: activity.rangeRatio[i],
      volumePercentile: percentileOf(ordinaryVolume, activity.volumeRatio[i]),
      rangePercentile: percentileOf(ordinaryRange, activity.rangeRatio[i]),
      dayReturn: i > 0 ? series.close[i] / series.close[i - 1] - 1 : NaN,
    }),
  );
  const eventRatios = (pick: (e: EventDayActivity) => number) =>
    Float64Array.from(events.map(pick).filter((v) => !Number.isNaN(v))).sort();
  return {
    lookback: activity.lookback,
    events,
    missing,
    eventSummary: { volumeRatio: summarizeRatios(eventRatios((e) => e.volumeRatio)), rangeRatio: summarizeRatios(eventRatios((e) => e.rangeRatio)) },
    ordinary: { volumeRatio: summarizeRatios(ordinaryVolume), rangeRatio: summarizeRatios(ordinaryRange) },
  };
}

/** Percentile 0..100 of `value`: the percent of sorted values below it, ties counting half; NaN for a NaN value or no values. */
function percentileOf(sorted: Float64Array, value: number): number {
  if (Number.isNaN(value) || sorted.length === 0) return NaN;
  let below = 0;
  let ties = 0;
  for (const v of sorted) {
    if (v < value) below++;
    else if (v === value) ties++;
  }
  return (100 * (below + ties / 2)) / sorted.length;
}

function summarizeRatios(sorted: Float64Array): RatioSummary {
  let sum = 0;
  for (const v of sorted) sum += v;
  return { n: sorted.length, median: quantileSorted(sorted, 0.5), mean: sum / sorted.length, p90: quantileSorted(sorted, 0.9) };
}

/**
 * A stretch of trading days around an event, as offsets from the event row: { from: -5, to: 0 }
 * is the week before up to the event day's close, { from: 0, to: 20 } the month after it.
 *
 * @example
 * const weekAfter: ReturnWindow = { from: 0, to: 5 };
 */
export interface ReturnWindow {
  from: number;
  to: number;
}

/**
 * A window's label: "t-5 to t", "t to t+20".
 *
 * @example
 * returnWindowLabel({ from: -5, to: 0 }); // "t-5 to t"
 */
export function returnWindowLabel(window: ReturnWindow): string {
  const at = (offset: number) => (offset === 0 ? "t" : offset > 0 ? `t+${offset}` : `t${offset}`);
  return `${at(window.from)} to ${at(window.to)}`;
}

/**
 * Returns over one window around the events, and over the same window from every day.
 *
 * @example
 * const [after]: WindowReturns[] = returnsAroundDays(rut, rows, [{ from: 0, to: 20 }]); after.eventSummary.mean - after.allDays.mean;
 */
export interface WindowReturns {
  window: ReturnWindow;
  label: string;
  /** Each event's return over the window (events whose window leaves the data are left out). */
  events: { date: string; value: number }[];
  eventSummary: ReturnSummary;
  /** The same window's return from every day where it fits: the unconditional odds. */
  allDays: ReturnSummary;
}

/**
 * Returns around events: for each window, close[i + to] / close[i + from] - 1 for every event
 * row i (skipping events whose window leaves the data), summarised, beside the same window's
 * return over all days, so "the weeks around the reconstitution" are compared with any weeks.
 *
 * @example
 * returnsAroundDays(rut, recon.indices, [{ from: -10, to: 0 }, { from: 0, to: 10 }])[1].eventSummary.mean;
 */
export function returnsAroundDays(series: DailySeries, eventIndices: readonly number[], windows: readonly ReturnWindow[]): WindowReturns[] {
  const { close, dates } = series;
  checkCloses(close, `${series.id} close`);
  checkEventIndices(eventIndices, close.length);
  return windows.map((window) => {
    if (!(Number.isInteger(window.from) && Number.isInteger(window.to) && window.from < window.to)) {
      throw new Error(`return window ${window.from}..${window.to}: need whole offsets with from < to, e.g. { from: -5, to: 0 }`);
    }
    const fits = (i: number) => i + window.from >= 0 && i + window.to < close.length;
    const over = (i: number) => close[i + window.to] / close[i + window.from] - 1;
    const events = eventIndices.filter(fits).map((i) => ({ date: dates[i], value: over(i) }));
    const all: number[] = [];
    for (let i = 0; i < close.length; i++) if (fits(i)) all.push(over(i));
    return {
      window,
      label: returnWindowLabel(window),
      events,
      eventSummary: summarizeReturns(events.map((e) => e.value)),
      allDays: summarizeReturns(all),
    };
  });
}
