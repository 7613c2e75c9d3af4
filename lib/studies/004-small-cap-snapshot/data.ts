import { loadSeries, type LoadedSeries } from "../../data/load";
import type { Params } from "./params";

/**
 * The series study 004 reads: the Russell 2000 (^RUT, and its long history from 1978), the
 * S&P 500, the Nasdaq Composite, the E-mini Russell 2000 futures, the Russell 2000 Value and
 * Growth total-return indexes (FRED, 1978 to 2019-01-10, month-end rows until 1993-05) and the
 * iShares Russell 2000 Value and Growth ETFs (adjusted closes, from 2000-07-28).
 *
 * @example
 * const data = loadData(DEFAULTS); data.rutLong.series.dates[0]; // "1978-12-29"
 */
export interface StudyData {
  rut: LoadedSeries;
  rutLong: LoadedSeries;
  spx: LoadedSeries;
  ixic: LoadedSeries;
  rtyf: LoadedSeries;
  valueIndex: LoadedSeries;
  growthIndex: LoadedSeries;
  iwn: LoadedSeries;
  iwo: LoadedSeries;
}

/**
 * Loads every series of the study from the data cache (^RUT and its long history with the
 * `suspectRows` policy).
 *
 * @example
 * showProvenance(Object.values(loadData(params)));
 */
export function loadData(params: Pick<Params, "suspectRows">): StudyData {
  return {
    rut: loadSeries("RUT", { suspectRows: params.suspectRows }),
    rutLong: loadSeries("RUT_LONG", { suspectRows: params.suspectRows }),
    spx: loadSeries("GSPC"),
    ixic: loadSeries("IXIC"),
    rtyf: loadSeries("RTY_F"),
    valueIndex: loadSeries("RU2000VTR"),
    growthIndex: loadSeries("RU2000GTR"),
    iwn: loadSeries("IWN"),
    iwo: loadSeries("IWO"),
  };
}

/**
 * The series the troughs are found on (`troughHistory`).
 *
 * @example
 * troughSeries(data, { troughHistory: "RUT_LONG" }).provenance.first; // "1978-12-29"
 */
export function troughSeries(data: StudyData, params: Pick<Params, "troughHistory">): LoadedSeries {
  if (params.troughHistory === "RUT_LONG") return data.rutLong;
  if (params.troughHistory === "RUT") return data.rut;
  throw new Error(`troughHistory "${String(params.troughHistory)}": use "RUT_LONG" (from 1978) or "RUT" (from 1987)`);
}
