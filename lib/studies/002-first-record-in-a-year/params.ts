import type { SuspectPolicy } from "../../data/suspect-rows";
import type { Horizon } from "../../series/horizon";

/**
 * The notebook's parameters cell, as the package takes it (names and meanings as in the cell).
 *
 * @example
 * const params: Params = { ...defaults, minDroughtDays: 540 };
 */
export type Params = {
  /** Shortest drought that counts: calendar days from the previous record close ("more than a year" = 366). */
  minDroughtDays: number;
  /** The same in trading days, for the reading that counts a year in trading days (253 = more than 252). */
  minDroughtTradingDays: number;
  /** Count the data's first day as a record. */
  firstDayCounts: boolean;
  /** First breakout date counted. */
  since: string;
  /** The article's week: its breakout is the last record close on or before this day. */
  articleDate: string;
  /** Forward horizon, trading days. */
  horizonDays: number;
  /** Calendar variant of the horizon, years. */
  horizonYears: number;
  /** Shortest minimum drought in the sensitivity table and chart, calendar days. */
  floorDays: number;
  /** 002-2: the window searched for the early-2020 low and the late-2021 high. */
  lowFrom: string;
  lowTo: string;
  highFrom: string;
  highTo: string;
  /** Longest wait, calendar days, for the S&P 500's first trading day on or after a Russell 2000 event. */
  maxLagDays: number;
  /** What to do with ^RUT rows that look like intraday captures. */
  suspectRows: SuspectPolicy;
  /** Random entry sets drawn for the baseline, and its seed. */
  draws: number;
  seed: number;
  /** 002-1: index points within which a level counts as confirmed. */
  levelTolerance: number;
  /** 002-1: percentage points within which the day's move counts as confirmed. */
  moveTolerance: number;
  /** 002-2: percentage points within which "nearly 150%" counts as confirmed. */
  riseTolerance: number;
  /** 002-4: percentage points within which the share of rises counts as confirmed. */
  hitRateTolerance: number;
  /** 002-4: percentage points within which the average one-year return counts as confirmed. */
  meanTolerance: number;
  /** 002-5: years within which "nearly four years" counts as confirmed. */
  yearsTolerance: number;
};

/** The defaults of the notebook's parameters cell (a test checks that they agree). */
export const defaults: Readonly<Params> = {
  minDroughtDays: 366,
  minDroughtTradingDays: 253,
  firstDayCounts: false,
  since: "1980-01-01",
  articleDate: "2025-09-19",
  horizonDays: 252,
  horizonYears: 1,
  floorDays: 180,
  lowFrom: "2020-01-01",
  lowTo: "2020-06-30",
  highFrom: "2021-07-01",
  highTo: "2021-12-31",
  maxLagDays: 7,
  suspectRows: "keep",
  draws: 10000,
  seed: 2025,
  levelTolerance: 1,
  moveTolerance: 0.1,
  riseTolerance: 5,
  hitRateTolerance: 5,
  meanTolerance: 2,
  yearsTolerance: 0.25,
};

/**
 * The study's two forward horizons: `horizonDays` trading days (the main one) and
 * `horizonYears` calendar years.
 *
 * @example
 * horizonsOf(defaults); // [{ tradingDays: 252 }, { calendar: { years: 1 } }]
 */
export function horizonsOf(params: Pick<Params, "horizonDays" | "horizonYears">): Horizon[] {
  return [{ tradingDays: params.horizonDays }, { calendar: { years: params.horizonYears } }];
}
