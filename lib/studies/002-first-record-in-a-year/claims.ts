import type { ClaimSpec } from "../../claims/spec";

/**
 * The claims of *Russell 2000 Breaks Out* (newsletter, September 2025), paraphrased, with the
 * article's figures as numbers and the reading each verdict takes by default.
 */

/** The breakout day as the article gives it: the close, the day's move and the record it beat. */
export const ARTICLE_BREAKOUT = {
  /** Close on the breakout day, index points. */
  close: 2468,
  /** The day's move, as a fraction ("more than 2.5%"). */
  move: 0.025,
  /** The November 2021 record close it passed, index points. */
  oldRecord: 2443,
} as const;

/** The article's count of first records after more than a year without one, from 1980 to before its own. */
export const ARTICLE_COUNT = 11;

/** The S&P 500 after each earlier breakout as the article gives it: higher 10 of 11 times, about 15% on average. */
export const ARTICLE_SP500_AFTER = {
  higher: 10,
  cases: 11,
  /** Average one-year price return, as a fraction. */
  mean: 0.15,
} as const;

export const breakoutClaim: ClaimSpec = {
  id: "002-1",
  claim: "The index rose more than 2.5% to 2,468, above its November 2021 record of 2,443",
  article: "+2.5%, 2,468, 2,443",
  figure: null,
  unit: "index points",
  reading: "the last record close of ^RUT on or before the article's week and the record close before it",
};

export const riseClaim: ClaimSpec = {
  id: "002-2",
  claim: "From early 2020 to late 2021 the index rose nearly 150%",
  article: "about 150",
  figure: 150,
  unit: "%",
  tolerance: 5,
  reading: "lowest close of the first half of 2020 to the highest close of the second half of 2021",
};

export const countClaim: ClaimSpec = {
  id: "002-3",
  claim: "Since 1980, first all-time highs after more than a year without one",
  article: "11",
  figure: ARTICLE_COUNT,
  unit: "occasions",
  tolerance: 0,
  roughTolerance: 2,
  reading: "first closing records after at least 366 calendar days without one on the long history from 1978-12-29 (RUT_LONG), dated from 1980 to the day before the article's breakout",
};

export const sp500AfterClaim: ClaimSpec = {
  id: "002-4",
  claim: "S&P 500 one year after each such record",
  article: "higher 10 of 11 times, about 15 average",
  figure: null,
  unit: "%",
  reading: "S&P 500 price return over 252 trading days after each breakout of 002-3",
};

export const droughtClaim: ClaimSpec = {
  id: "002-5",
  claim: "Nearly four years without a record, November 2021 to September 2025",
  article: "nearly 4",
  figure: 4,
  unit: "years",
  tolerance: 0.25,
  reading: "calendar days from the old record close to the breakout, in years of 365.25 days",
};

export const outOfSampleClaim: ClaimSpec = {
  id: "002-6",
  claim: "Out of sample: the S&P 500 in the year after the September 2025 breakout",
  article: "implied: higher",
  figure: null,
  unit: "%",
  reading: "S&P 500 price return over 252 trading days from the September 2025 breakout; partial from three quarters of the horizon on, never confirming",
};

/** The study's claims in order. */
export const claims: readonly ClaimSpec[] = [breakoutClaim, riseClaim, countClaim, sp500AfterClaim, droughtClaim, outOfSampleClaim];
