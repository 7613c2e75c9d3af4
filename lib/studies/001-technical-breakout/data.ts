import { loadSeries, type LoadedSeries } from "../../data/load";
import type { SuspectPolicy } from "../../data/suspect-rows";
import type { Parameters } from "./parameters";

/**
 * The series the study reads: the Russell 2000 price index, its ETF (IWM) for volume, the
 * growth and value ETFs (IWO, IWN: adjusted closes, so total returns of ETFs), and the S&P 500
 * and Nasdaq Composite price indexes.
 *
 * @example
 * const { rut, iwo, iwn } = loadData(DEFAULTS);
 */
export interface StudyData {
  rut: LoadedSeries;
  iwm: LoadedSeries;
  iwo: LoadedSeries;
  iwn: LoadedSeries;
  spx: LoadedSeries;
  nasdaq: LoadedSeries;
}

const SUSPECT_POLICIES: readonly SuspectPolicy[] = ["keep", "drop", "replace"];

/**
 * Loads (and validates) every series of the study from the data cache.
 *
 * @example
 * const data = loadData({ suspectRows: "keep" });
 * showProvenance(loadedList(data));
 */
export function loadData(params: Pick<Parameters, "suspectRows">): StudyData {
  const policy = params.suspectRows as SuspectPolicy;
  if (!SUSPECT_POLICIES.includes(policy)) {
    throw new Error(`suspectRows '${params.suspectRows}': use one of ${SUSPECT_POLICIES.map((p) => `"${p}"`).join(", ")}`);
  }
  return {
    rut: loadSeries("RUT", { suspectRows: policy }),
    iwm: loadSeries("IWM"),
    iwo: loadSeries("IWO"),
    iwn: loadSeries("IWN"),
    spx: loadSeries("GSPC"),
    nasdaq: loadSeries("IXIC"),
  };
}

/**
 * The loaded series in the order the provenance table lists them.
 *
 * @example
 * showProvenance(loadedList(data));
 */
export function loadedList(data: StudyData): LoadedSeries[] {
  return [data.rut, data.iwm, data.iwo, data.iwn, data.spx, data.nasdaq];
}
