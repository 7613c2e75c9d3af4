import { formatShare } from "../../claims/format";
import { statementVerdict, type Holds } from "../../claims/verdict";
import type { DailySeries } from "../../series/daily-series";
import { dateArticle, datingEvidence, windowText, type ArticleDating } from "./article-dating";
import { growthValueDays, type GrowthValue, type GrowthValueDay } from "./growth-value";
import { lagDays, type LagDay, type LargeCapPaths } from "./large-caps";
import type { Parameters } from "./parameters";
import { crossingDays, macdDays, type CrossingDay, type MacdDay } from "./signal-claims";
import type { SignalMeasurement } from "./signals";
import { windowTally, type WindowTally } from "./window-verdict";

/**
 * What 001-2 to 001-5 are read from, day by day.
 *
 * @example
 * const inputs: WindowInputs = { rut: data.rut.series, signals, growthValue, lag };
 */
export interface WindowInputs {
  rut: DailySeries;
  signals: SignalMeasurement;
  growthValue: GrowthValue;
  lag: LargeCapPaths;
}

/**
 * Claims 001-2 to 001-5 read on each of a set of days (the article's window, or the charted period).
 *
 * @example
 * const r: WindowReadings = readWindow(inputs, dating.rows, DEFAULTS); r.macd.map((d) => d.holds);
 */
export interface WindowReadings {
  crossings: CrossingDay[];
  macd: MacdDay[];
  growthValue: GrowthValueDay[];
  lag: LagDay[];
}

/**
 * Reads 001-2 to 001-5 on every given row, a signal counting as recent for `recentDays`.
 *
 * @example
 * readWindow(inputs, articleDating(rut.series, DEFAULTS).rows, DEFAULTS).lag[0].shareBehind;
 */
export function readWindow(inputs: WindowInputs, rows: readonly number[], params: Parameters): WindowReadings {
  const dates = rows.map((row) => inputs.rut.dates[row]);
  return {
    crossings: crossingDays(inputs.rut, inputs.signals, rows, params.recentDays),
    macd: macdDays(inputs.rut, inputs.signals, rows, params.recentDays),
    growthValue: growthValueDays(inputs.growthValue, dates, params),
    lag: lagDays(inputs.lag, dates),
  };
}

/**
 * The window day by day, as table rows: each claim's reading and whether it holds that day.
 * Returns and shares are fractions, gaps differences of fractions (show them with showTable's
 * percent, shares and points options: WINDOW_PERCENT, WINDOW_SHARES, WINDOW_POINTS).
 *
 * @example
 * showTable(windowRows(readWindow(inputs, dating.rows, DEFAULTS)), { percent: WINDOW_PERCENT, shares: WINDOW_SHARES, points: WINDOW_POINTS });
 */
export function windowRows(r: WindowReadings): object[] {
  return r.crossings.map((c, k) => {
    const macd = r.macd[k];
    const gv = r.growthValue[k];
    const lag = r.lag[k];
    return {
      date: c.date,
      "001-2 recent crossings": [...c.bullish.map((x) => `${x.pair} up`), ...c.bearish.map((x) => `${x.pair} down`)].join(", ") || "none",
      "001-2": c.holds,
      "001-3 recent MACD crossover": macd.crossovers.map((x) => x.date).join(", ") || "none",
      "001-3": macd.holds,
      "growth YTD": gv.growth,
      "value YTD": gv.value,
      ratio: gv.ratio,
      "001-4": gv.holds,
      "share of days behind the S&P 500": lag.shareBehind,
      "gap to the S&P 500": lag.gap,
      "001-5": lag.holds,
    };
  });
}

/** windowRows' columns holding returns (signed percent). */
export const WINDOW_PERCENT: readonly string[] = ["growth YTD", "value YTD"];

/** windowRows' columns holding shares (unsigned percent). */
export const WINDOW_SHARES: readonly string[] = ["share of days behind the S&P 500"];

/** windowRows' columns holding differences of returns (percentage points). */
export const WINDOW_POINTS: readonly string[] = ["gap to the S&P 500"];

/** The meanings of "recently" (trading days) the readings table tries, the default among them. */
export const RECENT_READINGS: readonly number[] = [10, 15, 21, 30, 42];

/**
 * One reading of "recently": the window it dates and the share of its days on which each claim holds.
 *
 * @example
 * const [reading]: RecentReading[] = recentReadings(inputs, DEFAULTS); reading.shares["001-3"];
 */
export interface RecentReading {
  recentDays: number;
  dating: ArticleDating;
  /** Each claim's tally over this reading's window. */
  tallies: Record<WindowClaim, WindowTally>;
}

/** The claims read over the article's window. */
export type WindowClaim = "001-2" | "001-3" | "001-4" | "001-5";

/**
 * How the window and the claims move with the meaning of "recently" (RECENT_READINGS, plus
 * the parameters' own if it is not among them), for the same evidence otherwise.
 *
 * @example
 * recentReadings(inputs, DEFAULTS).map((r) => r.dating.rows.length); // [10, 13, 17, 17, 17, 17]
 */
export function recentReadings(inputs: WindowInputs, params: Parameters): RecentReading[] {
  const readings = [...new Set([...RECENT_READINGS, params.recentDays])].sort((a, b) => a - b);
  return readings.map((recentDays) => {
    const reading = { ...params, recentDays };
    const dating = dateArticle(inputs.rut, datingEvidence(reading));
    const r = readWindow(inputs, dating.rows, reading);
    const tally = (days: readonly { holds: Holds }[]) => windowTally(days.map((d) => d.holds));
    return {
      recentDays,
      dating,
      tallies: { "001-2": tally(r.crossings), "001-3": tally(r.macd), "001-4": tally(r.growthValue), "001-5": tally(r.lag) },
    };
  });
}

/**
 * The readings of "recently" as table rows: the window, and for each claim the share of its
 * days on which the claim holds and the verdict that reading gives.
 *
 * @example
 * showTable(recentReadingRows(recentReadings(inputs, DEFAULTS), DEFAULTS));
 */
export function recentReadingRows(readings: readonly RecentReading[], params: Parameters): object[] {
  const cell = (t: WindowTally) => (t.days === 0 ? "no window" : `${formatShare(t.shareYes)} → ${statementVerdict(t.holds)}`);
  return readings.map((r) => ({
    "recently = within (trading days)": `${r.recentDays}${r.recentDays === params.recentDays ? " (parameter)" : ""}`,
    "article window": windowText(r.dating),
    ...Object.fromEntries(WINDOW_CLAIMS.map((id) => [`${id}: holds on, verdict`, cell(r.tallies[id])])),
  }));
}

const WINDOW_CLAIMS: readonly WindowClaim[] = ["001-2", "001-3", "001-4", "001-5"];
