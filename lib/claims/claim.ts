import { claimDefinition } from "./registry";
import { numericVerdict, statementVerdict, type Holds, type NumericCheck, type Verdict } from "./verdict";

/**
 * One checked claim, in the shape `reports/claims.json` stores (one entry per claim).
 * `article` and `measured` are display strings; the numbers behind them stay in the notebook.
 */
export interface ClaimResult {
  study: string;
  id: string;
  claim: string;
  article: string;
  measured: string;
  unit: string;
  verdict: Verdict;
  /** Which reading of the article was taken, and anything a reader must know to trust the figure. */
  note: string;
}

/** Formats a number the way claims print: fixed decimals, thousands separators. */
export function formatNumber(value: number, decimals = 1): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * Formats a fraction as a signed percent: 0.181 -> "+18.1%".
 *
 * @example
 * formatPercent(-0.2764); // "-27.6%"
 */
export function formatPercent(fraction: number, decimals = 1): string {
  const text = formatNumber(100 * fraction, decimals);
  return `${fraction > 0 ? "+" : ""}${text}%`;
}

/**
 * A numeric claim checked against the registry's article figure.
 *
 * @example
 * numericClaim("000-4", { article: 18.1, measured: 16.9, tolerance: 1.5, directional: true },
 *   "252 trading days after each reclaim; price return");
 */
export function numericClaim(id: string, check: NumericCheck, note: string, decimals = 1): ClaimResult {
  const definition = claimDefinition(id);
  return {
    ...definition,
    measured: check.measured === null ? "n/a" : formatNumber(check.measured, decimals),
    verdict: numericVerdict(check),
    note,
  };
}

/**
 * A qualitative claim: what we measured, in words, and how far the statement holds.
 *
 * @example
 * statementClaim("000-1", "reclaimed 2025-06-27, below since 2025-02-21", "yes", "closes vs 200-day SMA");
 */
export function statementClaim(id: string, measured: string, holds: Holds, note: string): ClaimResult {
  return { ...claimDefinition(id), measured, verdict: statementVerdict(holds), note };
}

/**
 * A claim that public price data cannot test; `missingData` names the data that would test it.
 *
 * @example
 * untestableClaim("004-3", "forward earnings estimates for the index constituents");
 */
export function untestableClaim(id: string, missingData: string, note = ""): ClaimResult {
  const because = `Not testable from the data here: needs ${missingData}.`;
  return { ...claimDefinition(id), measured: "n/a", verdict: "not testable", note: note ? `${because} ${note}` : because };
}
