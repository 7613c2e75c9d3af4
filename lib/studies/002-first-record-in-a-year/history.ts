import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatShare } from "../../claims/format";
import { readingsTriedNote } from "../../claims/readings-tried";
import type { CountStep } from "../../charts/step-count-chart";
import { lowerBound, type DailySeries } from "../../series/daily-series";
import { addCalendarPeriod } from "../../series/dates";
import { recordDays } from "../../series/records";
import { ARTICLE_COUNT, countClaim } from "./claims";
import { droughtSweep, type DroughtSweepRow } from "./drought-sweep";
import { horizonsOf, type Params } from "./params";
import { breakoutReadings, readingBreakouts, type BreakoutReading, type ReadingsSummary } from "./readings";
import type { RecordBreakout } from "./record-breakouts";

/** The breakouts of 002-3 with the default reading, on the long history. */
export interface HistoryMeasure {
  /** The default reading: `minDroughtDays` calendar days, every close of the data setting records. */
  reading: BreakoutReading;
  /** Breakouts dated from `since` to the data's end (the article's own included): rows of the series. */
  all: RecordBreakout[];
  /** Breakouts dated from `since` to `historyTo`: the article's earlier cases. */
  history: RecordBreakout[];
  /** The article's breakout: its current event, not one of its cases. */
  breakoutDate: string;
  /** The trading day before the article's breakout. */
  historyTo: string;
  /** The first date of the data. */
  dataStart: string;
  /** The first date a breakout can be seen: `minDroughtDays` after the data's start. */
  firstVisible: string;
  /** The first record close inside the data, or null when there is none. */
  firstRecordDate: string | null;
}

type HistoryParams = Pick<Params, "minDroughtDays" | "minDroughtTradingDays" | "firstDayCounts" | "since">;

/**
 * The first records after droughts of at least `minDroughtDays` calendar days dated from `since`
 * on `series` (the long history): all of them, and the article's earlier cases, those before
 * its own breakout of `breakoutDate` (its current event, not one of its cases).
 *
 * @example
 * measureHistory(rutLong, "2025-09-18", defaults).history.length; // 11 breakouts from 1980 to 2025-09-17
 */
export function measureHistory(series: DailySeries, breakoutDate: string, params: HistoryParams): HistoryMeasure {
  const { dates } = series;
  const row = lowerBound(dates, breakoutDate);
  if (row === 0 || dates[row] !== breakoutDate) {
    throw new Error(`002-3: the breakout of ${breakoutDate} is not a day of ${series.id} after its first (${dates[0]}..${dates[dates.length - 1]}): load the long history that holds it`);
  }
  const historyTo = dates[row - 1];
  const [reading] = breakoutReadings(series, params);
  const range = { from: params.since, firstDayCounts: params.firstDayCounts };
  const firstRecord = recordDays(series.close, { firstDayCounts: params.firstDayCounts })[0];
  return {
    reading,
    all: readingBreakouts(series, reading, range),
    history: readingBreakouts(series, reading, { ...range, to: historyTo }),
    breakoutDate,
    historyTo,
    dataStart: dates[0],
    firstVisible: addCalendarPeriod(dates[0], { days: params.minDroughtDays }),
    firstRecordDate: firstRecord === undefined ? null : dates[firstRecord],
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
 * What the count rests on, for the reader: how many breakouts, what the long history covers,
 * and which breakout the article is writing about.
 *
 * @example
 * showMarkdown(historyText(m, defaults));
 */
export function historyText(m: HistoryMeasure, params: HistoryParams): string {
  const { history, all, historyTo, dataStart, firstVisible } = m;
  const later = all.filter((b) => b.date > historyTo).map((b) => b.date).join(", ");
  const covered = firstVisible <= params.since
    ? `so the article's whole period from ${params.since} is covered`
    : `so breakouts dated from ${params.since} to ${firstVisible} cannot be seen`;
  return [
    `**${history.length} breakouts** from ${params.since} to ${historyTo}, the article's earlier cases; `,
    `**${all.length}** to the data's end${later ? ` (with ${later}; the article's own breakout of ${m.breakoutDate} is its current event, not one of its cases)` : ""}. `,
    `The long history starts on ${dataStart}; a breakout needs an old record at least ${params.minDroughtDays} days earlier, `,
    `so none can be seen before ${firstVisible}: ${covered}. `,
    `The first record close in the data comes on ${m.firstRecordDate ?? "no day"}.`,
  ].join("");
}

/**
 * The breakout study at every minimum drought from `floorDays` up, on the article's earlier
 * cases: the count and the S&P 500 over `horizonDays` after them, step by step.
 *
 * @example
 * measureSweep(rutLong, gspc, m, defaults).find((s) => s.events === 11); // the minimum droughts that give 11
 */
export function measureSweep(
  source: DailySeries,
  target: DailySeries,
  m: HistoryMeasure,
  params: Pick<Params, "firstDayCounts" | "since" | "floorDays" | "horizonDays" | "horizonYears" | "maxLagDays">,
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
    text: s.complete > 0
      ? `S&P 500 higher ${s.higher} of ${s.complete} (${formatShare(s.hitRate, 1)}) over ${s.horizon}, mean ${formatPercent(s.mean)}`
      : "no complete S&P 500 horizon",
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
 * stepsCounting(sweep, 11); // ["298–424 (9.8–13.9 months)"]
 */
export function stepsCounting(sweep: readonly DroughtSweepRow[], count: number): string[] {
  const months = (days: number) => (days / DAYS_PER_MONTH).toFixed(1);
  return sweep
    .filter((s) => s.events === count)
    .map((s) => (s.toDays === null ? `${s.fromDays}+` : `${s.fromDays}–${s.toDays} (${months(s.fromDays)}–${months(s.toDays)} months)`));
}

/**
 * 002-3: the number of the article's earlier cases with the default reading against its 11
 * (exact to confirm, within the claim's rough tolerance for "roughly"), with the readings tried
 * and the minimum droughts that give 11.
 *
 * @example
 * claimCount(m, summary, sweep, defaults, joinText(data.rutLong)).measured; // "11"
 */
export function claimCount(
  m: HistoryMeasure,
  tried: ReadingsSummary,
  sweep: readonly DroughtSweepRow[],
  params: HistoryParams,
  source: string,
): ClaimResult {
  const elevens = stepsCounting(sweep, ARTICLE_COUNT);
  return numericResult(
    countClaim,
    m.history.length,
    `First closing records after ≥ ${params.minDroughtDays} calendar days without one, dated ${params.since} to ${m.historyTo}, `
      + `on the long history from ${m.dataStart} (${source}); `
      + `the breakout of ${m.breakoutDate} is the article's current event, not one of its cases. `
      + `Readings (drought of ${params.minDroughtDays} calendar or ${params.minDroughtTradingDays} trading days; closes from ${m.dataStart} or from ${params.since}; records on closes): `
      + `${readingsTriedNote(tried.count, `${ARTICLE_COUNT}`)} `
      + (elevens.length > 0
        ? `With the default reading, minimum droughts of ${elevens.join(" or ")} calendar days all give ${ARTICLE_COUNT}.`
        : `No minimum drought gives exactly ${ARTICLE_COUNT} with the default reading.`),
    0,
  );
}
