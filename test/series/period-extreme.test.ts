import { test } from "node:test";
import assert from "node:assert/strict";
import { distanceFromLevel, periodExtreme } from "../../lib/series/period-extreme";
import type { DailySeries } from "../../lib/series/daily-series";

const series: DailySeries = {
  id: "T",
  dates: ["2021-10-29", "2021-11-01", "2021-11-05", "2021-11-08", "2021-11-30", "2021-12-01"],
  close: Float64Array.of(300, 100, 120, 120, 90, 50),
  high: Float64Array.of(301, 101, 125, 121, 95, 51),
};

test("the period's peak and trough are read inside the range only; a tie keeps the earliest day", () => {
  assert.deepEqual(periodExtreme(series, "2021-11-01", "2021-11-30", "max"), { index: 2, date: "2021-11-05", value: 120, field: "close" });
  assert.equal(periodExtreme(series, "2021-11-01", "2021-11-30", "min").date, "2021-11-30");
  assert.equal(periodExtreme(series, "2021-11-01", "2021-11-30", "max", "high").value, 125);
});

test("a range without trading days, or a missing column, is refused with the fix", () => {
  assert.throws(() => periodExtreme(series, "2022-01-01", "2022-01-31", "max"), /T: no trading day in 2022-01-01..2022-01-31/);
  assert.throws(() => periodExtreme(series, "2021-11-01", "2021-11-30", "min", "low"), /T has no low column/);
});

test("distance from a level is the fraction above or below it", () => {
  assert.deepEqual([...distanceFromLevel(Float64Array.of(83, 100, 110), 100)].map((v) => Math.round(v * 1e12) / 1e12), [-0.17, 0, 0.1]);
  assert.throws(() => distanceFromLevel(Float64Array.of(1), 0), /level 0: must be a positive finite number/);
});
