import type { ClaimSpec } from "../../claims/spec";

/**
 * The claims of *Small Cap Stocks Face a Potential 41% Turnaround* (RealFacts Editorial Team,
 * mid-2024), paraphrased, with the reading each takes by default. Figures and tolerances are
 * the defaults of the notebook's parameters; the claim functions apply the parameters' values.
 */

/** 003-1: the distance below the November 2021 record. */
export const BELOW_PEAK: ClaimSpec = {
  id: "003-1",
  claim: "Small caps remain below their November 2021 peak",
  article: "about 17 below",
  figure: 17,
  unit: "%",
  tolerance: 1,
  reading: "^RUT close on the day before the June 2024 reconstitution against the highest close of November 2021",
};

/** 003-2: small caps ahead of large caps in the late-2023 rally. */
export const LATE_2023_RALLY: ClaimSpec = {
  id: "003-2",
  claim: "Small caps beat the S&P 500 in the rally at the end of the prior year",
  article: "outperformed in late 2023",
  figure: null,
  unit: "% points",
  reading: "lowest close of October 2023 to the last close of 2023: Russell 2000 vs S&P 500 (price) and IWM vs SPY (adjusted)",
};

/** 003-3: IWM's rolling outflows as a contrarian signal. */
export const OUTFLOW_SIGNAL: ClaimSpec = {
  id: "003-3",
  claim: "IWM 65-day rolling net outflows as a contrarian buy signal",
  article: "extreme outflows precede gains",
  figure: null,
  unit: "%",
  reading: "65-day sum of IWM's net flows below the 10th percentile of past sums; IWM's 63-day return after it vs random entry days",
};

/** 003-4: falling Treasury yields and small caps. */
export const FALLING_YIELDS: ClaimSpec = {
  id: "003-4",
  claim: "Falling Treasury yields favour small caps",
  article: "small caps do better when yields fall",
  figure: null,
  unit: "share of readings",
  reading: "the Russell 2000's return minus the S&P 500's against the change in the 10-year yield (DGS10, weekly steps, from 1988); "
    + "the verdict counts the readings (yield series, step, small minus large or alone, start) with a correlation of -0.10 or below",
};

/** 003-5: volume and range on the reconstitution day. */
export const RECONSTITUTION_DAY: ClaimSpec = {
  id: "003-5",
  claim: "The reconstitution day (June 28, 2024) brings volatility and volume",
  article: "higher volume and range",
  figure: null,
  unit: "ratio to normal days",
  reading: "^RUT volume and intraday range on each June reconstitution day against the median of the 20 days before",
};

/** 003-6 (out of sample): the 41% forecast for 2025. */
export const FORECAST_2025: ClaimSpec = {
  id: "003-6",
  claim: "Out of sample: a forecast of a 41% rise in 2025",
  article: "+41",
  figure: 41,
  unit: "%",
  tolerance: 5,
  reading: "Russell 2000 price return over calendar 2025 (last close of 2024 to last close of 2025)",
};

/** The study's claims in order. */
export const claims: readonly ClaimSpec[] = [BELOW_PEAK, LATE_2023_RALLY, OUTFLOW_SIGNAL, FALLING_YIELDS, RECONSTITUTION_DAY, FORECAST_2025];
