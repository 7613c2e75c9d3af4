import { juneReconstitutionDay } from "../../events/reconstitution";
import { crossings } from "../../series/crossings";
import { dayNumber } from "../../series/dates";
import { upperBound, type DailySeries } from "../../series/daily-series";
import type { Span } from "../../series/spans";
import type { Parameters } from "./parameters";
import { signalOverlap, type SignalCondition, type SignalOverlap } from "./signal-overlap";

/**
 * The note is undated. It is dated here from what it says that the tested signals (001-2 to
 * 001-5) do not: the June reconstitution is past ("In June's reconstitution…", past tense),
 * summer is still unfolding, and the index has recently broken above the neckline it quotes
 * (about 2,110). Its growth/value and large-cap statements are claims under test, so they are
 * not used to date it.
 */

/**
 * The last day of summer (month-day): the September equinox falls on the 22nd or 23rd, and the
 * earlier of the two is taken so that no autumn day counts.
 *
 * @example
 * `${2025}-${SUMMER_END}`; // "2025-09-22"
 */
export const SUMMER_END = "09-22";

/**
 * What the article says that dates it, as conditions on a day.
 *
 * @example
 * const evidence: DatingEvidence = { after: "2025-06-27", to: "2025-09-22", level: 2110, recentDays: 21 };
 */
export interface DatingEvidence {
  /** The reconstitution day: the article's date is after it. */
  after: string;
  /** The end of summer: the article's date is on or before it. */
  to: string;
  /** The quoted neckline (index points): the close is above it… */
  level: number;
  /** …and the last close that broke above it is at most this many trading days old. */
  recentDays: number;
}

/**
 * The dating evidence for the parameters' year: after its June reconstitution, up to the end of
 * its summer, the close above `articleNeckline` broken in the last `recentDays` trading days.
 *
 * @example
 * datingEvidence(DEFAULTS); // { after: "2025-06-27", to: "2025-09-22", level: 2110, recentDays: 21 }
 */
export function datingEvidence(params: Pick<Parameters, "patternYear" | "articleNeckline" | "recentDays">): DatingEvidence {
  return {
    after: juneReconstitutionDay(params.patternYear),
    to: `${params.patternYear}-${SUMMER_END}`,
    level: params.articleNeckline,
    recentDays: params.recentDays,
  };
}

/**
 * The article's window: the days on which every piece of dating evidence holds, each
 * condition's row mask (for the timeline), and where the window came from.
 *
 * @example
 * const d: ArticleDating = articleDating(rut.series, DEFAULTS); d.dates[0]; // "2025-06-30"
 */
export interface ArticleDating {
  evidence: DatingEvidence;
  fit: SignalOverlap;
  /** Rows of the window, ascending: each is one candidate date of the article. */
  rows: number[];
  dates: string[];
  /** The window's stretches of consecutive trading days. */
  spans: Span[];
  /** Rows on which the close broke above the level (crossed it from at or below). */
  breaks: number[];
  /** "evidence": dated by the rule; "articleDate": one day set by the parameter. */
  source: "evidence" | "articleDate";
}

/**
 * The dating evidence as conditions on every row of a series: after the reconstitution, not
 * after the end of summer, the close above the level, a break above the level recently.
 *
 * @example
 * signalOverlap(rut.dates, datingConditions(rut, datingEvidence(DEFAULTS))).spans;
 */
export function datingConditions(series: DailySeries, evidence: DatingEvidence): SignalCondition[] {
  const { after, to, level, recentDays } = evidence;
  const levelText = level.toLocaleString("en-US");
  const breaks = levelBreaks(series, level);
  return [
    { name: `after the June reconstitution (${after})`, holds: series.dates.map((d) => d > after) },
    { name: `summer not over (to ${to})`, holds: series.dates.map((d) => d <= to) },
    { name: `close above ${levelText}`, holds: Array.from(series.close, (c) => c > level) },
    { name: `broke above ${levelText} in the last ${recentDays} trading days`, events: breaks, withinDays: recentDays },
  ];
}

/**
 * The rows on which the close broke above a level: above it, after a close at or below it.
 *
 * @example
 * levelBreaks(makeSeries([2100, 2120, 2105, 2130]), 2110); // [1, 3]
 */
export function levelBreaks(series: DailySeries, level: number): number[] {
  return crossings(series.close, level).filter((c) => c.direction === "up").map((c) => c.index);
}

