// Generated StudyData for the claim tests: each series only needs its dates and closes.
import type { LoadedSeries } from "../../../lib/data/load";
import type { DailySeries } from "../../../lib/series/daily-series";
import type { StudyData } from "../../../lib/studies/004-small-cap-snapshot/data";

/**
 * A LoadedSeries holding only `series` (the claim functions read nothing else).
 *
 * @example
 * loaded(makeSeries([100, 101]));
 */
export function loaded(series: DailySeries): LoadedSeries {
  return { series } as LoadedSeries;
}

/**
 * StudyData with every series the same unless given.
 *
 * @example
 * studyData(makeSeries(closes), { rtyf: makeSeries(futures) });
 */
export function studyData(rut: DailySeries, others: Partial<Record<keyof StudyData, DailySeries>> = {}): StudyData {
  const pick = (name: keyof StudyData) => loaded(others[name] ?? rut);
  const names = ["rutLong", "spx", "ixic", "rtyf", "valueIndex", "growthIndex", "iwn", "iwo"] as const;
  return { rut: loaded(rut), ...Object.fromEntries(names.map((name) => [name, pick(name)])) } as StudyData;
}
