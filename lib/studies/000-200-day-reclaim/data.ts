import { loadSeries, type LoadedSeries } from "../../data/load";
import { suspectPolicyOf, type ReclaimStudyParams } from "./params";

/** The series study 000 reads: the Russell 2000 price index and the ETF's total return. */
export interface ReclaimStudyData {
  /** ^RUT closes (price index), with the suspect-row policy of the parameters applied. */
  rut: LoadedSeries;
  /** IWM adjusted closes: a total-return proxy from 2000 on. */
  iwm: LoadedSeries;
}

/**
 * Loads the study's series from the data cache (validated; see loadSeries).
 *
 * @example
 * const data = loadData(DEFAULTS);
 * showProvenance([data.rut, data.iwm]);
 */
export function loadData(params: ReclaimStudyParams): ReclaimStudyData {
  return { rut: loadSeries("RUT", { suspectRows: suspectPolicyOf(params) }), iwm: loadSeries("IWM_ADJ") };
}
