import { statementResult, type ClaimResult } from "../../claims/claim";
import type { ArticleWindow } from "./article-window";
import { claimSpec } from "./claims";
import type { Parameters } from "./parameters";
import { bullishAboveZero, type SignalMeasurement } from "./signals";

/**
 * 001-2: a bullish average crossing in the article's window confirms it; a bearish one in the
 * same span makes it partly; none is "not confirmed".
 *
 * @example
 * crossingsClaim(signals, window, DEFAULTS).measured; // "price vs 200-day 2025-06-30"
 */
export function crossingsClaim(s: SignalMeasurement, w: ArticleWindow, params: Parameters): ClaimResult {
  const inWindow = (date: string) => date >= w.from && date <= w.to;
  const bullish = s.crossings.filter((c) => c.direction === "up" && inWindow(c.date));
  const bearish = s.crossings.filter((c) => c.direction === "down" && inWindow(c.date));
  const golden = s.crossings.find((c) => c.fast === 50 && c.slow === 200 && c.direction === "up");
  const where = w.span ? ` (${params.recentDays} trading days before the window)` : " (no window found: the charted period)";
  const goldenText = golden
    ? `The 50/200-day golden cross came on ${golden.date}${inWindow(golden.date) ? ", inside the window" : ", outside the window: if the article meant it, the note is later than its other signals suggest"}.`
    : "No 50/200-day golden cross in the charted period.";
  return statementResult(claimSpec("001-2"),
    bullish.length > 0 ? bullish.map((c) => `${c.pair} ${c.date}`).join("; ") : "no bullish crossing",
    bullish.length > 0 ? (bearish.length === 0 ? "yes" : "partly") : "no",
    `Bullish crossings from ${w.from}${where} to ${w.to}; bearish ones in that span: ${bearish.length === 0 ? "none" : bearish.map((c) => `${c.pair} ${c.date}`).join(", ")}. ${goldenText}`);
}

/**
 * 001-3: a bullish MACD crossover above zero in the article's window confirms it.
 *
 * @example
 * macdClaim(signals, window, DEFAULTS).verdict; // "confirmed"
 */
export function macdClaim(s: SignalMeasurement, w: ArticleWindow, params: Parameters): ClaimResult {
  const all = bullishAboveZero(s.macdCrossings);
  const inWindow = all.filter((c) => c.date >= w.from && c.date <= w.to);
  return statementResult(claimSpec("001-3"),
    inWindow.length > 0 ? `bullish crossover above zero on ${inWindow.map((c) => `${c.date} (MACD ${c.macd.toFixed(1)})`).join(", ")}` : "none in the window",
    inWindow.length > 0 ? "yes" : "no",
    `MACD (12, 26, 9) of ^RUT closes, EMAs seeded by simple averages (as technicalindicators); crossovers from ${w.from} to ${w.to}. `
      + `All ${params.patternYear} bullish crossovers above zero: ${all.map((c) => c.date).join(", ") || "none in the charted period"}.`);
}

/**
 * The signals found in the article's window, in a sentence.
 *
 * @example
 * showMarkdown(windowSignalsSummary(signals, window, DEFAULTS));
 */
export function windowSignalsSummary(s: SignalMeasurement, w: ArticleWindow, params: Parameters): string {
  const inWindow = (date: string) => date >= w.from && date <= w.to;
  const list = (items: { pair: string; date: string }[]) => items.map((c) => `${c.pair} on ${c.date}`).join(", ") || "none";
  const span = w.span
    ? `From ${w.from} (${params.recentDays} trading days before the window opens) to ${w.to}`
    : `No day fits all the statements, so the whole charted period counts, ${w.from} to ${w.to}`;
  const macd = bullishAboveZero(s.macdCrossings).filter((c) => inWindow(c.date)).map((c) => c.date).join(", ") || "none";
  return `${span}: bullish average crossings **${list(s.crossings.filter((c) => c.direction === "up" && inWindow(c.date)))}**; `
    + `bearish ones ${list(s.crossings.filter((c) => c.direction === "down" && inWindow(c.date)))}; bullish MACD crossovers above zero **${macd}**.`;
}
