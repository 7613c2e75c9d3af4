import { formatShare } from "./format";

/** One reading of an article's words (a window, a gap, a start date) and the figure it gives. */
export interface TriedReading {
  label: string;
  /** The figure this reading gives, in the claim's unit; NaN when the reading gives none. */
  value: number;
}

/**
 * How a verdict's default reading sits among every reading tried: how many were tried, how many
 * reproduce the article, and where the default ranks by closeness to the article's figure.
 */
export interface ReadingsTried {
  tried: number;
  /** Readings within `tolerance` of the article's figure. */
  reproducing: number;
  /** reproducing / tried. */
  share: number;
  defaultLabel: string;
  /** 1 = closest to the article; ties share a rank; a reading with no value ranks after all others. */
  defaultRank: number;
}

/**
 * Summarises the readings tried for one claim, so a verdict that rests on choosing among readings
 * says how many there were (docs/verdicts.md: "How many readings were tried").
 *
 * @example
 * readingsTried([{ label: "200/90", value: 7 }, { label: "200/60", value: 8 }, { label: "150/90", value: 11 }], "200/90", 8, 0);
 * // { tried: 3, reproducing: 1, share: 0.333…, defaultLabel: "200/90", defaultRank: 2 }
 */
export function readingsTried(readings: readonly TriedReading[], defaultLabel: string, article: number, tolerance: number): ReadingsTried {
  if (!(tolerance >= 0)) throw new Error(`readingsTried: tolerance ${tolerance} must be a number >= 0`);
  const chosen = readings.find((r) => r.label === defaultLabel);
  if (!chosen) throw new Error(`readingsTried: the default reading '${defaultLabel}' is not among the ${readings.length} readings tried (add it to the grid)`);
  const distance = (r: TriedReading) => (Number.isFinite(r.value) ? Math.abs(r.value - article) : Infinity);
  // A hair of slack so a figure exactly at the tolerance survives floating-point noise.
  const reproducing = readings.filter((r) => distance(r) <= tolerance + 1e-9).length;
  const defaultRank = 1 + readings.filter((r) => distance(r) < distance(chosen)).length;
  return { tried: readings.length, reproducing, share: reproducing / readings.length, defaultLabel, defaultRank };
}

/**
 * The sentence a claim's note carries about the readings tried.
 *
 * @example
 * readingsTriedNote(readingsTried(readings, "200/90", 8, 0), "8 cases");
 * // "3 readings tried; 1 (33%) reproduce the article's 8 cases; the default (200/90) ranks 2 of 3 by closeness."
 */
export function readingsTriedNote(summary: ReadingsTried, articleFigure: string): string {
  const { tried, reproducing, share, defaultLabel, defaultRank } = summary;
  return `${tried} readings tried; ${reproducing} (${formatShare(share)}) reproduce the article's ${articleFigure}; `
    + `the default (${defaultLabel}) ranks ${defaultRank} of ${tried} by closeness.`;
}
