import { checkCloses } from "./checks";
import { lowerBound, upperBound, type DailySeries } from "./daily-series";

/**
 * The highest close so far at each row (the running all-time high).
 *
 * @example
 * runningPeak(Float64Array.of(100, 120, 90, 130)); // [100, 120, 120, 130]
 */
export function runningPeak(close: Float64Array): Float64Array {
  checkCloses(close);
  const out = new Float64Array(close.length);
  let peak = -Infinity;
  for (let i = 0; i < close.length; i++) out[i] = peak = Math.max(peak, close[i]);
  return out;
}

/**
 * How far each close is below the running peak, as a fraction <= 0 (-0.25 = 25% below).
 *
 * @example
 * drawdownSeries(Float64Array.of(100, 120, 90)); // [0, 0, -0.25]
 */
export function drawdownSeries(close: Float64Array): Float64Array {
  const peak = runningPeak(close);
  return peak.map((p, i) => close[i] / p - 1);
}

/** One decline from a running peak until the close exceeds that peak again. */
export interface DrawdownEpisode {
  peakIndex: number;
  troughIndex: number;
  /** First row closing above the peak, or null when not yet recovered. */
  recoveryIndex: number | null;
  /** close[trough] / close[peak] - 1 (negative). */
  depth: number;
}

/**
 * Every decline below a running peak, in date order: from the peak to its lowest close
 * before a new high (strictly above the peak) is set. The last episode may be unrecovered.
 *
 * @example
 * drawdownEpisodes(close).sort((x, y) => x.depth - y.depth).slice(0, 5); // the five largest
 */
export function drawdownEpisodes(close: Float64Array): DrawdownEpisode[] {
  checkCloses(close);
  const out: DrawdownEpisode[] = [];
  let peak = 0;
  let trough = 0;
  for (let i = 1; i <= close.length; i++) {
    if (i === close.length || close[i] > close[peak]) {
      if (trough !== peak) {
        const recoveryIndex = i === close.length ? null : i;
        out.push({ peakIndex: peak, troughIndex: trough, recoveryIndex, depth: close[trough] / close[peak] - 1 });
      }
      peak = trough = i;
    } else if (close[i] < close[trough]) {
      trough = i;
    }
  }
  return out;
}

/** Options for bearMarkets. */
export interface BearMarketOptions {
  /** Fall from the peak that makes a bear market, as a fraction (0.2 = 20%). */
  fall: number;
  /** Rise from the trough that ends it, as a fraction (0.2 = 20%). */
  recovery: number;
  /**
   * Which peak a fall is measured from. "record": the all-time high, and after a bear
   * market ends the next one needs a new all-time high first. "rally": the highest close
   * since the previous bear market ended (the usual bull/bear alternation).
   */
  peak?: "record" | "rally";
}

/** One bear market: a fall of at least `fall` from a peak, and the row that ended it. */
export interface BearMarket {
  peakIndex: number;
  /** First row at least `fall` below the peak. */
  confirmIndex: number;
  /** Lowest close before the end (provisional while the bear market is open). */
  troughIndex: number;
  /**
   * The row that ends it, or null while it is open: the first close `recovery` above the trough
   * (bearMarkets), or the next record close (recordBearMarkets).
   */
  recoveryIndex: number | null;
  /** close[trough] / close[peak] - 1 (negative). */
  decline: number;
}

/**
 * Bear markets and their troughs. The trough is the lowest close before the index
 * recovers `recovery` from it, so it is known only at the recovery: a study of returns
 * "after the trough" uses hindsight by construction (fine for describing history, not a
 * trading rule).
 *
 * @example
 * bearMarkets(close, { fall: 0.2, recovery: 0.2 }).map((b) => series.dates[b.troughIndex]);
 */
