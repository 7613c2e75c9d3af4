import type { SuspectPolicy } from "../../data/suspect-rows";
import type { Horizon } from "../../series/horizon";
import type { GapUnit } from "./reclaims";

/**
 * The notebook's parameters, by the names of its parameters cell (strings as the cell holds
 * them: the package checks them, so no cell needs a cast).
 *
 * @example
 * const params: ReclaimStudyParams = { ...DEFAULTS, minGap: 63, gapUnit: "trading" };
 */
export interface ReclaimStudyParams {
  [name: string]: number | string;
  /** Moving-average window, trading days. */
  window: number;
  /** Shortest breakdown-to-reclaim gap that counts (the article's "3 months"), in `gapUnit` days. */
  minGap: number;
  /** "calendar" or "trading". */
  gapUnit: string;
  /** First reclaim date counted: "since the financial crisis" = from the March 2009 low. */
  start: string;
  /** Publication date: the out-of-sample period starts after it. */
  articleDate: string;
  /** Forward horizon, trading days (252 = one year). */
  horizonDays: number;
  /** What to do with ^RUT rows that look like intraday captures: "keep", "drop" or "replace". */
  suspectRows: string;
  /** Seed of the random-entry baseline and the bootstrap. */
  seed: number;
}

/** The defaults of the notebook's parameters cell (a test checks that they agree). */
export const DEFAULTS: Readonly<ReclaimStudyParams> = {
  window: 200,
  minGap: 90,
  gapUnit: "calendar",
  start: "2009-03-09",
  articleDate: "2025-07-08",
  horizonDays: 252,
  suspectRows: "keep",
  seed: 2025,
};

/**
 * The gap unit of the parameters, checked.
 *
 * @example
 * gapUnitOf({ ...DEFAULTS, gapUnit: "weeks" }); // Error: gapUnit "weeks": use "calendar" or "trading"
 */
export function gapUnitOf(params: ReclaimStudyParams): GapUnit {
  if (params.gapUnit !== "calendar" && params.gapUnit !== "trading") {
    throw new Error(`gapUnit "${params.gapUnit}": use "calendar" or "trading"`);
  }
  return params.gapUnit;
}

/**
 * The suspect-row policy of the parameters, checked.
 *
 * @example
 * suspectPolicyOf(DEFAULTS); // "keep"
 */
export function suspectPolicyOf(params: ReclaimStudyParams): SuspectPolicy {
  const policy = params.suspectRows;
  if (policy !== "keep" && policy !== "drop" && policy !== "replace") {
    throw new Error(`suspectRows "${policy}": use "keep", "drop" or "replace"`);
  }
  return policy;
}

/**
 * The study's forward horizon: `horizonDays` trading days.
 *
 * @example
 * horizonOf(DEFAULTS); // { tradingDays: 252 }
 */
export function horizonOf(params: ReclaimStudyParams): Horizon {
  return { tradingDays: params.horizonDays };
}
