/**
 * Study 000: does reclaiming the 200-day average predict a good year for the Russell 2000?
 * The notebook notebooks/000-200-day-reclaim.ipynb calls these functions; `study.run` computes
 * every claim with the same functions, in claims order, for the golden test and the registry.
 */
import type { ClaimResult } from "../../claims/claim";
import { defineStudy } from "../../claims/spec";
import { measureCases, claim3 } from "./cases";
import { ARTICLE, CLAIMS } from "./claims";
import { claim1, measureCurrentEvent } from "./current-event";
import { loadData } from "./data";
import { claim2, measureFall } from "./fall";
import { claim5, measureLongRun } from "./long-run";
import { claim4, measureOneYearAfter } from "./one-year-after";
import { claim6, measureOutOfSample } from "./out-of-sample";
import { DEFAULTS, type ReclaimStudyParams } from "./params";
import { measureSensitivity, sensitivityReadings } from "./sensitivity";

export * from "./cases";
export * from "./claims";
export * from "./current-event";
export * from "./data";
export * from "./event-frame";
export * from "./fall";
export * from "./known-outcomes";
export * from "./long-run";
export * from "./one-year-after";
export * from "./out-of-sample";
export * from "./params";
export * from "./reclaim-outcomes";
export * from "./reclaims";
export * from "./sensitivity";
export * from "./sweep";

/**
 * Every claim of the study, computed from the data cache with these parameters.
 *
 * @example
 * runStudy(DEFAULTS).map((c) => `${c.id} ${c.verdict}`);
 */
export function runStudy(params: ReclaimStudyParams): ClaimResult[] {
  const data = loadData(params);
  const { rut } = data;
  const current = measureCurrentEvent(rut.series, params);
  const cases = measureCases(rut.series, params);
  const readings = sensitivityReadings(measureSensitivity(rut.series, params));
  const longRun = measureLongRun(data, params);
  return [
    claim1(current, params),
    claim2(measureFall(rut.series)),
    claim3(cases, readings, current, params),
    claim4(cases, measureOneYearAfter(rut.series, cases, params), readings, params),
    claim5(longRun),
    claim6(measureOutOfSample(data, current, longRun, params), data),
  ];
}

export const study = defineStudy<ReclaimStudyParams>({ id: "000", slug: "200-day-reclaim", article: ARTICLE, claims: CLAIMS, defaults: DEFAULTS, run: runStudy });
