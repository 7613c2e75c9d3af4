import { untestableResult, type ClaimResult } from "../../claims/claim";
import { claimSpec } from "./claims";

/**
 * 004-3: forward P/E ratios need earnings estimates, which index prices do not hold.
 *
 * @example
 * claimForwardEarnings().verdict; // "not testable"
 */
export function claimForwardEarnings(): ClaimResult {
  return untestableResult(claimSpec("004-3"),
    "consensus forward (next-twelve-month) earnings estimates for the Russell 2000 and S&P 500 constituents, or the index-level forward P/E that FTSE Russell, S&P Dow Jones Indices or a data vendor (LSEG I/B/E/S, FactSet, Bloomberg) published for 2025-08-01",
    "The article's summary table calls the same figure a trailing P/E, which would need the constituents' reported twelve-month earnings instead; small-cap P/Es also depend on how loss-making companies are treated.");
}

/**
 * 004-8: counting members that rallied after their results needs constituent data.
 *
 * @example
 * claimBreadth().verdict; // "not testable"
 */
export function claimBreadth(): ClaimResult {
  return untestableResult(claimSpec("004-8"),
    "the Russell 2000 membership as of mid-2025 (FTSE Russell constituent list) with each member's daily prices and Q2 2025 earnings-release dates, to count members up 50% or more after their report and to measure breadth (share of members above their averages or rising)",
    "Index and ETF prices say nothing about how many members moved; an equal-weight vs cap-weight comparison (e.g. an equal-weight Russell 2000 series) would be a partial breadth check.");
}
