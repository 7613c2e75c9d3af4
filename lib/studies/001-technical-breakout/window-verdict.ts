import { formatShare } from "../../claims/format";
import type { Holds } from "../../claims/verdict";

/**
 * A claim read on every day of the article's window holds when it holds on at least this share
 * of the days: the article's date is unknown within the window, so the claim must be true on
 * more of its candidate dates than not (a tie counts for it).
 *
 * @example
 * windowTally(["yes", "yes", "no"]).holds; // "yes": 2 of 3 >= WINDOW_MAJORITY
 */
export const WINDOW_MAJORITY = 0.5;

/**
 * How a claim fared across the window's days.
 *
 * @example
 * const t: WindowTally = windowTally(["yes", "partly", "no"]); t.shareYes; // 1/3
 */
export interface WindowTally {
  days: number;
  yes: number;
  partly: number;
  no: number;
  /** yes / days (0..1; NaN for an empty window). */
  shareYes: number;
  /** (yes + partly) / days. */
  shareAtLeastPartly: number;
  /** yes when shareYes >= WINDOW_MAJORITY; partly when shareAtLeastPartly is; no otherwise; untestable for an empty window. */
  holds: Holds;
}

/**
 * Tallies a claim's day-by-day readings over the window and decides how far it holds (see
 * WINDOW_MAJORITY). A day that cannot be read ("untestable") counts as not holding.
 *
 * @example
 * windowTally(["yes", "partly", "partly", "no"]).holds; // "partly": 3 of 4 hold at least partly
 */
export function windowTally(days: readonly Holds[]): WindowTally {
  const count = (h: Holds) => days.filter((d) => d === h).length;
  const yes = count("yes");
  const partly = count("partly");
  const n = days.length;
  const shareYes = n === 0 ? NaN : yes / n;
  const shareAtLeastPartly = n === 0 ? NaN : (yes + partly) / n;
  const holds: Holds = n === 0 ? "untestable" : shareYes >= WINDOW_MAJORITY ? "yes" : shareAtLeastPartly >= WINDOW_MAJORITY ? "partly" : "no";
  return { days: n, yes, partly, no: n - yes - partly, shareYes, shareAtLeastPartly, holds };
}

/**
 * "on 12 of 17 window days (71%)": how often something held.
 *
 * @example
 * onDays(12, 17); // "on 12 of 17 window days (71%)"
 */
export function onDays(count: number, days: number): string {
  return days === 0 ? "on none of 0 window days" : `on ${count} of ${days} window days (${formatShare(count / days)})`;
}

/**
 * The sentence every window claim's note carries: how many days were tried and the rule.
 *
 * @example
 * windowRuleNote(windowTally(["yes", "no"]));
 */
export function windowRuleNote(t: WindowTally): string {
  const share = (count: number) => (t.days === 0 ? "" : ` (${formatShare(count / t.days)})`);
  return `Each of the window's ${t.days} trading days was tried as the article's date: the claim holds on ${t.yes}${share(t.yes)}, `
    + `at least partly on ${t.yes + t.partly}${share(t.yes + t.partly)}. Confirmed when it holds on at least ${formatShare(WINDOW_MAJORITY)} of the days, `
    + `roughly when it holds at least partly on ${formatShare(WINDOW_MAJORITY)}, otherwise not confirmed.`;
}

/**
 * The range of a reading over the window's days ("1.21 to 1.62", or one value when all agree),
 * skipping days without a value; "n/a" when none has one.
 *
 * @example
 * rangeText([1.2, NaN, 1.6], (v) => v.toFixed(2)); // "1.20 to 1.60"
 */
export function rangeText(values: readonly number[], show: (value: number) => string): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return "n/a";
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  return low === high ? show(low) : `${show(low)} to ${show(high)}`;
}

/**
 * The sentence a window claim's note carries about the readings of "recently" tried: how many,
 * and how many give each verdict.
 *
 * @example
 * recentReadingsNote(recentReadings(inputs, DEFAULTS), "001-3");
 * // "6 readings of \"recently\" tried (10 to 42 trading days): 6 confirm it, 0 roughly, 0 not, 0 without a window."
 */
export function recentReadingsNote(readings: readonly { recentDays: number; tallies: Record<string, WindowTally> }[], id: string): string {
  if (readings.length === 0) return "";
  const count = (holds: Holds) => readings.filter((r) => r.tallies[id].holds === holds).length;
  const days = readings.map((r) => r.recentDays);
  return `${readings.length} readings of "recently" tried (${Math.min(...days)} to ${Math.max(...days)} trading days): `
    + `${count("yes")} confirm it, ${count("partly")} roughly, ${count("no")} not, ${count("untestable")} without a window.`;
}
