/** The four verdicts of docs/studies.md, in the words the reports print. */
export type Verdict = "confirmed" | "roughly" | "not confirmed" | "not testable";

/** How a numeric article figure is compared with the measured one. */
export interface NumericCheck {
  /** The article's figure, in `unit`. */
  article: number;
  /** Our figure; null when the data cannot give it (the verdict is then "not testable"). */
  measured: number | null;
  /** Largest difference that still counts as confirmed, in `unit` (or a fraction when `relative`). */
  tolerance: number;
  /** Compare |measured - article| / |article| instead of the plain difference. */
  relative?: boolean;
  /**
   * Largest difference that still counts as "roughly" (default: three times `tolerance`).
   * Beyond it the verdict is "not confirmed" unless `directional` holds.
   */
  roughTolerance?: number;
  /** A figure of the right sign but the wrong size is "roughly" (for returns and moves). */
  directional?: boolean;
}

/**
 * Decides a verdict for a numeric claim: within tolerance -> confirmed; within the rough
 * tolerance, or the same sign when `directional` -> roughly; otherwise not confirmed.
 *
 * @example
 * numericVerdict({ article: 18.1, measured: 17.4, tolerance: 1 }); // "confirmed"
 * numericVerdict({ article: 18.1, measured: 9.0, tolerance: 1, directional: true }); // "roughly"
 */
export function numericVerdict(check: NumericCheck): Verdict {
  const { article, measured, tolerance } = check;
  if (measured === null || !Number.isFinite(measured)) return "not testable";
  if (!(tolerance >= 0)) throw new Error(`tolerance ${tolerance}: must be a number >= 0`);
  const scale = check.relative ? Math.abs(article) || 1 : 1;
  const gap = Math.abs(measured - article) / scale;
  if (gap <= tolerance) return "confirmed";
  if (gap <= (check.roughTolerance ?? 3 * tolerance)) return "roughly";
  if (check.directional && Math.sign(measured) === Math.sign(article) && article !== 0) return "roughly";
  return "not confirmed";
}

/** How far a qualitative statement holds in the data. */
export type Holds = "yes" | "partly" | "no" | "untestable";

/**
 * The verdict for a qualitative statement ("closed back above its 200-day average at the end of
 * June"): yes -> confirmed, partly -> roughly, no -> not confirmed, untestable -> not testable.
 *
 * @example
 * statementVerdict("partly"); // "roughly"
 */
export function statementVerdict(holds: Holds): Verdict {
  const verdicts: Record<Holds, Verdict> = {
    yes: "confirmed",
    partly: "roughly",
    no: "not confirmed",
    untestable: "not testable",
  };
  return verdicts[holds];
}

/**
 * How far a claim holds that bundles several checked figures (a level, a move and a date):
 * all confirmed -> yes; any untestable -> untestable; any not confirmed -> no; else partly.
 *
 * @example
 * combinedHolds(["confirmed", "roughly"]); // "partly"
 */
export function combinedHolds(verdicts: readonly Verdict[]): Holds {
  if (verdicts.length === 0) throw new Error("combinedHolds: no verdicts given (pass the verdict of each figure the claim bundles)");
  if (verdicts.every((v) => v === "confirmed")) return "yes";
  if (verdicts.includes("not testable")) return "untestable";
  if (verdicts.includes("not confirmed")) return "no";
  return "partly";
}
