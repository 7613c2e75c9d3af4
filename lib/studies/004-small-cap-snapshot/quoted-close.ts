import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { PointMarkers } from "../../charts/candlestick";
import type { Holds } from "../../claims/verdict";
import { claimSpec } from "./claims";
import type { StudyData } from "./data";
import { dailyMove, daysClosingNear, type DailyMove } from "./daily-move";
import type { Params } from "./params";

/** The article's close of the Russell 2000, index points. */
export const QUOTED_CLOSE = 2211.65;

/** The article's day move, as a fraction (-0.9%, printed with one decimal). */
export const QUOTED_MOVE = -0.009;

/**
 * The article's precision for its move: a move reproduces "-0.9%" when it rounds to it, i.e.
 * lies within half a unit of the last decimal (0.05 percentage points).
 */
export const MOVE_PRECISION = 0.0005;

/**
 * Which trading day the quoted close belongs to, the article's own day, and the days around it.
 *
 * @example
 * measureQuotedClose(data, params).matched?.date; // "2025-07-31"
 */
export interface QuotedClose {
  /** The article's date as a trading day of ^RUT. */
  articleDay: DailyMove;
  /** The last day of the article's year, up to its date, closing within `closeTolerance` of the quote. */
  matched?: DailyMove;
  /** Whether the matched day's move rounds to the article's -0.9%. */
  moveMatches: boolean;
  /** The futures (RTY=F) move on the matched day. */
  futures?: DailyMove;
  /** The trading days shown around the article's date (three before it to the one after). */
  around: DailyMove[];
}

/**
 * Finds the close the article quotes: every close of its year up to its date within
 * `closeTolerance` points of 2,211.65, the latest of them taken.
 *
 * @example
 * const q = measureQuotedClose(data, { articleDate: "2025-08-01", closeTolerance: 0.5 });
 * q.matched?.date; // "2025-07-31": the note reports the previous session
 */
export function measureQuotedClose(data: StudyData, params: Pick<Params, "articleDate" | "closeTolerance">): QuotedClose {
  const rut = data.rut.series;
  const { articleDate } = params;
  const articleDay = dailyMove(rut, articleDate);
  const matches = daysClosingNear(rut, QUOTED_CLOSE, { tolerance: params.closeTolerance, from: `${articleDate.slice(0, 4)}-01-01`, to: articleDate });
  const matched = matches[matches.length - 1];
  const around = rut.dates.slice(Math.max(1, articleDay.index - 3), articleDay.index + 2).map((date) => dailyMove(rut, date));
  return {
    articleDay,
    matched,
    moveMatches: matched !== undefined && moveRoundsToQuote(matched.change),
    futures: matched ? dailyMove(data.rtyf.series, matched.date) : undefined,
    around,
  };
}

/**
 * Whether a day's move (a fraction) rounds to the article's -0.9%, within {@link MOVE_PRECISION}.
 *
 * @example
 * moveRoundsToQuote(-0.0093); // true
 * moveRoundsToQuote(-0.0096); // false
 */
export function moveRoundsToQuote(change: number | null): boolean {
  // A hair of slack so a move exactly at the precision survives floating-point noise.
  return change !== null && Math.abs(change - QUOTED_MOVE) <= MOVE_PRECISION + 1e-12;
}

/**
 * The rows of the table of closes around the article's date.
 *
 * @example
 * showTable(quotedCloseRows(q, params), { percent: ["move from the previous close"] });
 */
export function quotedCloseRows(q: QuotedClose, params: Pick<Params, "closeTolerance">): Record<string, number | string | null>[] {
  return q.around.map((day) => ({
    date: day.date,
    close: day.close,
    "move from the previous close": day.change,
    "within tolerance of 2,211.65": Math.abs(day.close - QUOTED_CLOSE) <= params.closeTolerance ? "yes" : "",
  }));
}

/**
 * The sentence under the table: which day the quote belongs to, and the futures move that day.
 *
 * @example
 * showMarkdown(quotedCloseSummary(q, params));
 */
export function quotedCloseSummary(q: QuotedClose, params: Pick<Params, "articleDate" | "closeTolerance">): string {
  const { matched, articleDay, futures } = q;
  const { articleDate } = params;
  if (!matched) return `No close of ${articleDate.slice(0, 4)} up to ${articleDate} lies within ${params.closeTolerance} points of ${QUOTED_CLOSE}.`;
  return `The quoted close is the close of **${matched.date}** (${matched.close.toFixed(2)}, ${signed(matched.change, 2)} from ${matched.previousDate}). `
    + `On the article's date, ${articleDate}, the index closed at **${articleDay.close.toFixed(2)}**, ${signed(articleDay.change, 2)}. `
    + (futures ? `The headline's futures remark (down about 0.9%) fits the same day: \`RTY=F\` moved ${signed(futures.change, 2)} on ${futures.date}.` : "");
}

/**
 * The candlestick chart's markers: the close matching the quote and the article's date.
 *
 * @example
 * candlestick(zoom, { title, caption, markers: quotedCloseMarkers(q, params) });
 */
export function quotedCloseMarkers(q: QuotedClose, params: Pick<Params, "articleDate">): PointMarkers[] {
  const { matched, articleDay } = q;
  return [
    ...(matched ? [{ name: "close matching the quote", dates: [matched.date], values: [matched.close], text: [`${matched.date}: close ${matched.close.toFixed(2)}, ${signed(matched.change, 2)}`], symbol: "diamond", color: "#1f4e79" }] : []),
    { name: "the article's date", dates: [params.articleDate], values: [articleDay.close], text: [`${params.articleDate}: close ${articleDay.close.toFixed(2)}, ${signed(articleDay.change, 2)}`], symbol: "x", color: "#cf222e" },
  ];
}

/**
 * How far 004-1 holds: "yes" when the article's date closed at the quote with the quoted move,
 * "partly" when another day (the previous session) did, "no" when no day of the year did.
 *
 * @example
 * quotedCloseHolds(q, "2025-08-01"); // "partly"
 */
export function quotedCloseHolds(q: QuotedClose, articleDate: string): Holds {
  if (!q.matched || !q.moveMatches) return "no";
  return q.matched.date === articleDate ? "yes" : "partly";
}

/**
 * 004-1: the close and the day's move.
 *
 * @example
 * claimQuotedClose(measureQuotedClose(data, params), params).verdict; // "roughly"
 */
export function claimQuotedClose(q: QuotedClose, params: Pick<Params, "articleDate" | "closeTolerance">): ClaimResult {
  const { matched, articleDay } = q;
  const { articleDate, closeTolerance } = params;
  const measured = matched
    ? `${matched.close.toFixed(2)}, ${signed(matched.change)} on ${matched.date}` + (matched.date === articleDate ? "" : `; ${articleDate}: ${articleDay.close.toFixed(2)}, ${signed(articleDay.change)}`)
    : `no close near ${QUOTED_CLOSE}`;
  const note = matched && matched.date !== articleDate
    ? `Both figures are exact for ${matched.date}, the previous session: the note was written before ${articleDate}'s close and reports that session as "today". ${articleDate} itself closed ${signed(articleDay.change)}. Closes of ^RUT; a close within ${closeTolerance} points counts.`
    : `Closes of ^RUT; a close within ${closeTolerance} points counts, the move at the article's one-decimal precision.`;
  return statementResult(claimSpec("004-1"), measured, quotedCloseHolds(q, articleDate), note);
}

function signed(change: number | null, decimals = 1): string {
  return formatPercent(change ?? NaN, decimals);
}
