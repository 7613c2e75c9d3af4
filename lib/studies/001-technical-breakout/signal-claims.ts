import { statementResult, type ClaimResult } from "../../claims/claim";
import type { Holds } from "../../claims/verdict";
import type { DailySeries } from "../../series/daily-series";
import { datingNote, type ArticleDating } from "./article-dating";
import type { AverageCrossing } from "./average-crossings";
import { claimSpec } from "./claims";
import type { MacdCrossover } from "./macd-crossovers";
import { yearRange, type Parameters } from "./parameters";
import { bullishAboveZero, type SignalMeasurement } from "./signals";
import type { RecentReading } from "./window-readings";
import { onDays, recentReadingsNote, windowRuleNote, windowTally } from "./window-verdict";

/**
 * 001-2 read on one day: the average crossings of the last `recentDays` trading days (the day
 * included) and how far "crossovers signal upward momentum" holds that day.
 *
 * @example
 * const [day]: CrossingDay[] = crossingDays(rut.series, signals, [rows[0]], 21); day.holds; // "yes"
 */
export interface CrossingDay {
  date: string;
  bullish: AverageCrossing[];
  bearish: AverageCrossing[];
  holds: Holds;
}

/**
 * How far 001-2 holds on a day: a recent bullish crossing and no bearish one -> yes; both ->
 * partly (the averages disagree); no bullish crossing -> no.
 *
 * @example
 * crossingsHolds(1, 0); // "yes"
 * crossingsHolds(2, 1); // "partly"
 */
export function crossingsHolds(bullish: number, bearish: number): Holds {
  if (bullish === 0) return "no";
  return bearish === 0 ? "yes" : "partly";
}

function recent<T extends { index: number }>(events: readonly T[], row: number, recentDays: number): T[] {
  return events.filter((e) => e.index <= row && e.index >= row - recentDays);
}

/**
 * 001-2 on each of the given rows.
 *
 * @example
 * crossingDays(rut.series, signals, dating.rows, DEFAULTS.recentDays).map((d) => d.holds);
 */
export function crossingDays(rut: DailySeries, s: SignalMeasurement, rows: readonly number[], recentDays: number): CrossingDay[] {
  return rows.map((row) => {
    const around = recent(s.allCrossings, row, recentDays);
    const bullish = around.filter((c) => c.direction === "up");
    const bearish = around.filter((c) => c.direction === "down");
    return { date: rut.dates[row], bullish, bearish, holds: crossingsHolds(bullish.length, bearish.length) };
  });
}

/**
 * 001-3 read on one day: the bullish MACD crossovers above zero of the last `recentDays`
 * trading days; it holds when there is one.
 *
 * @example
 * const [day]: MacdDay[] = macdDays(rut.series, signals, [rows[0]], 21); day.crossovers[0]?.date;
 */
export interface MacdDay {
  date: string;
  crossovers: MacdCrossover[];
  holds: Holds;
}

/**
 * 001-3 on each of the given rows.
 *
 * @example
 * macdDays(rut.series, signals, dating.rows, DEFAULTS.recentDays).map((d) => d.holds);
 */
export function macdDays(rut: DailySeries, s: SignalMeasurement, rows: readonly number[], recentDays: number): MacdDay[] {
  const bullish = bullishAboveZero(s.allMacdCrossings);
  return rows.map((row) => {
    const crossovers = recent(bullish, row, recentDays);
    return { date: rut.dates[row], crossovers, holds: crossovers.length > 0 ? "yes" : "no" };
  });
}

function distinct<T extends { index: number }>(days: readonly T[][]): T[] {
  const byRow = new Map<number, T>();
  for (const day of days) for (const e of day) byRow.set(e.index, e);
  return [...byRow.values()].sort((a, b) => a.index - b.index);
}

function whereText(dating: ArticleDating, date: string): string {
  if (dating.dates.length === 0) return "";
  if (date < dating.dates[0]) return ", before the window";
  return date > dating.dates[dating.dates.length - 1] ? ", after the window" : ", inside the window";
}

/**
 * 001-2: the crossings read on every day of the article's window, decided by windowTally.
 *
 * @example
 * crossingsClaim(crossingDays(rut.series, signals, dating.rows, 21), dating, recentReadings(inputs, DEFAULTS), signals, DEFAULTS).verdict;
 */
export function crossingsClaim(days: readonly CrossingDay[], dating: ArticleDating, readings: readonly RecentReading[], s: SignalMeasurement, params: Parameters): ClaimResult {
  const tally = windowTally(days.map((d) => d.holds));
  const bullish = distinct(days.map((d) => d.bullish));
  const bearish = distinct(days.map((d) => d.bearish));
  const { from, to } = yearRange(params);
  const golden = s.allCrossings.find((c) => c.fast === 50 && c.slow === 200 && c.direction === "up" && c.date >= from && c.date <= to);
  const list = (cs: readonly AverageCrossing[]) => cs.map((c) => `${c.pair} ${c.date}`).join(", ") || "none";
  return statementResult(claimSpec("001-2"),
    `a bullish crossing in the last ${params.recentDays} trading days ${onDays(tally.yes, tally.days)}: ${list(bullish)}`,
    tally.holds,
    `${datingNote(dating)} ${windowRuleNote(tally)} ${recentReadingsNote(readings, "001-2")} `
      + `Read on a day: a bullish crossing of price vs 50- or 200-day, 20 vs 50 or 50 vs 200-day simple averages in the last `
      + `${params.recentDays} trading days, a bearish one in the same days making it partly. Bearish crossings seen from the window: `
      + `${list(bearish)}. ${golden ? `The ${params.patternYear} golden cross (50 over 200-day) came on ${golden.date}${whereText(dating, golden.date)}.` : `No golden cross in ${params.patternYear}.`}`);
}

/**
 * 001-3: the MACD crossovers read on every day of the article's window, decided by windowTally.
 *
 * @example
 * macdClaim(macdDays(rut.series, signals, dating.rows, 21), dating, recentReadings(inputs, DEFAULTS), signals, DEFAULTS).verdict;
 */
export function macdClaim(days: readonly MacdDay[], dating: ArticleDating, readings: readonly RecentReading[], s: SignalMeasurement, params: Parameters): ClaimResult {
  const tally = windowTally(days.map((d) => d.holds));
  const seen = distinct(days.map((d) => d.crossovers));
  const { from, to } = yearRange(params);
  const year = bullishAboveZero(s.allMacdCrossings).filter((c) => c.date >= from && c.date <= to);
  return statementResult(claimSpec("001-3"),
    `a bullish crossover above zero in the last ${params.recentDays} trading days ${onDays(tally.yes, tally.days)}: `
      + `${seen.map((c) => `${c.date} (MACD ${c.macd.toFixed(1)})`).join(", ") || "none"}`,
    tally.holds,
    `${datingNote(dating)} ${windowRuleNote(tally)} ${recentReadingsNote(readings, "001-3")} `
      + `MACD (12, 26, 9) of ^RUT closes, EMAs seeded by simple averages (as technicalindicators). All ${params.patternYear} bullish `
      + `crossovers above zero: ${year.map((c) => c.date).join(", ") || "none"}.`);
}
