import { test } from "node:test";
import assert from "node:assert/strict";
import { calendarYearReturns, monthReturn, returnOverPeriod, yearToDate } from "../../lib/series/calendar";
import { makeSeries } from "../fixtures/series";

// Weekdays from Monday 2023-12-25 with close = 100 + row: easy to read off any return.
const series = makeSeries(Array.from({ length: 600 }, (_, i) => 100 + i), "2023-12-25");
const close = (date: string) => series.close[series.dates.indexOf(date)];

test("year to date runs from the last close of the prior year", () => {
  const ytd = yearToDate(series, "2024-03-15");
  assert.deepEqual(ytd, { value: close("2024-03-15") / close("2023-12-29") - 1, fromDate: "2023-12-29", toDate: "2024-03-15" });
  // A weekend date uses the last close on or before it.
  assert.equal(yearToDate(series, "2024-03-17").toDate, "2024-03-15");
});

test("a month's return runs from the prior month's last close to the month's last close", () => {
  const feb = monthReturn(series, 2024, 2);
  assert.deepEqual([feb.fromDate, feb.toDate], ["2024-01-31", "2024-02-29"]);
  assert.equal(feb.value, close("2024-02-29") / close("2024-01-31") - 1);
  assert.throws(() => monthReturn(series, 2024, 13), /month 13: must be 1..12/);
});

test("calendar-year returns leave out the partial first and last years", () => {
  const years = calendarYearReturns(series); // data 2023-12-25 .. mid 2026
  assert.deepEqual(years.map((y) => y.year), [2024, 2025]);
  assert.equal(years[0].value, close("2024-12-31") / close("2023-12-29") - 1);
  assert.deepEqual([years[1].fromDate, years[1].toDate], ["2024-12-31", "2025-12-31"]);
});

test("a period with no earlier close is rejected", () => {
  assert.throws(() => returnOverPeriod(series, "2023-01-01", "2023-12-31"), /TEST: no close before 2023-01-01 \(the data starts 2023-12-25\)/);
});
