import { eventStudy } from "../../events/event-study";
import { eventsVsRandom, type EventsVsRandomRow } from "../../events/events-vs-random";
import type { Baseline } from "../../events/baseline";
import type { DailySeries } from "../../series/daily-series";
import { macd, type Macd } from "../../series/macd";
import { averageCrossings, type AverageCrossing, type AveragePair } from "./average-crossings";
import { macdCrossovers, type MacdCrossover } from "./macd-crossovers";
import type { Parameters } from "./parameters";
import { signalHorizons } from "./signal-history";

/**
 * The four simple-average pairs 001-2 tests: price vs 50- and 200-day, 20 vs 50, 50 vs 200.
 *
 * @example
 * AVERAGE_PAIRS.map(averagePairLabel); // ["price vs 50-day", "price vs 200-day", "20-day vs 50-day", "50-day vs 200-day"]
 */
export const AVERAGE_PAIRS: readonly AveragePair[] = [{ fast: 1, slow: 50 }, { fast: 1, slow: 200 }, { fast: 20, slow: 50 }, { fast: 50, slow: 200 }];

/** The windows of the averages the mid-year chart draws over the closes. */
export const CHARTED_AVERAGES: readonly number[] = [20, 50, 200];

/**
 * The chart signals of 001-2 and 001-3: average crossings and MACD crossovers in the charted
 * period, every bullish crossing row of the whole history, and the MACD lines.
 *
 * @example
 * const s: SignalMeasurement = measureSignals(rut.series, DEFAULTS); s.macdEvents.length;
 */
export interface SignalMeasurement {
  /** Every crossing (both directions) of the AVERAGE_PAIRS, whole history, by date. */
  allCrossings: AverageCrossing[];
  /** The same from zoomFrom to zoomTo. */
  crossings: AverageCrossing[];
  macd: Macd;
  /** Every MACD/signal crossing, whole history. */
  allMacdCrossings: MacdCrossover[];
  /** The same from zoomFrom to zoomTo. */
  macdCrossings: MacdCrossover[];
  /** Rows of every bullish MACD crossover above zero, whole history (the signal 001-3 names). */
  macdEvents: number[];
  /** The first day MACD's signal line exists: random entries for the MACD study start here. */
  macdFrom: string;
}

/**
 * Finds the average crossings and MACD crossovers, from the same lines for the charted period
 * and for the whole history.
 *
 * @example
 * measureSignals(rut.series, DEFAULTS).macdCrossings.filter((c) => c.direction === "up" && c.aboveZero);
 */
export function measureSignals(rut: DailySeries, params: Parameters): SignalMeasurement {
  const lines = macd(rut.close);
  const firstSignal = lines.signal.findIndex((v) => Number.isFinite(v));
  if (firstSignal < 0) throw new Error(`${rut.id}: too few closes (${rut.dates.length}) for a MACD (12, 26, 9) signal line`);
  const charted = <T extends { date: string }>(all: T[]) => all.filter((c) => c.date >= params.zoomFrom && c.date <= params.zoomTo);
  const allCrossings = averageCrossings(rut, AVERAGE_PAIRS);
  const allMacdCrossings = macdCrossovers(rut);
  return {
    allCrossings,
    crossings: charted(allCrossings),
    macd: lines,
    allMacdCrossings,
    macdCrossings: charted(allMacdCrossings),
    macdEvents: bullishAboveZero(allMacdCrossings).map((c) => c.index),
    macdFrom: rut.dates[firstSignal],
  };
}

/**
 * Bullish MACD crossovers above zero as a signal since the first day MACD's signal exists,
 * against random entry days from that day (seeded).
 *
 * @example
 * macdHistory(rut.series, measureSignals(rut.series, DEFAULTS), DEFAULTS).rows[1].percentile;
 */
export function macdHistory(rut: DailySeries, s: SignalMeasurement, params: Parameters): { rows: EventsVsRandomRow[]; baselines: Baseline[] } {
  const study = eventStudy(rut, s.macdEvents, { horizons: signalHorizons(params) });
  return eventsVsRandom(rut, study, { seed: params.seed, from: s.macdFrom });
}

/**
 * The bullish MACD crossovers above zero among the charted period's crossings.
 *
 * @example
 * bullishAboveZero(s.macdCrossings).map((c) => c.date); // ["2025-06-06", "2025-06-26", "2025-08-13"]
 */
export function bullishAboveZero(crossings: readonly MacdCrossover[]): MacdCrossover[] {
  return crossings.filter((c) => c.direction === "up" && c.aboveZero);
}

/**
 * Average crossings as table rows with the direction in words.
 *
 * @example
 * showTable(crossingRows(s.crossings));
 */
export function crossingRows(crossings: readonly AverageCrossing[]): object[] {
  return crossings.map((c) => ({
    date: c.date, pair: c.pair, direction: c.direction === "up" ? "up (bullish)" : "down (bearish)", close: c.close, fast: c.fastLevel, slow: c.slowLevel,
  }));
}

/**
 * MACD crossovers as table rows with the direction in words.
 *
 * @example
 * showTable(macdRows(s.macdCrossings));
 */
export function macdRows(crossings: readonly MacdCrossover[]): object[] {
  return crossings.map((c) => ({
    date: c.date, direction: c.direction === "up" ? "up (bullish)" : "down (bearish)", macd: c.macd, signal: c.signal,
    "MACD above zero": c.aboveZero ? "yes" : "no", close: c.close,
  }));
}
