import { loadSeries, type LoadedSeries } from "../../data/load";
import type { SuspectPolicy } from "../../data/suspect-rows";
import type { Parameters } from "./parameters";

/** Every series study 003 reads, loaded and validated. */
export interface StudyData {
  /** Russell 2000 price index, after the suspect-row policy. */
  rut: LoadedSeries;
  /** S&P 500 price index. */
  gspc: LoadedSeries;
  /** The ETFs (Yahoo closes with dividends folded in), and IWM from a second source. */
  iwm: LoadedSeries;
  spy: LoadedSeries;
  iwmAdj: LoadedSeries;
  /** The 10-year yield chosen by `yieldSeries`, and the other one (DGS10 / TNX). */
  yields: LoadedSeries;
  otherYields: LoadedSeries;
}

const YIELD_SERIES = ["DGS10", "TNX"] as const;
const SUSPECT_POLICIES: readonly SuspectPolicy[] = ["keep", "drop", "replace"];

/**
 * Loads the study's series from the data cache. A yield series or suspect-row policy outside
 * the parameters cell's choices is refused with the choices.
 *
 * @example
 * const data = loadData(defaults);
 * data.rut.series.dates[0]; // "1987-09-10"
 */
export function loadData(params: Pick<Parameters, "yieldSeries" | "suspectRows">): StudyData {
  const { yieldSeries, suspectRows } = params;
  if (!(YIELD_SERIES as readonly string[]).includes(yieldSeries)) {
    throw new Error(`yieldSeries '${yieldSeries}': choose one of ${YIELD_SERIES.join(", ")}`);
  }
  if (!(SUSPECT_POLICIES as readonly string[]).includes(suspectRows)) {
    throw new Error(`suspectRows '${suspectRows}': choose one of ${SUSPECT_POLICIES.join(", ")}`);
  }
  return {
    rut: loadSeries("RUT", { suspectRows: suspectRows as SuspectPolicy }),
    gspc: loadSeries("GSPC"),
    iwm: loadSeries("IWM"),
    spy: loadSeries("SPY"),
    iwmAdj: loadSeries("IWM_ADJ"),
    yields: loadSeries(yieldSeries),
    otherYields: loadSeries(yieldSeries === "DGS10" ? "TNX" : "DGS10"),
  };
}

/**
 * The loaded series in the order the provenance table lists them.
 *
 * @example
 * showProvenance(dataSeries(loadData(defaults)));
 */
export function dataSeries(data: StudyData): LoadedSeries[] {
  return [data.rut, data.gspc, data.iwm, data.spy, data.iwmAdj, data.yields, data.otherYields];
}
