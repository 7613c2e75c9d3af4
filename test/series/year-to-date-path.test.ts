import { test } from "node:test";
import assert from "node:assert/strict";
import { yearToDate } from "../../lib/series/calendar";
import type { DailySeries } from "../../lib/series/daily-series";
import { yearToDatePath } from "../../lib/series/year-to-date-path";

// The year ends on a Tuesday; 2025 starts on Thursday 2025-01-02 (New Year's Day closed).
const series: DailySeries = {
  id: "TEST",
  dates: ["2024-12-30", "2024-12-31", "2025-01-02", "2025-01-03", "2025-06-30", "2025-12-31", "2026-01-02"],
  close: Float64Array.of(95, 100, 110, 90, 120, 150, 160),
};

test("the path runs over the year's trading days, measured from the prior year's last close", () => {
  const path = yearToDatePath(series, 2025);
  assert.deepEqual(path.dates, ["2025-01-02", "2025-01-03", "2025-06-30", "2025-12-31"]);
  // Hand-computed from the 100 base of 2024-12-31: +10%, -10%, +20%, +50%.
  assert.deepEqual(Array.from(path.values, (v) => Math.round(v * 1e12) / 1e12), [0.1, -0.1, 0.2, 0.5]);
});

test("each point equals yearToDate on that day, and `to` cuts the path", () => {
  const path = yearToDatePath(series, 2025, "2025-06-30");
  assert.deepEqual(path.dates, ["2025-01-02", "2025-01-03", "2025-06-30"]);
  path.dates.forEach((date, k) => assert.equal(path.values[k], yearToDate(series, date).value));
});

test("a year without a prior close or without trading days is refused", () => {
  assert.throws(() => yearToDatePath(series, 2024), /no close before 2024-01-01 \(the data starts 2024-12-30\)/);
  assert.throws(() => yearToDatePath(series, 2027), /no trading day in 2027/);
  assert.throws(() => yearToDatePath(series, 2025.5), /year 2025.5: must be a whole number/);
});
