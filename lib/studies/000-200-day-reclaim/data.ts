import { loadSeries, type LoadedSeries } from "../../data/load";
import { suspectPolicyOf, type ReclaimStudyParams } from "./params";

/** The series study 000 reads. */
export interface ReclaimStudyData {
  /** ^RUT closes (price index, from 1987-09-10, extended by the second archive), with the suspect-row policy applied. */
  rut: LoadedSeries;
  /** IWM adjusted closes: a total-return proxy from 2000 on. */
  iwm: LoadedSeries;
  /** The Russell 2000 price index from 1978-12-29 (FRED's RU2000PR chained into ^RUT by daily returns). */
  long: LoadedSeries;
  /** FRED's Russell 2000 price and total-return indexes, 1978-12-29 to 2019-01-10. */
  price: LoadedSeries;
  totalReturn: LoadedSeries;
}

/**
 * Loads the study's series from the data cache (validated; see loadSeries).
 *
 * @example
 * const data = loadData(DEFAULTS);
 * showProvenance([data.rut, data.long]);
 */
export function loadData(params: ReclaimStudyParams): ReclaimStudyData {
  const suspectRows = suspectPolicyOf(params);
  return {
    rut: loadSeries("RUT", { suspectRows }),
    iwm: loadSeries("IWM_ADJ"),
    long: loadSeries("RUT_LONG", { suspectRows }),
    price: loadSeries("RU2000PR"),
    totalReturn: loadSeries("RU2000TR"),
  };
}

/**
 * Every series the study read, for the provenance table.
 *
 * @example
 * showProvenance(allSeries(data));
 */
export function allSeries(data: ReclaimStudyData): LoadedSeries[] {
  return [data.rut, data.long, data.price, data.totalReturn, data.iwm];
}
