import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { CountStep } from "../../charts/step-count-chart";
import type { DailySeries } from "../../series/daily-series";
import { addCalendarPeriod } from "../../series/dates";
import { recordDays } from "../../series/records";
import { countClaim } from "./claims";
import { droughtSweep, type DroughtSweepRow } from "./drought-sweep";
import { horizonsOf, type Params } from "./params";
import { recordBreakouts, type RecordBreakout } from "./record-breakouts";

/** The breakouts of 002-3 and what the data's start hides. */
export interface HistoryMeasure {
  /** Breakouts dated from `since` to the data's end (the article's own included). */
  all: RecordBreakout[];
  /** Breakouts dated from `since` to `historyTo`: the article's earlier cases. */
  history: RecordBreakout[];
  /** The trading day before the article's breakout. */
  historyTo: string;
  /** The first date of the data. */
  dataStart: string;
  /** The first date a breakout can be seen: `minDroughtDays` after the data's start. */
  firstVisible: string;
  /** The first record close inside the data, or null when there is none. */
  firstRecordDate: string | null;
}

type HistoryParams = Pick<Params, "minDroughtDays" | "firstDayCounts" | "since">;

/**
 * The first records after droughts of at least `minDroughtDays` calendar days dated from
 * `since`: all of them, and the article's earlier cases (before its own `breakout`).
 *
 * @example
 * measureHistory(rut, breakout, defaults).history.length; // 9 breakouts from 1980 to 2025-09-17
 */
export function measureHistory(series: DailySeries, breakout: RecordBreakout, params: HistoryParams): HistoryMeasure {
  const options = { minDays: params.minDroughtDays, firstDayCounts: params.firstDayCounts, from: params.since };
  const historyTo = series.dates[breakout.index - 1];
  const dataStart = series.dates[0];
  const firstRecord = recordDays(series.close, { firstDayCounts: params.firstDayCounts })[0];
  return {
    all: recordBreakouts(series, options),
    history: recordBreakouts(series, { ...options, to: historyTo }),
    historyTo,
    dataStart,
    firstVisible: addCalendarPeriod(dataStart, { days: params.minDroughtDays }),
    firstRecordDate: firstRecord === undefined ? null : series.dates[firstRecord],
  };
}

/**
 * The breakouts as table rows: date, close, the day's move, the old record and the drought.
 *
 * @example
 * showTable(breakoutRows(m.all), { percent: ["dayMove"] });
 */
export function breakoutRows(breakouts: readonly RecordBreakout[]) {
  return breakouts.map((b) => ({
    breakout: b.date, close: b.close, dayMove: b.dayChange, oldRecord: b.previousDate, oldClose: b.previousClose,
    droughtDays: b.droughtDays, droughtYears: Number(b.droughtYears.toFixed(2)), tradingDays: b.droughtTradingDays,
  }));
}

/**
 * What the count rests on, for the reader: how many breakouts, and which earlier events the
 * data's start cannot show.
 *
 * @example
 * showMarkdown(historyText(m, defaults));
 */
export function historyText(m: HistoryMeasure, params: HistoryParams): string {
  const { history, all, historyTo, dataStart, firstVisible } = m;
  const first = history[0];
  return [
    `**${history.length} breakouts** from ${params.since} to ${historyTo} (before the article's), **${all.length}** to the data's end. `,
    `**What our start costs.** Our ^RUT data begin on ${dataStart}, not in 1980. A breakout needs a known old record at least ${params.minDroughtDays} days earlier, so none can be seen before **${firstVisible}**: every event the article counted from 1980 to then is invisible here. `,
    `The first record close inside our data comes on ${m.firstRecordDate ?? "no day"}, so the early records are records only within our data. `,
    first ? `The first breakout we see, on ${first.date}, is measured from ${first.previousDate} (${first.previousClose.toFixed(2)}): if the index closed higher before ${dataStart}, that close is the true old record, so the drought started earlier and the true breakout came on ${first.date} or later. ` : "",
    `If the article applied the same rule, its 11 events less our ${history.length} would have to fall between 1980 and ${firstVisible.slice(0, 7)}: index data from 1979 on (FTSE Russell's history of the index) would settle it.`,
  ].join("");
}

