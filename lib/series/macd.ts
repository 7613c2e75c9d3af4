import { ema } from "./ema";

/** The three lines of MACD, aligned with the input (NaN before each is defined). */
export interface Macd {
  /** Fast EMA minus slow EMA; defined from row slow-1. */
  macd: Float64Array;
  /** EMA of the MACD line over `signal` rows; defined from row slow+signal-2. */
  signal: Float64Array;
  /** MACD minus signal. */
  histogram: Float64Array;
}

/**
 * Moving average convergence/divergence (Appel): EMA(fast) - EMA(slow) of the closes, its
 * EMA(signal), and their difference. Every EMA is seeded by a simple average, as in
 * technicalindicators with SimpleMAOscillator and SimpleMASignal set to false.
 *
 * @example
 * const { macd: line, signal } = macd(series.close); // 12, 26, 9
 * crossings(line, signal).filter((c) => c.direction === "up" && line[c.index] > 0);
 */
export function macd(close: Float64Array, fast = 12, slow = 26, signal = 9): Macd {
  if (!(fast < slow)) {
    throw new Error(`MACD periods fast ${fast}, slow ${slow}: the fast period must be shorter than the slow one`);
  }
  const fastEma = ema(close, fast);
  const slowEma = ema(close, slow);
  const line = new Float64Array(close.length);
  for (let i = 0; i < close.length; i++) line[i] = fastEma[i] - slowEma[i];
  const signalLine = ema(line, signal);
  const histogram = new Float64Array(close.length);
  for (let i = 0; i < close.length; i++) histogram[i] = line[i] - signalLine[i];
  return { macd: line, signal: signalLine, histogram };
}
