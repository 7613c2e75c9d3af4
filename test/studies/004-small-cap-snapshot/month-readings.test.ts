import { test } from "node:test";
import assert from "node:assert/strict";
import type { DailySeries } from "../../../lib/series/daily-series";
import { monthMoveReadings } from "../../../lib/studies/004-small-cap-snapshot/month-readings";

// June ends at 100; July goes 98 (low), 104, 101, 110 (high), 103, 102 (month end); August 90.
const series: DailySeries = {
  id: "TEST",
  dates: ["2025-06-27", "2025-06-30", "2025-07-01", "2025-07-02", "2025-07-03", "2025-07-07", "2025-07-08", "2025-07-31", "2025-08-01"],
  close: Float64Array.of(97, 100, 98, 104, 101, 110, 103, 102, 90),
};

const near = (a: number, b: number) => Math.abs(a - b) < 1e-12;

test("the four readings of July, computed by hand", () => {
  const [monthEnd, fromLow, toHigh, largestRise] = monthMoveReadings(series, 2025, 7);
  // Month end to month end: 100 -> 102.
  assert.ok(near(monthEnd.value, 0.02));
  assert.deepEqual([monthEnd.fromDate, monthEnd.toDate], ["2025-06-30", "2025-07-31"]);
  // From the July low (98 on 07-01) to the last close (102).
  assert.ok(near(fromLow.value, 102 / 98 - 1));
  assert.deepEqual([fromLow.fromDate, fromLow.toDate], ["2025-07-01", "2025-07-31"]);
  // From the June close (100) to the July high (110 on 07-07).
  assert.ok(near(toHigh.value, 0.1));
  assert.deepEqual([toHigh.fromDate, toHigh.toDate], ["2025-06-30", "2025-07-07"]);
  // Largest rise inside July: 98 -> 110.
  assert.ok(near(largestRise.value, 110 / 98 - 1));
  assert.deepEqual([largestRise.fromDate, largestRise.toDate], ["2025-07-01", "2025-07-07"]);
});

test("a month that only falls has no rise inside it, and the largest rise is 0", () => {
  const falling: DailySeries = { id: "F", dates: ["2025-06-30", "2025-07-01", "2025-07-02"], close: Float64Array.of(100, 90, 80) };
  const readings = monthMoveReadings(falling, 2025, 7);
  assert.ok(near(readings[0].value, -0.2));
  assert.equal(readings[3].value, 0);
  assert.ok(near(readings[2].value, -0.1), "the July high is the first close, 90: still below the June close");
});

test("a month without data, or without a close before it, is refused", () => {
  assert.throws(() => monthMoveReadings(series, 2025, 6), /no close before 2025-06-01/);
  assert.throws(() => monthMoveReadings(series, 2025, 9), /no trading day in 2025-09-01..2025-09-30/);
});
