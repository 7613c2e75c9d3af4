/**
 * Study 001: an undated note on the Russell 2000's mid-2025 technical breakout
 * (notebooks/001-technical-breakout.ipynb). The notebook calls these functions section by
 * section; `study.run` calls the same ones in Node for the golden test and the registry.
 */
import type { ClaimResult } from "../../claims/claim";
import { defineStudy } from "../../claims/spec";
import { articleDating } from "./article-dating";
import { CLAIMS } from "./claims";
import { loadData } from "./data";
import { growthValueClaim, measureGrowthValue } from "./growth-value";
import { lagClaim, measureLag } from "./large-caps";
import { DEFAULTS, type Parameters } from "./parameters";
import { measurePattern, necklineClaim } from "./pattern";
import { measureReconstitution, reconstitutionClaim } from "./reconstitution-claim";
import { crossingsClaim, macdClaim } from "./signal-claims";
import { measureSignals } from "./signals";
import { readWindow, recentReadings } from "./window-readings";

export * from "./article-dating";
export * from "./average-crossings";
export * from "./breakout-outcomes";
export * from "./claims";
export * from "./data";
export * from "./figures";
export * from "./growth-value";
export * from "./head-and-shoulders-rule";
export * from "./head-and-shoulders-sweep";
export * from "./large-caps";
export * from "./macd-crossovers";
export * from "./nearest-breakout";
export * from "./parameters";
export * from "./pattern";
export * from "./pattern-history";
export * from "./reconstitution-claim";
export * from "./signal-claims";
export * from "./signal-history";
export * from "./signal-overlap";
export * from "./signals";
export * from "./window-readings";
export * from "./window-verdict";

/**
 * Every claim of the study with these parameters, in claims order, computed with the
 * functions the notebook calls.
 *
 * @example
 * runStudy(DEFAULTS).map((c) => c.verdict);
 */
export function runStudy(params: Parameters): ClaimResult[] {
  const data = loadData(params);
  const rut = data.rut.series;
  const pattern = measurePattern(rut, params);
  const signals = measureSignals(rut, params);
  const growthValue = measureGrowthValue(data.iwo, data.iwn, params);
  const lag = measureLag(data, params);
  const dating = articleDating(rut, params);
  const inputs = { rut, signals, growthValue, lag };
  const days = readWindow(inputs, dating.rows, params);
  const readings = recentReadings(inputs, params);
  return [
    necklineClaim(rut, pattern, params),
    crossingsClaim(days.crossings, dating, readings, signals, params),
    macdClaim(days.macd, dating, readings, signals, params),
    growthValueClaim(days.growthValue, dating, readings, growthValue, params),
    lagClaim(days.lag, dating, readings, lag, params),
    reconstitutionClaim(measureReconstitution(data, params), params),
  ];
}

/** The study package the registry discovers. */
export const study = defineStudy<Parameters>({
  id: "001",
  slug: "technical-breakout",
  article: { title: "untitled Russell 2000 rally note", publisher: "unknown blog", date: "mid-2025" },
  claims: CLAIMS,
  defaults: DEFAULTS,
  run: runStudy,
});
