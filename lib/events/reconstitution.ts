import { dayNumber } from "../series/dates";

/**
 * The June reconstitution of the Russell US indexes, year by year. Its date rule changed twice:
 * - until 2003 the new membership took effect at the end of June (the last day of June; here
 *   the last weekday, since a reconstitution trades in a closing auction);
 * - from 2004 it moved to the last Friday of June (announced February 2004: June 25 that year),
 *   so 2006's took effect after the close of Friday June 30;
 * - from 2007, when the last Friday is the 29th or 30th it moves to the Friday before, away from
 *   the thin trading ahead of the July 4 holiday (announced in 2007, whose date was June 22).
 *   That is the fourth Friday of June, FTSE Russell's wording since it announced in January 2025
 *   a second, semi-annual reconstitution from 2026 (in November, later December; its date rule
 *   is not modelled here: these functions give the June one only).
 * Published dates checked against this rule are listed in test/events/reconstitution.test.ts.
 */

/** First year of the last-Friday rule (before it: the last weekday of June). */
export const LAST_FRIDAY_RULE_FROM = 2004;

/** First year in which a last Friday on the 29th or 30th moves one week earlier. */
export const EARLIER_FRIDAY_RULE_FROM = 2007;

/**
 * The effective day of the Russell indexes' June reconstitution: the new membership takes
 * effect after that day's close, so its closing auction carries the reconstitution trade.
 * The rule of the year applies (see the module note): 2024 -> June 28, 2023 -> June 23
 * (the last Friday, June 30, moved a week earlier), 2006 -> June 30 (before that exception).
 *
 * @example
 * juneReconstitutionDay(2024); // "2024-06-28"
 * juneReconstitutionDay(2023); // "2023-06-23"
 * juneReconstitutionDay(2006); // "2006-06-30"
 */
export function juneReconstitutionDay(year: number): string {
  if (!Number.isInteger(year) || year < 1989 || year > 2100) {
    throw new Error(`year ${year}: the June reconstitution rule is defined here for whole years 1989..2100 (annual reconstitution began in 1989)`);
  }
  // 1970-01-01 was a Thursday: weekday 0 = Sunday .. 5 = Friday, 6 = Saturday.
  const june30 = (dayNumber(`${year}-06-30`) + 4) % 7;
  let day: number;
  if (year < LAST_FRIDAY_RULE_FROM) {
    day = june30 === 0 ? 28 : june30 === 6 ? 29 : 30;
  } else {
    day = 30 - ((june30 - 5 + 7) % 7);
    if (year >= EARLIER_FRIDAY_RULE_FROM && day >= 29) day -= 7;
  }
  return `${year}-06-${String(day).padStart(2, "0")}`;
}

/**
 * The June reconstitution days of every year from `fromYear` to `toYear`, inclusive.
 *
 * @example
 * juneReconstitutionDays(2022, 2024); // ["2022-06-24", "2023-06-23", "2024-06-28"]
 */
export function juneReconstitutionDays(fromYear: number, toYear: number): string[] {
  const days: string[] = [];
  for (let year = fromYear; year <= toYear; year++) days.push(juneReconstitutionDay(year));
  return days;
}
