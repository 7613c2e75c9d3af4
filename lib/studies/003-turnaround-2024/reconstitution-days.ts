import { statementResult, type ClaimResult } from "../../claims/claim";
import type { Holds } from "../../claims/verdict";
import { activityOnDays, type ActivityComparison, type EventDayActivity } from "../../events/reconstitution-activity";
import { juneReconstitutionDay, juneReconstitutionDays } from "../../events/reconstitution";
import { RECONSTITUTION_DAY } from "./claims";
import type { StudyData } from "./data";
import type { Parameters } from "./parameters";

/** The parameters 003-5 reads. */
export type ReconstitutionParameters = Pick<Parameters, "reconFromYear" | "reconToYear" | "reconLookback" | "articleTo">;

/** 003-5's measurements. */
export interface Reconstitution {
  /** The reconstitution the article anticipates (the June after it was written). */
  day: string;
  /** Every June reconstitution day studied. */
  days: string[];
  /** Volume and range on those days against ordinary days, for ^RUT and for IWM. */
  rut: ActivityComparison;
  iwm: ActivityComparison;
  /** ^RUT and IWM on the article's reconstitution day; undefined when it is not studied. */
  dayRut: EventDayActivity | undefined;
  dayIwm: EventDayActivity | undefined;
}

/**
 * The reconstitution day the article looks forward to: June of the year of its last possible day.
 *
 * @example
 * articleReconstitutionDay({ articleTo: "2024-06-27" }); // "2024-06-28"
 */
export function articleReconstitutionDay(params: Pick<Parameters, "articleTo">): string {
  return juneReconstitutionDay(Number(params.articleTo.slice(0, 4)));
}

/**
 * Volume and intraday range on each June reconstitution day from `reconFromYear` to
 * `reconToYear`, as ratios to the prior `reconLookback` days, for ^RUT and IWM.
 *
 * @example
 * measureReconstitution(loadData(defaults), defaults).rut.eventSummary.volumeRatio.median; // 1.47
 */
export function measureReconstitution(data: StudyData, params: ReconstitutionParameters): Reconstitution {
  const days = juneReconstitutionDays(params.reconFromYear, params.reconToYear);
  const options = { lookback: params.reconLookback };
  const rut = activityOnDays(data.rut.series, days, options);
  const iwm = activityOnDays(data.iwm.series, days, options);
  const day = articleReconstitutionDay(params);
  return { day, days, rut, iwm, dayRut: rut.events.find((e) => e.date === day), dayIwm: iwm.events.find((e) => e.date === day) };
}

/**
 * Activity counts as elevated when the reconstitution days' median ratio is above this
 * quantile of ordinary days' ratios (the 90th percentile: a day busier than 9 ordinary days in 10).
 */
export const ELEVATED_QUANTILE = "p90" as const;

/**
 * Whether reconstitution days' activity is elevated on one measure (volume or range).
 *
 * @example
 * isElevated(recon.rut, "volumeRatio"); // true on the snapshot
 */
export function isElevated(a: ActivityComparison, key: "volumeRatio" | "rangeRatio"): boolean {
  return a.eventSummary[key].median > a.ordinary[key][ELEVATED_QUANTILE];
}

/**
 * 003-5: yes when both volume and range are elevated on reconstitution days, partly when one is.
 *
 * @example
 * claimReconstitution(measureReconstitution(data, defaults), defaults).verdict; // "roughly"
 */
export function claimReconstitution(m: Reconstitution, params: ReconstitutionParameters): ClaimResult {
  const { rut, dayRut, day } = m;
  const volumeUp = isElevated(rut, "volumeRatio");
  const rangeUp = isElevated(rut, "rangeRatio");
  const holds: Holds = volumeUp && rangeUp ? "yes" : volumeUp || rangeUp ? "partly" : "no";
  const all = `volume ${rut.eventSummary.volumeRatio.median.toFixed(2)}x, range ${rut.eventSummary.rangeRatio.median.toFixed(2)}x (medians)`;
  const measured = dayRut ? `${day}: volume ${dayRut.volumeRatio.toFixed(2)}x, range ${dayRut.rangeRatio.toFixed(2)}x; all years: ${all}` : all;
  return statementResult(RECONSTITUTION_DAY, measured, holds,
    `^RUT, ${params.reconFromYear}-${params.reconToYear}, ratios to the median of the ${params.reconLookback} prior days; "elevated" = median above ordinary days' 90th percentile. `
    + `Volume: ${volumeUp ? "elevated" : "not elevated"}; range (volatility): ${rangeUp ? "elevated" : "not elevated"}.`);
}
