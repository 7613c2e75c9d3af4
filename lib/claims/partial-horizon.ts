import type { Holds } from "./verdict";

/**
 * Smallest share of a forward horizon that must be in the data before a partial out-of-sample
 * return counts as evidence (docs/verdicts.md, rule 6). Three quarters: the move so far is then
 * most of the horizon's path, so its sign says something; with less, the claim is "not testable".
 *
 * @example
 * 232 / 252 >= PARTIAL_HORIZON_MIN_SHARE; // true: 92% of the year is in the data
 */
export const PARTIAL_HORIZON_MIN_SHARE = 0.75;

/** An out-of-sample "higher after the horizon" outcome as far as the data reach. */
export interface HorizonSoFar {
  /** The return from the event to the horizon's end, or to the data's last day when open (fraction). */
  toDate: number;
  /** Trading days from the event to that day. */
  days: number;
  /** Trading days in the full horizon. */
  horizonDays: number;
  /** Whether the horizon runs past the data's end. */
  open: boolean;
}

/**
 * How far a claim that a series will be higher after a horizon holds. A complete horizon
 * decides it by the return's sign (yes / no). A partial horizon never confirms: from
 * `minShare` of the horizon on, higher so far is "partly" (verdict "roughly") and lower so far
 * is "no"; below `minShare` it is "untestable".
 *
 * @example
 * higherAfterHorizon({ toDate: 0.157, days: 232, horizonDays: 252, open: true }); // "partly"
 * higherAfterHorizon({ toDate: 0.037, days: 111, horizonDays: 252, open: true }); // "untestable"
 */
export function higherAfterHorizon(outcome: HorizonSoFar, minShare = PARTIAL_HORIZON_MIN_SHARE): Holds {
  const { toDate, days, horizonDays, open } = outcome;
  if (!(horizonDays > 0)) throw new Error(`higherAfterHorizon: horizonDays ${horizonDays} must be a number of trading days > 0`);
  if (!(minShare > 0 && minShare <= 1)) throw new Error(`higherAfterHorizon: minShare ${minShare} must be a share in (0, 1]`);
  if (!open) return toDate > 0 ? "yes" : "no";
  if (days / horizonDays < minShare) return "untestable";
  return toDate > 0 ? "partly" : "no";
}
