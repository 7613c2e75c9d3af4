import { test } from "node:test";
import assert from "node:assert/strict";
import { addCalendarPeriod, calendarDaysBetween, dayNumber } from "../../lib/series/dates";

test("calendarDaysBetween counts days across a leap year", () => {
  assert.equal(calendarDaysBetween("2024-02-28", "2024-03-01"), 2); // 2024-02-29 exists
  assert.equal(calendarDaysBetween("2023-02-28", "2023-03-01"), 1);
  assert.equal(calendarDaysBetween("2024-01-01", "2025-01-01"), 366);
  assert.equal(calendarDaysBetween("2025-01-01", "2024-01-01"), -366);
  assert.equal(dayNumber("1970-01-01"), 0);
});

test("addCalendarPeriod adds days, months and years, clamping to the month's end", () => {
  assert.equal(addCalendarPeriod("2024-12-30", { days: 3 }), "2025-01-02");
  assert.equal(addCalendarPeriod("2024-01-31", { months: 1 }), "2024-02-29");
  assert.equal(addCalendarPeriod("2025-01-31", { months: 1 }), "2025-02-28");
  assert.equal(addCalendarPeriod("2025-11-15", { months: 3 }), "2026-02-15");
  assert.equal(addCalendarPeriod("2024-02-29", { years: 1 }), "2025-02-28");
  assert.equal(addCalendarPeriod("2025-06-27", { years: 1 }), "2026-06-27");
  assert.equal(addCalendarPeriod("2025-06-27", { days: 0 }), "2025-06-27");
});

test("bad dates and periods are rejected with the input named", () => {
  assert.throws(() => dayNumber("2025-13-01"), /date "2025-13-01": expected a real calendar date written YYYY-MM-DD/);
  assert.throws(() => dayNumber("2025-02-30"), /2025-02-30/);
  assert.throws(() => dayNumber("25-01-01"), /YYYY-MM-DD/);
  assert.throws(() => dayNumber("2025-0a-01"), /YYYY-MM-DD/);
  assert.throws(() => addCalendarPeriod("2025-01-01", { months: 1.5 }), /calendar period of 1.5 months: must be a whole number >= 0/);
});

test("dayNumber agrees with the JavaScript Date clock on every day of 1899..2101", () => {
  for (let ms = Date.UTC(1899, 0, 1); ms <= Date.UTC(2101, 11, 31); ms += 86_400_000) {
    const date = new Date(ms).toISOString().slice(0, 10);
    assert.equal(dayNumber(date), ms / 86_400_000, date);
  }
});