/**
 * Dates the article: every row on which all the dating conditions hold.
 *
 * @example
 * dateArticle(rut.series, datingEvidence(DEFAULTS)).dates; // ["2025-06-30", …]
 */
export function dateArticle(series: DailySeries, evidence: DatingEvidence): ArticleDating {
  const fit = signalOverlap(series.dates, datingConditions(series, evidence));
  const rows = fit.spans.flatMap((span) => Array.from({ length: span.tradingDays }, (_, k) => span.start + k));
  const breaks = levelBreaks(series, evidence.level);
  return { evidence, fit, rows, dates: rows.map((row) => series.dates[row]), spans: fit.spans, breaks, source: "evidence" };
}

/**
 * The article's window for the parameters: dated from the evidence when `articleDate` is
 * "auto", else the one trading day on or before `articleDate`.
 *
 * @example
 * articleDating(rut.series, { ...DEFAULTS, articleDate: "2025-07-09" }).dates; // ["2025-07-09"]
 */
export function articleDating(series: DailySeries, params: Parameters): ArticleDating {
  const dated = dateArticle(series, datingEvidence(params));
  if (params.articleDate === "auto") return dated;
  checkArticleDate(params.articleDate);
  const row = upperBound(series.dates, params.articleDate) - 1;
  if (row < 0) throw new Error(`articleDate ${params.articleDate} is before ${series.id}'s first day (${series.dates[0]})`);
  const date = series.dates[row];
  return { ...dated, rows: [row], dates: [date], spans: [{ start: row, end: row, startDate: date, endDate: date, tradingDays: 1 }], source: "articleDate" };
}

function checkArticleDate(date: string): void {
  try {
    dayNumber(date);
  } catch {
    throw new Error(`articleDate '${date}': use "auto" (date the article from its evidence) or a calendar date written YYYY-MM-DD, e.g. "2025-07-09"`);
  }
}

/**
 * The window in words: its days and stretches.
 *
 * @example
 * windowText(d); // "17 trading days, 2025-06-30 to 2025-07-23"
 */
export function windowText(d: ArticleDating): string {
  if (d.rows.length === 0) return "no day";
  const spans = d.spans.map((s) => (s.startDate === s.endDate ? s.startDate : `${s.startDate} to ${s.endDate}`)).join(", ");
  return `${d.rows.length} trading day${d.rows.length === 1 ? "" : "s"}, ${spans}`;
}

/**
 * The sentence every window claim's note starts with: how the article was dated.
 *
 * @example
 * datingNote(d); // "Article dated from evidence the tested signals do not supply (…): 17 trading days, 2025-06-30 to 2025-07-23."
 */
export function datingNote(d: ArticleDating): string {
  if (d.source === "articleDate") return `Read on ${d.dates[0]}, set by the articleDate parameter (the evidence dates the article to other days).`;
  const { after, to, level, recentDays } = d.evidence;
  return `Article dated from evidence the tested signals do not supply (after the June reconstitution of ${after}, summer not over by `
    + `${to}, the close above the quoted ${level.toLocaleString("en-US")} neckline after a break above it in the last ${recentDays} `
    + `trading days): ${windowText(d)}.`;
}

/**
 * The paragraph under the dating timeline: the window and what bounds it.
 *
 * @example
 * showMarkdown(datingSummary(rut.series, d));
 */
export function datingSummary(series: DailySeries, d: ArticleDating): string {
  const { after, level, recentDays } = d.evidence;
  const levelText = level.toLocaleString("en-US");
  if (d.source === "articleDate") return `The claims below are read on **${d.dates[0]}**, set by the \`articleDate\` parameter.`;
  if (d.rows.length === 0) {
    return `No day fits all the evidence with these parameters (no close above ${levelText} within ${recentDays} trading days of a break above it, `
      + `after ${after} and in summer): the window claims are not testable. Try a longer \`recentDays\`.`;
  }
  const last = d.rows[d.rows.length - 1];
  const lastBreak = d.breaks.filter((row) => row <= last).pop() as number;
  return `The evidence dates the note to **${windowText(d)}**: after the reconstitution of ${after}, and within ${recentDays} trading `
    + `days of the index's latest break above ${levelText} (${series.dates[lastBreak]}, close ${series.close[lastBreak].toFixed(2)}). `
    + `Each of these days is a candidate date: the claims 001-2 to 001-5 are read on every one of them.`;
}
