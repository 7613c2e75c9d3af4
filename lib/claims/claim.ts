import { formatNumber } from "./format";
import type { ClaimSpec } from "./spec";
import { numericVerdict, statementVerdict, type Holds, type Verdict } from "./verdict";

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
  /** The reading of the article's words taken (the claim spec's default reading). */
  reading: string;
  /** What the figure rests on, anything a reader must know to trust it, and how many readings were tried. */
  note: string;
}

function resultOf(spec: ClaimSpec, study: string): Omit<ClaimResult, "measured" | "verdict" | "note"> {
  return { study, id: spec.id, claim: spec.claim, article: spec.article, unit: spec.unit, reading: spec.reading };
}

/**
 * A numeric claim: the measured figure against the spec's article figure and tolerances.
 * A null or non-finite measurement is "not testable".
 *
 * @example
 * numericResult(spec, 27.9, "peak 2024-11-11 to trough 2025-04-08").verdict; // "confirmed" (28 ± 1)
 */
export function numericResult(spec: ClaimSpec, measured: number | null, note: string, decimals = 1): ClaimResult {
  if (spec.figure === null || spec.tolerance === undefined) {
    throw new Error(`claim ${spec.id} has no numeric figure and tolerance in its spec: use statementResult for a qualitative claim`);
  }
  const verdict = numericVerdict({
    article: spec.figure,
    measured,
    tolerance: spec.tolerance,
    roughTolerance: spec.roughTolerance,
    relative: spec.relative,
    directional: spec.directional,
  });
  const shown = measured === null || !Number.isFinite(measured) ? "n/a" : formatNumber(measured, decimals);
  return { ...resultOf(spec, studyOf(spec)), measured: shown, verdict, note };
}

/**
 * A qualitative claim: what we measured, in words, and how far the statement holds.
 *
 * @example
 * statementResult(spec, "breakdown 2025-02-21, reclaim 2025-06-30", "yes", "closes vs the 200-day SMA");
 */
export function statementResult(spec: ClaimSpec, measured: string, holds: Holds, note: string): ClaimResult {
  return { ...resultOf(spec, studyOf(spec)), measured, verdict: statementVerdict(holds), note };
}

/**
 * A claim the data here cannot test; `missingData` names the data that would.
 *
 * @example
 * untestableResult(spec, "forward earnings estimates for the index constituents").verdict; // "not testable"
 */
export function untestableResult(spec: ClaimSpec, missingData: string, note = ""): ClaimResult {
  const because = `Not testable from the data here: needs ${missingData}.`;
  return { ...resultOf(spec, studyOf(spec)), measured: "n/a", verdict: "not testable", note: note ? `${because} ${note}` : because };
}

function studyOf(spec: ClaimSpec): string {
  return spec.id.slice(0, 3);
}
