import { test } from "node:test";
import assert from "node:assert/strict";
import { calendarDaysBetween } from "../../lib/series/dates";
import { recordDays, recordsAfterDrought } from "../../lib/series/records";
import { makeSeries } from "./fixtures";

test("a staircase: ties are not records, the first day only sets the level by default", () => {
  const stairs = Float64Array.of(100, 100, 101, 101, 99, 102);
  assert.deepEqual(recordDays(stairs), [2, 5]);
  assert.deepEqual(recordDays(stairs, { firstDayCounts: true }), [0, 2, 5]);
});

test("a series that never beats its first close has no record", () => {
  assert.deepEqual(recordDays(Float64Array.of(5, 4, 3)), []);
  assert.deepEqual(recordDays(Float64Array.of(5, 5, 5)), []);
  assert.deepEqual(recordDays(new Float64Array(0)), []);
  assert.deepEqual(recordsAfterDrought(makeSeries([5, 4, 3]), { minDays: 0 }), []);
});

// Records on rows 2 and 400 (about 557 calendar days apart) and 401 (the next day).
const closes = Array.from({ length: 410 }, (_, i) => (i === 2 ? 110 : i === 400 ? 120 : i === 401 ? 121 : 100 - (i % 7)));
const series = makeSeries(closes);

test("records after a drought of at least minDays calendar days", () => {
  const drought = calendarDaysBetween(series.dates[2], series.dates[400]);
  assert.deepEqual(recordsAfterDrought(series, { minDays: 366 }), [
    { index: 400, date: series.dates[400], previousIndex: 2, previousDate: series.dates[2], droughtDays: drought },
  ]);
  assert.deepEqual(recordsAfterDrought(series, { minDays: drought + 1 }), []);
  // With no minimum, every record with a known previous record is an event.
  assert.deepEqual(recordsAfterDrought(series, { minDays: 0 }).map((r) => r.index), [400, 401]);
});

test("the first record's drought is only measured when the first day counts as a record", () => {
  assert.deepEqual(recordsAfterDrought(series, { minDays: 1 }).map((r) => r.index), [400, 401]);
  const fromFirstDay = recordsAfterDrought(series, { minDays: 1, firstDayCounts: true });
  assert.deepEqual(fromFirstDay.map((r) => [r.index, r.previousIndex]), [[2, 0], [400, 2], [401, 400]]);
});
