/**
 * The parameters of study 003, one per line of the notebook's `parameters` cell (same names,
 * same units): dates as YYYY-MM-DD, percentages as the cell writes them (17 = 17%).
 */
export type Parameters = {
  /** The month holding the November 2021 record the article measures from. */
  peakFrom: string;
  peakTo: string;
  /** The window the undated article could have been written in. */
  articleFrom: string;
  articleTo: string;
  /** The article's distance below the peak and the half-width of "about", percent. */
  belowTarget: number;
  belowTolerance: number;
  /** The October 2023 low the late-2023 rally starts from, and the rally's end. */
  rallyLowFrom: string;
  rallyLowTo: string;
  rallyEnd: string;
  /** The summer-2023 reading of the rally, and the rally carried on to September 2024. */
  summerLowFrom: string;
  summerEnd: string;
  september2024: string;
  /** IWM flows CSV (docs/flows-csv.md), relative to the project folder; "" = not supplied. */
  flowsFile: string;
  flowWindow: number;
  flowPercentile: number;
  flowMinHistory: number;
  flowSpacing: number;
  entryLag: number;
  flowHorizonDays: number;
  /** "DGS10" or "TNX". */
  yieldSeries: string;
  stepDays: number;
  ratesFrom: string;
  recentFrom: string;
  corrWindow: number;
  spellThreshold: number;
  reconFromYear: number;
  reconToYear: number;
  reconLookback: number;
  /** The 2025 forecast the article relays, its year and tolerance, percent. */
  forecast: number;
  forecastYear: number;
  forecastTolerance: number;
  /** "keep", "drop" or "replace" ^RUT's suspect rows. */
  suspectRows: string;
  seed: number;
};

/**
 * The notebook's parameters cell, as values (a test checks that the two agree).
 *
 * @example
 * run({ ...defaults, yieldSeries: "TNX" });
 */
export const defaults: Readonly<Parameters> = {
  peakFrom: "2021-11-01",
  peakTo: "2021-11-30",
  articleFrom: "2024-01-01",
  articleTo: "2024-06-27",
  belowTarget: 17,
  belowTolerance: 1,
  rallyLowFrom: "2023-10-01",
  rallyLowTo: "2023-10-31",
  rallyEnd: "2023-12-31",
  summerLowFrom: "2023-05-01",
  summerEnd: "2023-08-31",
  september2024: "2024-08-31",
  flowsFile: "",
  flowWindow: 65,
  flowPercentile: 10,
  flowMinHistory: 252,
  flowSpacing: 63,
  entryLag: 1,
  flowHorizonDays: 63,
  yieldSeries: "DGS10",
  stepDays: 5,
  ratesFrom: "1988-01-01",
  recentFrom: "2022-01-01",
  corrWindow: 52,
  spellThreshold: 0.75,
  reconFromYear: 2004,
  reconToYear: 2025,
  reconLookback: 20,
  forecast: 41,
  forecastYear: 2025,
  forecastTolerance: 5,
  suspectRows: "keep",
  seed: 2024,
};
