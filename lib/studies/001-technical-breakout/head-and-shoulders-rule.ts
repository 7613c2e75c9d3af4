import { inverseHeadAndShoulders, type InverseHeadAndShouldersParams } from "../../patterns/inverse-head-and-shoulders";
import type { EventRule } from "../../events/rule";

/**
 * Breakout days of inverse head-and-shoulders patterns (see inverseHeadAndShoulders), as an
 * event rule: ascending, each day once. Causal: swings count only from their confirmation
 * day, so a breakout on row t uses rows 0..t.
 *
 * @example
 * const breakouts = inverseHeadAndShouldersRule({ pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 })(rut);
 * eventStudy(rut, breakouts, { horizons: [{ tradingDays: 63 }] });
 */
export function inverseHeadAndShouldersRule(params: InverseHeadAndShouldersParams): EventRule {
  return (series) => {
    const days = new Set<number>();
    for (const p of inverseHeadAndShoulders(series, params)) if (p.breakoutIndex !== null) days.add(p.breakoutIndex);
    return [...days].sort((a, b) => a - b);
  };
}
