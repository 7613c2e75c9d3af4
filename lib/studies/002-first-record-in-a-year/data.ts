import { compareSources, loadSeries, type LoadedSeries, type SourceComparison } from "../../data/load";
import type { Params } from "./params";

/** The series the study reads: the Russell 2000 (from 1987 and from 1978) and two sources of the S&P 500. */
export interface StudyData {
  /** Yahoo ^RUT (extended by the second archive) after the suspect-row policy: the breakout day and the 2020–2021 rise. */
  rut: LoadedSeries;
  /** RUT_LONG: FRED's RU2000PR from 1978-12-29 joined to ^RUT on 1987-09-10 by daily returns: the records since 1980. */
  rutLong: LoadedSeries;
  /** Yahoo ^GSPC, extended by the second archive to 2026-08-21. */
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
 * data.rutLong.provenance.first; // "1978-12-29"
 */
export function loadData(params: Pick<Params, "suspectRows">): StudyData {
  const rut = loadSeries("RUT", { suspectRows: params.suspectRows });
  const rutLong = loadSeries("RUT_LONG", { suspectRows: params.suspectRows });
  const gspc = loadSeries("GSPC");
  const sp500 = loadSeries("SP500");
  return { rut, rutLong, gspc, sp500, sources: compareSources(gspc, sp500) };
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

/**
 * How a composed series was joined, in a few words for notes and captions ("FRED RU2000PR to
 * 1987-09-09 joined to RUT on 1987-09-10 by daily returns"); a plain series gives its origin.
 *
 * @example
 * joinText(loadData(defaults).rutLong); // "RU2000PR joined to RUT on 1987-09-10 by daily returns"
 */
export function joinText(loaded: LoadedSeries): string {
  const compose = loaded.info.compose;
  if (!compose) return loaded.provenance.origin;
  return `${compose.before} joined to ${compose.after} on ${compose.join} by ${compose.method}`;
}
