export { type EventRule, lookAheadViolations } from "./rule";
export { movingAverageCrossRule, macdCrossRule, recordAfterDroughtRule } from "./rules";
export {
  type GapUnit,
  type ReclaimParams,
  type ReclaimCandidate,
  type Reclaim,
  reclaimCandidates,
  reclaimsAfterBreakdown,
  reclaimRule,
  averageSpells,
  withinDates,
} from "./reclaims";
export { type EventOutcome, type HorizonResult, type EventStudy, eventStudy, checkEventIndices } from "./event-study";
export { type ReturnSummary, summarizeReturns, mean, quantileSorted } from "./stats";
export { type Random, mulberry32, randomIndex } from "./rng";
export { type BaselineOptions, type Baseline, randomEntryBaseline } from "./baseline";
export { type BootstrapOptions, type BootstrapInterval, bootstrapMeanInterval, MIN_BOOTSTRAP_SAMPLE } from "./bootstrap";
export { type ReclaimSweepParams, type ReclaimSweep, reclaimSweep } from "./sweep";
export * from "./reconstitution";
export * from "./reconstitution-activity";
export * from "./reclaim-outcomes";
export * from "./outcome-rows";
export * from "./events-vs-random";
export * from "./cross-series";
export * from "./event-outcome-table";
export * from "./outcome-join";
