export { type EventRule, lookAheadViolations } from "./rule";
export { movingAverageCrossRule, macdCrossRule, recordAfterDroughtRule } from "./rules";
export { type EventOutcome, type HorizonResult, type EventStudy, eventStudy, checkEventIndices } from "./event-study";
export { type ReturnSummary, summarizeReturns, mean, quantileSorted } from "./stats";
export { type Random, mulberry32, randomIndex } from "./rng";
export { type BaselineOptions, type Baseline, randomEntryBaseline } from "./baseline";
export {
  type BootstrapOptions,
  type BootstrapInterval,
  type BlockBootstrapInterval,
  type WindowOutcome,
  bootstrapMeanInterval,
  blockBootstrapMeanInterval,
  overlapBlocks,
  MIN_BOOTSTRAP_SAMPLE,
} from "./bootstrap";
export { type RuleSweep, type RuleSweepField, type RuleSweepGrid, type RuleSweepParams, type SweepRowContext, RULE_SWEEP_FIELDS, ruleSweep, ruleSweepByRow } from "./rule-sweep";
export * from "./reconstitution";
export * from "./reconstitution-activity";
export * from "./outcome-rows";
export * from "./events-vs-random";
export * from "./cross-series";
export * from "./event-outcome-table";
export * from "./outcome-join";
