import { numericResult, type ClaimResult } from "../../claims/claim";
import type { DailySeries } from "../../series/daily-series";
import { maxDrawdown, type MaxDrawdown } from "../../series/drawdowns";
import { SPEC } from "./claims";

/** Where the article's fall is looked for: from November 2024 to the end of April 2025. */
export const FALL_WINDOW = { from: "2024-11-01", to: "2025-04-30" } as const;

/**
 * The largest close-to-close fall within {@link FALL_WINDOW}.
 *
 * @example
 * measureFall(rut.series).troughDate; // "2025-04-08"
 */
export function measureFall(series: DailySeries): MaxDrawdown {
  return maxDrawdown(series, FALL_WINDOW.from, FALL_WINDOW.to);
}

/**
 * 000-2: the fall from the November 2024 high to the April 2025 low, against "nearly 28%".
 *
 * @example
 * claim2(measureFall(rut.series)).measured; // "27.9"
 */
export function claim2(fall: MaxDrawdown): ClaimResult {
  return numericResult(SPEC["000-2"], -100 * fall.drawdown, `Closing prices, peak ${fall.peakDate} to trough ${fall.troughDate}; "nearly 28%" taken as 28 ± 1.`);
}
