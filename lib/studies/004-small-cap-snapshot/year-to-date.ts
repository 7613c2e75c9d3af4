import { statementResult, type ClaimResult } from "../../claims/claim";
import { closestReading, roundingTolerance, type ClosestReading, type ReadingMatch } from "../../claims/closest-reading";
import type { EventMarker, NamedLine } from "../../charts/traces";
import type { Holds } from "../../claims/verdict";
import { yearToDate } from "../../series/calendar";
import { yearToDatePath } from "../../series/year-to-date-path";
import { claimSpec } from "./claims";
import type { StudyData } from "./data";
import { dailyMove } from "./daily-move";
import type { Params } from "./params";

/** The article's year-to-date figures as it writes them, percent: Russell 2000, S&P 500, Nasdaq Composite. */
export const ARTICLE_YTD_TEXT = ["1", "7.8", "9.4"] as const;

/** Short names of the three indexes, in the article's order. */
const SHORT_NAMES = ["R2K", "SPX", "NDQ"] as const;

/**
 * 004-2 holds "partly" when one day reproduces at least this many of the three figures (all
 * three: "yes"): two of three describe the day with one figure off.
 */
export const MIN_FIGURES_FOR_PARTLY = 2;

/**
 * The year-to-date returns of the three indexes on each day around the article, compared with
 * the article's figures at its precision and at a looser tolerance.
 *
 * @example
 * measureYearToDate(data, params).match.best.label; // "2025-07-31"
 */
export interface YearToDate {
  /** The days compared: `ytdDaysBefore` trading days before the article's date to the day after it. */
  days: string[];
  /** At the article's precision (each figure must round to the article's), percent. */
  match: ClosestReading;
  /** Within `ytdLooseTolerance` percentage points for every figure. */
  loose: ClosestReading;
  /** The comparison on the article's date, when it is among the days. */
  onArticleDay?: ReadingMatch;
  /** The days whose Russell 2000 figure rounds to the article's "1". */
  rutOnlyDays: string[];
}

/**
 * Compares the article's three year-to-date figures with each trading day around its date.
 *
 * @example
 * const ytd = measureYearToDate(data, { articleDate: "2025-08-01", ytdDaysBefore: 8, ytdLooseTolerance: 0.5 });
 * ytd.match.best.matches; // 2 of 3 at the article's precision
 */
export function measureYearToDate(data: StudyData, params: Pick<Params, "articleDate" | "ytdDaysBefore" | "ytdLooseTolerance">): YearToDate {
  const rut = data.rut.series;
  const index = dailyMove(rut, params.articleDate).index;
  const days = rut.dates.slice(Math.max(0, index - params.ytdDaysBefore), index + 2);
  const article = ARTICLE_YTD_TEXT.map(Number);
  const readings = days.map((date) => ({ label: date, values: [data.rut, data.spx, data.ixic].map((s) => 100 * yearToDate(s.series, date).value) }));
  const match = closestReading(readings, article, ARTICLE_YTD_TEXT.map(roundingTolerance));
  const loose = closestReading(readings, article, params.ytdLooseTolerance);
  return {
    days,
    match,
    loose,
    onArticleDay: match.rows.find((r) => r.label === params.articleDate),
    rutOnlyDays: match.rows.filter((r) => r.reproduced[0]).map((r) => r.label),
  };
}

/**
 * The table rows: each day's three figures and which of them it reproduces at either tolerance.
 *
 * @example
 * showTable(yearToDateRows(ytd, params), { caption });
 */
export function yearToDateRows(ytd: YearToDate, params: Pick<Params, "articleDate" | "ytdLooseTolerance">): Record<string, number | string>[] {
  return ytd.match.rows.map((r, k) => ({
    day: r.label + (r.label === params.articleDate ? " (article)" : ""),
    "Russell 2000 %": r.values[0],
    "S&P 500 %": r.values[1],
    "Nasdaq Composite %": r.values[2],
    "reproduced at the article's precision": reproducedNames(r.reproduced),
    [`within ${params.ytdLooseTolerance} pp`]: reproducedNames(ytd.loose.rows[k].reproduced),
  }));
}

/**
 * The three indexes' year-to-date paths (fractions, for lineChart with unit "%") over the article's year.
 *
 * @example
 * lineChart(yearToDateLines(data, 2025), { title, caption, yTitle, unit: "%" });
 */
