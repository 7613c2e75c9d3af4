/** A span of calendar time: days, months or years (one of them). */
export type CalendarPeriod = { days: number } | { months: number } | { years: number };

function parseIsoDate(date: string): [number, number, number] {
  let shaped = date.length === 10 && date[4] === "-" && date[7] === "-";
  const digit = (k: number) => {
    const value = date.charCodeAt(k) - 48;
    if (!(value >= 0 && value <= 9)) shaped = false;
    return value;
  };
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (!shaped || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`date "${date}": expected a real calendar date written YYYY-MM-DD`);
  }
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Days since 1970-01-01 of an ISO date: the unit in which calendar gaps are measured.
 * Computed arithmetically (no Date object), since sweeps call it a few hundred thousand times.
 *
 * @example
 * dayNumber("1970-01-02"); // 1
 */
export function dayNumber(date: string): number {
  const [year, month, day] = parseIsoDate(date);
  // Days from civil (H. Hinnant): count from 0000-03-01 so leap days fall at the end of a year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * calendarDaysBetween("2025-02-21", "2025-06-27"); // 126
 */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Mean length of a calendar year in days (leap years included): the unit in which a span of
 * calendar days is quoted in years.
 *
 * @example
 * 1410 / DAYS_PER_YEAR; // 3.86 years
 */
export const DAYS_PER_YEAR = 365.25;

/**
 * The date a calendar period after `date`. Months and years keep the day of the month,
 * clamped to the month's last day (2024-01-31 + 1 month = 2024-02-29), as pandas'
 * DateOffset does, so a period never spills into the month after.
 *
 * @example
 * addCalendarPeriod("2025-06-27", { years: 1 }); // "2026-06-27"
 * addCalendarPeriod("2025-01-31", { months: 1 }); // "2025-02-28"
 */
export function addCalendarPeriod(date: string, period: CalendarPeriod): string {
  const [year, month, day] = parseIsoDate(date);
  if ("days" in period) {
    checkWholeCount(period.days, "days");
    const shifted = new Date(Date.UTC(year, month - 1, day + period.days));
    return formatIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
  }
  const months = "months" in period ? period.months : period.years * 12;
  checkWholeCount("months" in period ? period.months : period.years, "months" in period ? "months" : "years");
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

function checkWholeCount(count: number, unit: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`calendar period of ${count} ${unit}: must be a whole number >= 0`);
  }
}
