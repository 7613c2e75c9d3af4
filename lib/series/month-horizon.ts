import type { Horizon } from "./horizon";

/**
 * Trading days counted as one month: 252 a year / 12.
 *
 * @example
 * 12 * TRADING_DAYS_PER_MONTH; // 252, the one-year horizon
 */
export const TRADING_DAYS_PER_MONTH = 21;

/**
 * A horizon of `months` months, as trading days (21 a month: 12 months = 252 days) or as a
 * calendar period (ending on the first trading day on or after the date `months` later).
 *
 * @example
 * monthHorizon(12, "trading"); // { tradingDays: 252 }
 * monthHorizon(3, "calendar"); // { calendar: { months: 3 } }
 */
export function monthHorizon(months: number, unit: "trading" | "calendar"): Horizon {
  if (!Number.isInteger(months) || months < 1) throw new Error(`months ${months}: must be a whole number >= 1`);
  if (unit === "trading") return { tradingDays: TRADING_DAYS_PER_MONTH * months };
  if (unit === "calendar") return { calendar: { months } };
  throw new Error(`unit "${String(unit)}": must be "trading" or "calendar"`);
}
