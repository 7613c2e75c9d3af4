import assert from "node:assert/strict";
import { test } from "node:test";
import type { ParsedSeries } from "../../lib/data/series-csv";
import { dataDay, defaultMaxGapDays, describeSuspectRow, findGaps, validateSeries } from "../../lib/data/validate";
import { weekdays } from "../fixtures/series";

function parsed(dates: string[], close: number[], volume?: number[]): ParsedSeries {
  const series = { id: "RUT", dates, close: Float64Array.from(close), ...(volume ? { volume: Float64Array.from(volume) } : {}) };
  return { file: "RUT.csv", series, lines: dates.map((_, i) => i + 2), droppedHolidays: 3 };
}

test("findGaps reports stretches longer than the threshold, in calendar days", () => {
  // 9/11: the market closed from Tuesday 2001-09-11 to Friday 2001-09-14.
  const dates = ["2001-09-07", "2001-09-10", "2001-09-17", "2001-09-18"];
  assert.deepEqual(findGaps(dates, 5), [{ from: "2001-09-10", to: "2001-09-17", days: 7 }]);
  assert.deepEqual(findGaps(dates, 7), []);
  // Across a month end and a leap day.
  assert.deepEqual(findGaps(["2024-02-20", "2024-03-05"], 10), [{ from: "2024-02-20", to: "2024-03-05", days: 14 }]);
});

test("default gap threshold: 10 days for daily series, 45 for monthly", () => {
  assert.equal(defaultMaxGapDays("daily"), 10);
  assert.equal(defaultMaxGapDays("monthly"), 45);
  const monthly = parsed(["2025-01-01", "2025-02-01", "2025-03-01", "2025-05-01"], [4.3, 4.3, 4.3, 4.3]);
  const { report } = validateSeries(monthly, "monthly");
  assert.deepEqual(report.gaps, [{ from: "2025-03-01", to: "2025-05-01", days: 61 }]);
});

test("validateSeries returns warnings (not errors) for gaps and suspect rows, and the counts a notebook shows", () => {
  const dates = [...weekdays("2025-01-02", 20), ...weekdays("2025-02-10", 5)];
  const close = dates.map((_, i) => 100 + i);
  const volume = dates.map((_, i) => (i === 12 ? 0 : 1000));
  const { series, report } = validateSeries(parsed(dates, close, volume), "daily");
  assert.equal(series.dates.length, 25);
  assert.equal(report.rowsRead, 25);
  assert.equal(report.rows, 25);
  assert.equal(report.first, "2025-01-02");
  assert.equal(report.last, dates[24]);
  assert.equal(report.droppedHolidays, 3);
  assert.equal(report.suspectPolicy, "keep");
  assert.equal(report.gaps.length, 1);
  assert.equal(report.suspectRows.length, 1);
  assert.deepEqual(report.warnings, [
    // 20 weekdays from 2025-01-02 end on Wednesday 2025-01-29; 12 days pass until 2025-02-10.
    "RUT: no row for 12 calendar days, from 2025-01-29 to 2025-02-10",
    // Row 12 is 2025-01-20, line 14; its close 112 after 111 is +0.90 %.
    "RUT 2025-01-20 (line 14): volume 0 (an intraday capture?); RUT +0.90% that day; kept",
  ]);
});

test("validateSeries applies the suspect-row policy and reports rows after it", () => {
  const dates = weekdays("2025-01-02", 6);
  const { series, report } = validateSeries(parsed(dates, [10, 11, 12, 13, 14, 15], [5, 5, 0, 5, 5, 5]), "daily", { suspectRows: "drop" });
  assert.equal(series.dates.length, 5);
  assert.equal(report.rowsRead, 6);
  assert.equal(report.rows, 5);
  assert.match(report.warnings[0], /; dropped$/);
});

test("validateSeries refuses a bad gap threshold and a series left empty", () => {
  const p = parsed(["2025-01-02"], [10]);
  assert.throws(() => validateSeries(p, "daily", { maxGapDays: 0 }), {
    message: "maxGapDays 0: must be a whole number of calendar days >= 1",
  });
  const empty: ParsedSeries = { file: "RUT.csv", series: { id: "RUT", dates: [], close: new Float64Array(0) }, lines: [], droppedHolidays: 0 };
  assert.throws(() => validateSeries(empty, "daily"), { message: "RUT.csv has no rows of data; fetch or import the series again" });
});

test("describeSuspectRow names the date, line, reasons, both moves and the action", () => {
  const text = describeSuspectRow("RUT", {
    date: "2025-09-10",
    line: 9600,
    reasons: ["zero volume", "off-grid close"],
    close: 2378.01416015625,
    change: -0.0065,
    crossCheck: { id: "IWM", change: -0.006 },
    action: "replaced",
    replacement: 2379.123456,
  });
  assert.equal(
    text,
    "RUT 2025-09-10 (line 9600): volume 0, close 2378.0142 off the cent grid (an intraday capture?); RUT -0.65% vs IWM -0.60% that day; replaced by 2379.1235",
  );
  const midpoint = describeSuspectRow("NASDAQCOM", { date: "1972-07-04", reasons: ["midpoint of neighbours"], close: 130.935, action: "kept" });
  assert.equal(midpoint, "NASDAQCOM 1972-07-04: close 130.935 exactly midway between its rounded neighbours (an interpolated row?); kept");
});