export function yearToDateLines(data: StudyData, year: number): NamedLine[] {
  return [
    { name: "Russell 2000", loaded: data.rut, color: "#1f4e79" },
    { name: "S&P 500", loaded: data.spx, color: "#e08a00" },
    { name: "Nasdaq Composite", loaded: data.ixic, color: "#8250df" },
  ].map((line) => {
    const path = yearToDatePath(line.loaded.series, year);
    return { name: line.name, dates: path.dates, values: path.values, color: line.color };
  });
}

/**
 * The chart's markers: the best day, and the article's date when it differs.
 *
 * @example
 * lineChart(lines, { ..., events: yearToDateEvents(ytd, params) });
 */
export function yearToDateEvents(ytd: YearToDate, params: Pick<Params, "articleDate">): EventMarker[] {
  const best = ytd.match.best;
  const fixed = (values: readonly number[]) => values.map((v) => v.toFixed(1)).join(" / ");
  return [
    { date: best.label, text: `best match: ${fixed(best.values)}` },
    ...(best.label === params.articleDate || !ytd.onArticleDay ? [] : [{ date: params.articleDate, text: `the article's date: ${fixed(ytd.onArticleDay.values)}` }]),
  ];
}

/**
 * The sentence under the chart.
 *
 * @example
 * showMarkdown(yearToDateSummary(ytd, params));
 */
export function yearToDateSummary(ytd: YearToDate, params: Pick<Params, "articleDate" | "ytdLooseTolerance">): string {
  const { best } = ytd.match;
  return `At the article's precision the best day is **${best.label}**, reproducing ${best.matches} of 3 figures (Russell 2000 ${signed(best.values[0])}%, S&P 500 ${signed(best.values[1])}%, Nasdaq ${signed(best.values[2])}%). `
    + (ytd.onArticleDay ? `On the article's date, ${params.articleDate}: ${ytd.onArticleDay.values.map((v) => signed(v) + "%").join(", ")}. ` : "")
    + (ytd.rutOnlyDays.length > 0 ? `The Russell 2000's "about +1%" fits ${ytd.rutOnlyDays.join(", ")} instead. ` : `The Russell 2000's "about +1%" fits no day in this window. `)
    + `Within ${params.ytdLooseTolerance} pp for every figure, the best day is ${ytd.loose.best.label} (${ytd.loose.best.matches} of 3: ${ytd.loose.best.values.map((v) => signed(v)).join(" / ")}).`;
}

/**
 * How far 004-2 holds from the most figures one day reproduces: all three "yes", at least
 * {@link MIN_FIGURES_FOR_PARTLY} "partly", fewer "no".
 *
 * @example
 * yearToDateHolds(2, 3); // "partly"
 */
export function yearToDateHolds(matches: number, figures: number): Holds {
  if (matches === figures) return "yes";
  return matches >= MIN_FIGURES_FOR_PARTLY ? "partly" : "no";
}

/**
 * 004-2: the three year-to-date figures.
 *
 * @example
 * claimYearToDate(ytd, params).verdict; // "roughly"
 */
export function claimYearToDate(ytd: YearToDate, params: Pick<Params, "articleDate" | "ytdLooseTolerance">): ClaimResult {
  const { best } = ytd.match;
  const onDay = ytd.onArticleDay;
  const measured = `${best.label}: ${best.values.map(signed).join(" / ")}` + (onDay && best.label !== params.articleDate ? `; ${params.articleDate}: ${onDay.values.map(signed).join(" / ")}` : "");
  const note = `Price returns from the 2024 closes, at the article's precision (a figure must round to the article's). ${best.label} reproduces ${best.matches} of 3; the Russell 2000 figure ${ytd.rutOnlyDays.length > 0 ? `fits ${ytd.rutOnlyDays.join(", ")} instead` : "fits no day in the window"}, so the three figures do not describe one day. Within ${params.ytdLooseTolerance} pp, ${ytd.loose.best.label} fits ${ytd.loose.best.matches} of 3. Small caps far behind large caps holds on every day shown.`;
  return statementResult(claimSpec("004-2"), measured, yearToDateHolds(best.matches, ARTICLE_YTD_TEXT.length), note);
}

function reproducedNames(flags: readonly boolean[]): string {
  return flags.map((ok, k) => (ok ? SHORT_NAMES[k] : "")).filter(Boolean).join(", ") || "none";
}

/** A percent value with its sign, one decimal ("+7.8", "-0.8"). */
function signed(value: number): string {
  return (value > 0 ? "+" : "") + value.toFixed(1);
}
