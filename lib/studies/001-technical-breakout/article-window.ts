import { juneReconstitutionDay } from "../../events/reconstitution";
import { upperBound, type DailySeries } from "../../series/daily-series";
import type { Span } from "../../series/spans";
import type { Parameters } from "./parameters";
import { yearRange } from "./parameters";
import type { PatternMeasurement } from "./pattern";
import { signalOverlap, type SignalCondition, type SignalOverlap } from "./signal-overlap";
import type { SignalMeasurement } from "./signals";

/**
 * The window in which the undated article's statements all hold, and the day the
 * year-to-date claims are read on.
 *
 * @example
 * const w: ArticleWindow = articleWindow(rut.series, pattern, signals, DEFAULTS); w.readOn; // "2025-07-09"
 */
export interface ArticleWindow {
  reconDay: string;
  fit: SignalOverlap;
  /** The stretches of the pattern year on which every statement holds. */
  yearSpans: Span[];
  span: Span | null;
  /** The day the year-to-date claims are read on. */
  readOn: string;
  /** First and last day in which the signals are looked for. */
  from: string;
  to: string;
}

/**
 * The article's statements as conditions on each day, a signal counting as recent for
 * `within` trading days.
 *
 * @example
 * signalOverlap(rut.dates, articleConditions(rut.series, pattern, signals, DEFAULTS, 21));
 */
export function articleConditions(rut: DailySeries, m: PatternMeasurement, s: SignalMeasurement, params: Parameters, within: number): SignalCondition[] {
  const reconDay = juneReconstitutionDay(params.patternYear);
  return [
    { name: `neckline breakout in the last ${within} days`, events: m.breakout ? [m.breakout.index] : [], withinDays: within },
    { name: `bullish average crossing in the last ${within} days`, events: s.bullishRows, withinDays: within },
    { name: `MACD bullish cross above zero in the last ${within} days`, events: s.macdEvents, withinDays: within },
    { name: `after the reconstitution of ${reconDay}`, holds: rut.dates.map((d) => d > reconDay) },
  ];
}

/**
 * Dates the article from the days on which all its statements hold.
 *
 * @example
 * articleWindow(rut.series, pattern, signals, DEFAULTS).span?.startDate;
 */
export function articleWindow(rut: DailySeries, m: PatternMeasurement, s: SignalMeasurement, params: Parameters): ArticleWindow {
  const { from: yearFrom, to: yearTo } = yearRange(params);
  const fit = signalOverlap(rut.dates, articleConditions(rut, m, s, params, params.recentDays));
  const yearSpans = fit.spans.filter((span) => span.startDate >= yearFrom && span.startDate <= yearTo);
  const span = yearSpans.length > 0 ? yearSpans[0] : null;
  const fallback = rut.dates[upperBound(rut.dates, params.zoomTo) - 1];
  const readOn = params.articleDate !== "auto" ? params.articleDate : span ? span.endDate : fallback;
  return {
    reconDay: juneReconstitutionDay(params.patternYear),
    fit,
    yearSpans,
    span,
    readOn,
    from: span ? rut.dates[Math.max(0, span.start - params.recentDays)] : params.zoomFrom,
    to: span ? span.endDate : params.zoomTo,
  };
}

/** The meanings of "recent" (trading days) the dating table tries. */
export const RECENT_READINGS: readonly number[] = [10, 15, 21, 30, 42];

/**
 * The article's window in the pattern year for each meaning of "recent" in RECENT_READINGS.
 *
 * @example
 * showTable(recentReadingRows(rut.series, pattern, signals, DEFAULTS));
 */
export function recentReadingRows(rut: DailySeries, m: PatternMeasurement, s: SignalMeasurement, params: Parameters): object[] {
  const { from, to } = yearRange(params);
  return RECENT_READINGS.map((within) => ({
    "recent = within (trading days)": within,
    "days when all hold": signalOverlap(rut.dates, articleConditions(rut, m, s, params, within)).spans
      .filter((span) => span.startDate >= from && span.startDate <= to)
      .map((span) => `${span.startDate} to ${span.endDate}`).join("; ") || "none",
  }));
}

/**
 * The window in a sentence, and the day the year-to-date claims are read on.
 *
 * @example
 * showMarkdown(windowSummary(window, DEFAULTS));
 */
export function windowSummary(w: ArticleWindow, params: Parameters): string {
  if (!w.span) {
    return `With "recent" = ${params.recentDays} trading days the statements never hold together in ${params.patternYear}; the year-to-date claims are read on ${w.readOn}.`;
  }
  const more = w.yearSpans.length > 1 ? ` (and again ${w.yearSpans.slice(1).map((s) => `${s.startDate} to ${s.endDate}`).join(", ")})` : "";
  const how = params.articleDate === "auto" ? ", the window's last day" : " (set by the articleDate parameter)";
  return `With "recent" = ${params.recentDays} trading days, the statements all hold from **${w.span.startDate} to ${w.span.endDate}**${more}. `
    + `The year-to-date claims below are read on **${w.readOn}**${how}.`;
}
