import type { ClaimSpec } from "../../claims/spec";

/**
 * The article's six claims, as data: paraphrased, with the figure the article gives and the
 * reading the study takes by default.
 *
 * @example
 * CLAIMS.map((c) => c.id); // ["001-1", …, "001-6"]
 */
export const CLAIMS: readonly ClaimSpec[] = [
  {
    id: "001-1",
    claim: "Breakout above an inverse head-and-shoulders neckline",
    article: "neckline about 2,110",
    figure: 2110,
    unit: "index points",
    tolerance: 30,
    reading: "the detector's (5-day pivots of closes, 5% shoulders, 5% neckline tilt) breakout in the year whose neckline on the breakout day is nearest 2,110",
  },
  {
    id: "001-2",
    claim: "Moving-average crossovers signal upward momentum",
    article: "price vs 50/200-day, 20 vs 50, 50 vs 200",
    figure: null,
    unit: "days of the window",
    reading: "on each day of the article's window (dated from its own evidence), a bullish crossing of any of four simple-average pairs (price vs 50- and 200-day, 20 vs 50, 50 vs 200) in the last 21 trading days; confirmed when that holds on at least half the days",
  },
  {
    id: "001-3",
    claim: "MACD (12, 26, 9) bullish crossover while above zero",
    article: "a bullish crossover above zero",
    figure: null,
    unit: "days of the window",
    reading: "on each day of the article's window (dated from its own evidence), MACD (12, 26, 9) of the closes rose through its signal line while above zero in the last 21 trading days; confirmed when that holds on at least half the days",
  },
  {
    id: "001-4",
    claim: "Russell 2000 growth up about twice as much as value year to date",
    article: "about 2",
    figure: 2,
    unit: "ratio",
    tolerance: 0.25,
    reading: "on each day of the article's window, the growth ETF's (IWO) year-to-date total return over the value ETF's (IWN) within 1.75 to 2.25 (growth merely ahead: partly); confirmed when that holds on at least half the days",
  },
  {
    id: "001-5",
    claim: "The Russell 2000 lagged large caps for much of the year",
    article: "lagged the S&P 500",
    figure: null,
    unit: "share of trading days",
    reading: "on each day of the article's window, the Russell 2000's year-to-date price return was behind the S&P 500's on more than half the trading days from January to that day; confirmed when that holds on at least half the window's days",
  },
  {
    id: "001-6",
    claim: "The June reconstitution brings buying interest and activity",
    article: "higher activity around reconstitution",
    figure: null,
    unit: "volume ratio",
    reading: "reconstitution-day volume over the median of the prior 20 trading days above 1; buying interest from the 20-day return after, against random entry days",
  },
];

/**
 * One of the study's claim specs by id.
 *
 * @example
 * claimSpec("001-1").figure; // 2110
 */
export function claimSpec(id: string): ClaimSpec {
  const spec = CLAIMS.find((c) => c.id === id);
  if (!spec) throw new Error(`study 001 has no claim '${id}' (claims: ${CLAIMS.map((c) => c.id).join(", ")})`);
  return spec;
}
