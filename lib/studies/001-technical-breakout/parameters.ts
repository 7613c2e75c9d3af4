/**
 * The study's parameters: the names and defaults of the notebook's `parameters` cell
 * (test/studies/packages.test.ts checks that they agree), so `run(DEFAULTS)` and the notebook
 * compute the same claims.
 *
 * @example
 * const params: Parameters = { ...DEFAULTS, pivotWindow: 8 };
 */
export type Parameters = {
  /** Swing points: a trough (peak) is the lowest (highest) price of this many trading days on each side. */
  pivotWindow: number;
  /** When above 0, swing points come from a percentage zig-zag of this size (fraction) instead. */
  zigzag: number;
  /** "close": swings from closes; "high-low": peaks from highs, troughs from lows. */
  prices: string;
  /** Largest gap between the two shoulders, as a fraction of their average. */
  shoulderTolerance: number;
  /** Largest gap between the neckline's two peaks, as a fraction of the first. */
  maxNecklineTilt: number;
  /** Trading days after the right shoulder within which the breakout must come. */
  maxBreakoutDays: number;
  /** The article's neckline, index points. */
  articleNeckline: number;
  /** Our neckline confirms the article's when within this many index points. */
  necklineTolerance: number;
  /** The year whose patterns and signals the article describes. */
  patternYear: number;
  /** First and last day of the mid-year charts. */
  zoomFrom: string;
  zoomTo: string;
  /** "Recently": a break above the neckline or a signal counts as recent for this many trading days after it. */
  recentDays: number;
  /** "auto" = the window dated from the article's evidence; a YYYY-MM-DD date reads the claims on that one day instead. */
  articleDate: string;
  /** Forward horizon of the signal studies, trading days. */
  horizonDays: number;
  /** "About twice": the band for growth's year-to-date return over value's. */
  ratioLow: number;
  ratioHigh: number;
  /** The growth/value ratio is read only where value is up at least this much (fraction). */
  minValueReturn: number;
  /** Reconstitution: prior trading days whose median is a "normal" day. */
  lookback: number;
  /** First reconstitution year studied. */
  reconFromYear: number;
  /** What to do with ^RUT rows that look like intraday captures: "keep", "drop" or "replace". */
  suspectRows: string;
  /** Seed of the random-entry baselines. */
  seed: number;
};

/**
 * The defaults of the notebook's parameters cell.
 *
 * @example
 * study.run(DEFAULTS);
 */
export const DEFAULTS: Readonly<Parameters> = {
  pivotWindow: 5,
  zigzag: 0,
  prices: "close",
  shoulderTolerance: 0.05,
  maxNecklineTilt: 0.05,
  maxBreakoutDays: 63,
  articleNeckline: 2110,
  necklineTolerance: 30,
  patternYear: 2025,
  zoomFrom: "2025-02-01",
  zoomTo: "2025-08-29",
  recentDays: 21,
  articleDate: "auto",
  horizonDays: 63,
  ratioLow: 1.75,
  ratioHigh: 2.25,
  minValueReturn: 0.005,
  lookback: 20,
  reconFromYear: 2004,
  suspectRows: "keep",
  seed: 2025,
};

/**
 * The first and last day of the parameters' pattern year.
 *
 * @example
 * yearRange({ patternYear: 2025 }); // { from: "2025-01-01", to: "2025-12-31" }
 */
export function yearRange(params: Pick<Parameters, "patternYear">): { from: string; to: string } {
  return { from: `${params.patternYear}-01-01`, to: `${params.patternYear}-12-31` };
}
