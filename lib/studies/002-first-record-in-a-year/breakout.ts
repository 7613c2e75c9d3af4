import { statementResult, numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import { combinedHolds, numericVerdict, type Verdict } from "../../claims/verdict";
import type { DailySeries } from "../../series/daily-series";
import { ARTICLE_BREAKOUT, breakoutClaim, droughtClaim } from "./claims";
import type { Params } from "./params";
import { recordBreakouts, type RecordBreakout } from "./record-breakouts";

/**
 * The article's breakout: the last record close on or before `articleDate`, with no minimum
 * drought (so it does not depend on `minDroughtDays`). Throws when the data hold no record
 * close by then.
 *
 * @example
 * findBreakout(rut, defaults); // { date: "2025-09-18", close: 2467.70, previousDate: "2021-11-08", ... }
 */
export function findBreakout(series: DailySeries, params: Pick<Params, "firstDayCounts" | "articleDate">): RecordBreakout {
  const recent = recordBreakouts(series, { minDays: 0, firstDayCounts: params.firstDayCounts, to: params.articleDate });
  const breakout = recent[recent.length - 1];
  if (!breakout) throw new Error(`002-1: no record close on or before ${params.articleDate} in ${series.id}: choose an articleDate inside the data`);
  return breakout;
}

/** One of the article's figures for the breakout day against ours. */
export interface BreakoutCheck {
  figure: string;
  article: number;
  measured: number;
  tolerance: number;
  verdict: Verdict;
}

/**
 * The breakout's close, move (in percent) and old record against the article's figures, each
 * with its tolerance and verdict: the rows of the 002-1 table.
 *
 * @example
 * breakoutChecks(breakout, defaults).map((c) => c.verdict); // ["confirmed", "confirmed", "confirmed"]
 */
export function breakoutChecks(breakout: RecordBreakout, params: Pick<Params, "levelTolerance" | "moveTolerance">): BreakoutCheck[] {
  const rows = [
    { figure: "close on the breakout day (points)", article: ARTICLE_BREAKOUT.close, measured: breakout.close, tolerance: params.levelTolerance },
    { figure: "move on the day (%)", article: 100 * ARTICLE_BREAKOUT.move, measured: 100 * breakout.dayChange, tolerance: params.moveTolerance },
    { figure: "the old record (points)", article: ARTICLE_BREAKOUT.oldRecord, measured: breakout.previousClose, tolerance: params.levelTolerance },
  ];
  return rows.map((row) => ({ ...row, verdict: numericVerdict(row) }));
}

/**
 * 002-1: the breakout's level, move and old record, confirmed when all three are within their
 * tolerances (`levelTolerance` points, `moveTolerance` percentage points).
 *
 * @example
 * claimBreakout(breakout, defaults).verdict; // "confirmed"
 */
export function claimBreakout(breakout: RecordBreakout, params: Pick<Params, "levelTolerance" | "moveTolerance" | "articleDate">): ClaimResult {
  const checks = breakoutChecks(breakout, params);
  const above = breakout.dayChange > ARTICLE_BREAKOUT.move ? "above" : "not above";
  return statementResult(
    breakoutClaim,
    `${formatPercent(breakout.dayChange, 2)} to ${breakout.close.toFixed(2)} on ${breakout.date}; old record ${breakout.previousClose.toFixed(2)} on ${breakout.previousDate}`,
    combinedHolds(checks.map((c) => c.verdict)),
    `Closing prices of ^RUT. Levels within ${params.levelTolerance} point and the move within ${params.moveTolerance} percentage point count as confirmed; `
      + `the move is ${(100 * breakout.dayChange).toFixed(3)}%, ${above} the article's "more than 2.5%". `
      + `The breakout is the last record close on or before ${params.articleDate}; the zero-volume rows of August–September 2025 are all below the old record, so the suspect-row policy cannot move it.`,
  );
}

/**
 * Where the breakout's drought ranks by length among the droughts given (1 = longest).
 *
 * @example
 * droughtRank(breakout, allBreakouts); // 1: the longest drought since 1987
 */
export function droughtRank(breakout: RecordBreakout, droughts: readonly RecordBreakout[]): number {
  return 1 + droughts.filter((b) => b.droughtDays > breakout.droughtDays).length;
}

/**
 * 002-5: the drought's length in years (calendar days / 365.25) against "nearly four years",
 * within `yearsTolerance`.
 *
 * @example
 * claimDrought(breakout, defaults).measured; // "3.86"
 */
export function claimDrought(breakout: RecordBreakout, params: Pick<Params, "yearsTolerance">): ClaimResult {
  return numericResult(
    { ...droughtClaim, tolerance: params.yearsTolerance },
    breakout.droughtYears,
    `Calendar days from the record close of ${breakout.previousDate} to the breakout of ${breakout.date}, divided by 365.25; `
      + `"nearly four years" taken as 4 ± ${params.yearsTolerance}. The dates match the article's November 2021 and September 2025.`,
    2,
  );
}
