import { loadSeries, type LoadedSeries } from "../../data/load";
import type { Params } from "./params";

/**
 * The series study 004 reads: the Russell 2000 (^RUT), the S&P 500, the Nasdaq Composite, the
 * E-mini Russell 2000 futures, and the iShares Russell 2000 Value and Growth ETFs.
 *
 * @example
 * const data = loadData(DEFAULTS); data.rut.series.dates.length;
 */
export interface StudyData {
  rut: LoadedSeries;
  spx: LoadedSeries;
  ixic: LoadedSeries;
  rtyf: LoadedSeries;
  iwn: LoadedSeries;
  iwo: LoadedSeries;
}

/**
 * Loads every series of the study from the data cache (^RUT with the `suspectRows` policy).
 *
 * @example
 * showProvenance(Object.values(loadData(params)));
 */
export function loadData(params: Pick<Params, "suspectRows">): StudyData {
  return {
    rut: loadSeries("RUT", { suspectRows: params.suspectRows }),
    spx: loadSeries("GSPC"),
    ixic: loadSeries("IXIC"),
    rtyf: loadSeries("RTY_F"),
    iwn: loadSeries("IWN"),
    iwo: loadSeries("IWO"),
  };
}