/**
 * The breakout study at every minimum drought from `floorDays` up, on the article's earlier
 * cases: the count and the S&P 500 over `horizonDays` after them, step by step.
 *
 * @example
 * measureSweep(rut, gspc, m, defaults).find((s) => s.events === 11); // the minimum droughts that give 11
 */
export function measureSweep(
  source: DailySeries,
  target: DailySeries,
  m: HistoryMeasure,
  params: HistoryParams & Pick<Params, "floorDays" | "horizonDays" | "horizonYears" | "maxLagDays">,
): DroughtSweepRow[] {
  return droughtSweep(source, target, {
    floorDays: params.floorDays, horizon: horizonsOf(params)[0], from: params.since, to: m.historyTo,
    firstDayCounts: params.firstDayCounts, maxLagDays: params.maxLagDays,
  });
}

/**
 * The sweep as the steps of a step-count chart, with the S&P 500's record in the hover text.
 *
 * @example
 * stepCountChart(sweepSteps(sweep), { title, caption, xTitle, yTitle });
 */
export function sweepSteps(sweep: readonly DroughtSweepRow[]): CountStep[] {
  return sweep.map((s) => ({
    from: s.fromDays, to: s.toDays, count: s.events,
    text: s.complete > 0 ? `S&P 500 higher ${s.higher} of ${s.complete} over ${s.horizon}, mean ${formatPercent(s.mean)}` : "no complete S&P 500 horizon",
  }));
}

function stepRange(s: DroughtSweepRow): string {
  if (s.toDays === null) return `${s.fromDays}+`;
  return s.toDays === s.fromDays ? `${s.fromDays}` : `${s.fromDays}–${s.toDays}`;
}

/**
 * The sweep as table rows: the range of minimum droughts, the breakouts, the S&P 500 after them
 * and the breakouts lost above the range.
 *
 * @example
 * showTable(sweepRows(sweep), { percent: ["sp500Mean"] });
 */
export function sweepRows(sweep: readonly DroughtSweepRow[]) {
  return sweep.map((s) => ({
    minDrought: stepRange(s), breakouts: s.events, sp500Higher: `${s.higher} of ${s.complete}`, sp500Mean: s.mean, lostAbove: s.dropping.join(", "),
  }));
}

/** Mean days in a month, for quoting a drought range in months. */
const DAYS_PER_MONTH = 30.44;

/**
 * The ranges of minimum droughts that count exactly `count` breakouts, in days and months.
 *
 * @example
 * stepsCounting(sweep, 11); // ["233–292 (7.7–9.6 months)"]
 */
export function stepsCounting(sweep: readonly DroughtSweepRow[], count: number): string[] {
  const months = (days: number) => (days / DAYS_PER_MONTH).toFixed(1);
  return sweep
    .filter((s) => s.events === count)
    .map((s) => (s.toDays === null ? `${s.fromDays}+` : `${s.fromDays}–${s.toDays} (${months(s.fromDays)}–${months(s.toDays)} months)`));
}

/**
 * 002-3: the number of the article's earlier cases against its 11 (exact to confirm, within 2
 * for "roughly"), with the minimum droughts that would give 11.
 *
 * @example
 * claimCount(m, sweep, defaults).measured; // "9"
 */
export function claimCount(m: HistoryMeasure, sweep: readonly DroughtSweepRow[], params: HistoryParams): ClaimResult {
  const elevens = stepsCounting(sweep, 11);
  return numericResult(
    countClaim,
    m.history.length,
    `First closing records after ≥ ${params.minDroughtDays} calendar days without one, dated ${params.since} to ${m.historyTo}; our data start ${m.dataStart}, so events before ${m.firstVisible} cannot be seen and the gap to 11 may lie in 1980–1988 (hence "roughly" for a gap of up to 2). `
      + (elevens.length > 0 ? `In our data exactly 11 breakouts need a minimum drought of ${elevens.join(" or ")} calendar days.` : "No minimum drought gives exactly 11 breakouts in our data."),
    0,
  );
}