test("a row dated after the day the data were fetched is refused, naming the file, the line and the fix; that day itself is fine", () => {
  const dates = ["2026-02-26", "2026-02-27", "2026-03-02"];
  const series = parsed(dates, [100, 101, 102]);
  // The last row's own day is the boundary: accepted.
  assert.equal(validateSeries(series, "daily", { latestDate: "2026-03-02" }).report.last, "2026-03-02");
  // A day earlier, the same row is in the future of the fetch.
  assert.throws(() => validateSeries(series, "daily", { latestDate: "2026-03-01" }), {
    message:
      "RUT.csv line 4: date 2026-03-02 is after 2026-03-01, the day the data were fetched or imported; " +
      "remove the row (a placeholder or a typo?) or fix the source, then import or refresh again",
  });
  // Several future rows: the first is named, the others counted.
  assert.throws(() => validateSeries(series, "daily", { latestDate: "2026-02-26" }), {
    message: /^RUT\.csv line 3: date 2026-02-27 \(and the 1 row after it\) is after 2026-02-26, /,
  });
  // Without a fetch day (a pure transform on in-memory data) nothing is refused.
  assert.equal(validateSeries(series, "daily").report.rows, 3);
});

test("dataDay is the UTC date of the fetch timestamp; a non-timestamp is refused", () => {
  assert.equal(dataDay("2026-03-02T01:30:00.000Z"), "2026-03-02");
  assert.equal(dataDay("2026-03-01T23:59:59-05:00"), "2026-03-02");
  assert.throws(() => dataDay("yesterday"), { message: "'yesterday' is not a timestamp; expected an ISO date-time such as 2026-03-02T01:30:00.000Z" });
});

test("dailyFrom: month-end rows before it get the monthly gap allowance, daily rows after it the daily one", () => {
  // Month-ends Oct 1992 to Jan 1993 (Nov missing: 61 days), then weekdays from 1993-02-01 with one 14-day gap.
  const dates = ["1992-10-31", "1992-12-31", "1993-01-31", ...weekdays("1993-02-01", 5), ...weekdays("1993-02-22", 5)];
  const { report } = validateSeries(parsed(dates, dates.map(() => 100)), "daily", { dailyFrom: "1993-02-01" });
  assert.equal(report.dailyFrom, "1993-02-01");
  assert.deepEqual(report.gaps, [
    { from: "1992-10-31", to: "1992-12-31", days: 61 },
    { from: "1993-02-05", to: "1993-02-22", days: 17 },
  ]);
  // 31 days from the last month-end row to the first daily row are within the monthly 45.
  const late = ["1992-12-31", ...weekdays("1993-02-01", 3)];
  assert.deepEqual(validateSeries(parsed(late, late.map(() => 1)), "daily", { dailyFrom: "1993-02-01" }).report.gaps, []);
});

test("dailyFrom: a row before it that is not a month-end value is an error naming the row and the fix", () => {
  const fix = "set dailyFrom in data/catalog.json to the first date of daily rows";
  const early = ["1993-01-31", "1993-02-26", ...weekdays("1993-03-01", 3)];
  assert.throws(() => validateSeries(parsed(early, early.map(() => 1)), "daily", { dailyFrom: "1993-03-01" }), {
    message: `RUT.csv: RUT row 1993-02-26 (line 3) is before dailyFrom 1993-03-01 but is not a month-end value (dated before the 28th); ${fix}`,
  });
  // The 28th is a month-end date (February); two rows in one month are not.
  const feb = ["1993-02-28", ...weekdays("1993-03-01", 2)];
  assert.doesNotThrow(() => validateSeries(parsed(feb, feb.map(() => 1)), "daily", { dailyFrom: "1993-03-01" }));
  const twice = ["1993-01-29", "1993-01-31", ...weekdays("1993-02-01", 2)];
  assert.throws(() => validateSeries(parsed(twice, twice.map(() => 1)), "daily", { dailyFrom: "1993-02-01" }), {
    message: `RUT.csv: RUT row 1993-01-31 (line 3) is before dailyFrom 1993-02-01 but is not a month-end value (a second row in its month); ${fix}`,
  });
});

test("dailyFrom before the first row: the series is daily throughout and the report says so (no dailyFrom)", () => {
  const dates = weekdays("1994-01-03", 5);
  assert.equal(validateSeries(parsed(dates, dates.map(() => 1)), "daily", { dailyFrom: "1993-06-01" }).report.dailyFrom, undefined);
});
