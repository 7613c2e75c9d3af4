import { dayNumber } from "../series/dates";

/**
 * The effective day of the Russell indexes' annual June reconstitution: the new membership takes
 * effect after the close of the last Friday of June, except when that Friday is the 29th or 30th,
 * when it moves one week earlier (FTSE Russell's rule since the annual reconstitution of 2004,
 * e.g. 2024-06-28, 2023-06-23, 2018-06-22). The reconstitution trade happens in that day's
 * closing auction, so the day itself carries the volume.
 *
 * @example
 * juneReconstitutionDay(2024); // "2024-06-28"
 * juneReconstitutionDay(2023); // "2023-06-23"
 */
export function juneReconstitutionDay(year: number): string {
  if (!Number.isInteger(year) || year < 1989 || year > 2100) {
    throw new Error(`year ${year}: the June reconstitution rule is defined here for whole years 1989..2100`);
  }
  const june30 = `${year}-06-30`;
  // 1970-01-01 was a Thursday: weekday 0 = Sunday .. 5 = Friday.
  const weekday = (dayNumber(june30) + 4) % 7;
  let lastFriday = 30 - ((weekday - 5 + 7) % 7);
  if (lastFriday >= 29) lastFriday -= 7;
  return `${year}-06-${String(lastFriday).padStart(2, "0")}`;
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
