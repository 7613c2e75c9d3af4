/**
 * Study 003: *Small Cap Stocks Face a Potential 41% Turnaround* (RealFacts Editorial Team,
 * mid-2024). The notebook notebooks/003-turnaround-2024.ipynb imports this package
 * (`import * as s003 from "../dist/lib/studies/003-turnaround-2024"`) and calls the same
 * functions `run` calls: loadData -> measureX -> claimX, one pair per section.
 */
import type { ClaimResult } from "../../claims/claim";
import { defineStudy } from "../../claims/spec";
import { claimBelowPeak, measureBelowPeak } from "./below-peak";
import { claims } from "./claims";
import { loadData } from "./data";
import { claimFlows, measureFlows } from "./flows";
import { claimForecast, measureForecast } from "./forecast";
import { defaults, type Parameters } from "./parameters";
import { claimRally, measureRally } from "./rally";
import { claimReconstitution, measureReconstitution } from "./reconstitution-days";
import { claimYields, measureYields } from "./yields";

export * from "./below-peak";
export * from "./below-peak-views";
export * from "./claims";
export * from "./context-view";
export * from "./data";
export * from "./flow-signal";
export * from "./flows";
export * from "./flows-views";
export * from "./forecast";
export * from "./forecast-views";
export * from "./parameters";
export * from "./rally";
export * from "./rally-views";
export * from "./reconstitution-days";
export * from "./reconstitution-views";
export * from "./table";
export * from "./yield-regimes";
export * from "./yield-steps";
export * from "./yields";
export * from "./yields-views";

/**
 * Every claim of study 003 with these parameters, computed from the data cache.
 *
 * @example
 * run(defaults).map((c) => `${c.id} ${c.verdict}`);
 */
export function run(params: Parameters): ClaimResult[] {
  const data = loadData(params);
  return [
    claimBelowPeak(measureBelowPeak(data, params), params),
    claimRally(measureRally(data, params), params),
    claimFlows(measureFlows(data, params), params),
    claimYields(measureYields(data, params), params),
    claimReconstitution(measureReconstitution(data, params), params),
    claimForecast(measureForecast(data, params), params),
  ];
}

export const study = defineStudy<Parameters>({
  id: "003",
  slug: "turnaround-2024",
  article: { title: "Small Cap Stocks Face a Potential 41% Turnaround (short title; ../shared/seeds/003_*)", publisher: "RealFacts Editorial Team", date: "mid-2024" },
  claims,
  defaults,
  run,
});