export function bearMarkets(close: Float64Array, options: BearMarketOptions): BearMarket[] {
  checkCloses(close);
  if (!(options.fall > 0 && options.fall < 1)) {
    throw new Error(`fall ${options.fall}: must be a fraction between 0 and 1 (0.2 = 20%)`);
  }
  if (!(options.recovery > 0 && Number.isFinite(options.recovery))) {
    throw new Error(`recovery ${options.recovery}: must be a positive fraction (0.2 = 20%)`);
  }
  const mode = options.peak ?? "record";
  const out: BearMarket[] = [];
  let record = 0;
  let peak = 0;
  let armed = true; // whether a fall from `peak` can start a bear market
  let bear: BearMarket | null = null;
  for (let i = 0; i < close.length; i++) {
    if (close[i] > close[record]) record = i;
    if (bear) {
      if (close[i] < close[bear.troughIndex]) bear.troughIndex = i;
      if (close[i] >= close[bear.troughIndex] * (1 + options.recovery)) {
        bear.recoveryIndex = i;
        bear.decline = close[bear.troughIndex] / close[bear.peakIndex] - 1;
        out.push(bear);
        bear = null;
        // "rally": today is the highest close since the trough; "record": wait for a new high.
        peak = i;
        armed = mode === "rally" || record === i;
      }
      continue;
    }
    if (mode === "record" && record === i && !armed) armed = true;
    if (close[i] > close[peak] || (mode === "record" && record === i)) peak = i;
    if (armed && close[i] <= close[peak] * (1 - options.fall)) {
      bear = { peakIndex: peak, confirmIndex: i, troughIndex: i, recoveryIndex: null, decline: 0 };
    }
  }
  if (bear) {
    bear.decline = close[bear.troughIndex] / close[bear.peakIndex] - 1;
    out.push(bear);
  }
  return out;
}

/**
 * Bear markets as market historians date them: a fall of at least `fall` from a record close,
 * ending at the next record close (the first close above that record), with ONE trough each, the
 * lowest close in between, however large the rallies inside it. A fall of exactly `fall` counts.
 * The last bear market may be open (no new record yet): its trough is the low so far and may still
 * be undercut, so callers that need a final date leave it out (its `recoveryIndex` is null).
 *
 * @example
 * // 100 -> 80 (-20%) -> 96 (+20% bounce) -> 70 -> 101 (new record): one bear market, trough 70.
 * recordBearMarkets(Float64Array.of(100, 80, 96, 70, 101), 0.2); // [{ peakIndex: 0, confirmIndex: 1, troughIndex: 3, recoveryIndex: 4, decline: -0.3 }]
 */
export function recordBearMarkets(close: Float64Array, fall: number): BearMarket[] {
  if (!(fall > 0 && fall < 1)) throw new Error(`fall ${fall}: must be a fraction between 0 and 1 (0.2 = 20%)`);
  const out: BearMarket[] = [];
  for (const episode of drawdownEpisodes(close)) {
    // The same product as bearMarkets, so 100 -> 80 is a fall of exactly 20% (80 / 100 - 1 is not).
    const line = close[episode.peakIndex] * (1 - fall);
    if (close[episode.troughIndex] > line) continue;
    let confirmIndex = episode.peakIndex + 1;
    while (close[confirmIndex] > line) confirmIndex++;
    out.push({ peakIndex: episode.peakIndex, confirmIndex, troughIndex: episode.troughIndex, recoveryIndex: episode.recoveryIndex, decline: episode.depth });
  }
  return out;
}

/** The largest peak-to-trough decline inside a date range. */
export interface MaxDrawdown {
  peakIndex: number;
  troughIndex: number;
  peakDate: string;
  troughDate: string;
  /** close[trough] / close[peak] - 1 (<= 0; 0 when the range never fell). */
  drawdown: number;
}

/**
 * The largest fall from a close to a later, lower close, both within [from, to] (ISO dates,
 * inclusive; the trading days inside).
 *
 * @example
 * maxDrawdown(rut, "2024-11-01", "2025-04-30"); // the November 2024 high to the April 2025 low
 */
export function maxDrawdown(series: DailySeries, from: string, to: string): MaxDrawdown {
  const { close, dates } = series;
  const first = lowerBound(dates, from);
  const last = upperBound(dates, to) - 1;
  if (last < first) {
    throw new Error(`date range ${from}..${to}: holds no trading day of ${series.id} (data ${dates[0]}..${dates[dates.length - 1]})`);
  }
  checkCloses(close, `${series.id} close`);
  let peak = first;
  let best = { peakIndex: first, troughIndex: first, drawdown: 0 };
  for (let i = first; i <= last; i++) {
    if (close[i] > close[peak]) peak = i;
    const drawdown = close[i] / close[peak] - 1;
    if (drawdown < best.drawdown) best = { peakIndex: peak, troughIndex: i, drawdown };
  }
  return { ...best, peakDate: dates[best.peakIndex], troughDate: dates[best.troughIndex] };
}
