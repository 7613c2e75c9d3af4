import { compareSources, loadSeries, type LoadedSeries, type SourceComparison } from "../../data/load";
import type { Params } from "./params";

/** The series the study reads: the Russell 2000 and two sources of the S&P 500. */
export interface StudyData {
  /** Yahoo ^RUT after the suspect-row policy. */
  rut: LoadedSeries;
  /** Yahoo ^GSPC. */
  gspc: LoadedSeries;
  /** FRED SP500: a second source of the S&P 500 from 2016 on. */
  sp500: LoadedSeries;
  /** How ^GSPC and FRED SP500 agree where they overlap. */
  sources: SourceComparison;
}

/**
 * Loads the study's series from the data cache (`npm run data -- import` fills it).
 *
 * @example
 * const data = loadData(defaults);
 * data.rut.provenance.first; // "1987-09-10"
 */
export function loadData(params: Pick<Params, "suspectRows">): StudyData {
  const rut = loadSeries("RUT", { suspectRows: params.suspectRows });
  const gspc = loadSeries("GSPC");
  const sp500 = loadSeries("SP500");
  return { rut, gspc, sp500, sources: compareSources(gspc, sp500) };
}

/**
 * One sentence on how the two S&P 500 sources agree: the shared span, the largest disagreement
 * and the days only one side has.
 *
 * @example
 * sourcesText(loadData(defaults).sources); // "**^GSPC vs FRED SP500:** 2,459 shared days from 2016-… "
 */
export function sourcesText(sources: SourceComparison): string {
  const worst = sources.largest;
  if (!worst) return "^GSPC and FRED SP500 share no day.";
  return `**^GSPC vs FRED SP500:** ${sources.overlap.toLocaleString("en-US")} shared days from ${sources.from} to ${sources.to}; `
    + `the largest disagreement is **${worst.percent.toFixed(2)}%** on ${worst.date} (${worst.a.toFixed(2)} vs ${worst.b.toFixed(2)}); `
    + `days only one side has: ${sources.onlyInA} and ${sources.onlyInB}.`;
}
